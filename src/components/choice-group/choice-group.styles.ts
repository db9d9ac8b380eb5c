import { css } from 'lit';
import { token } from '../../tokens/css.js';

/**
 * Shared by `bf-radio-group` and `bf-checkbox-group`: the fieldset and legend, and each option as a
 * large drawn mark (2 rem) inside a 44 px touch target with the text to its right. The transparent
 * native input covers the whole target, so pointer, keyboard and assistive technology all meet the
 * native control; the label toggles it too. Revealed content is indented with a grey bar (GOV.UK,
 * DKFDS). In forced colours the marks use system colours, so state and focus stay visible.
 */
export const choiceGroupStyles = css`
  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .fieldset > .label {
    padding: 0;
  }
  /* block, not flex: the last revealed field's bottom margin then collapses out of the grey bar */
  .options > * + * {
    margin-block-start: ${token('space-2')};
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: ${token('space-2')};
  }
  .target {
    position: relative;
    display: grid;
    flex: none;
    place-items: center;
    width: ${token('target-size')};
    height: ${token('target-size')};
    margin-inline-start: calc((2rem - ${token('target-size')}) / 2);
  }
  .native {
    position: absolute;
    z-index: 1;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .mark {
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border: ${token('border-width')} solid ${token('input-border-color')};
    background: ${token('input-background')};
    color: ${token('button-text-color')};
  }
  .native:focus-visible + .mark {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
    box-shadow: 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
  .native[aria-invalid='true'] + .mark,
  .fieldset[aria-invalid='true'] .mark {
    border-color: ${token('error-color')};
    box-shadow: inset 0 0 0 1px ${token('error-color')};
  }
  .native[aria-invalid='true']:focus-visible + .mark,
  .fieldset[aria-invalid='true'] .native:focus-visible + .mark {
    box-shadow: inset 0 0 0 1px ${token('error-color')}, 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
  .native:disabled {
    cursor: not-allowed;
  }
  .native:disabled + .mark {
    background: ${token('input-disabled-background')};
    opacity: 0.7;
  }
  .text {
    flex: 1 1 auto;
    min-width: 0;
    /* the first line of the text sits level with the middle of the mark */
    padding-block-start: calc((${token('target-size')} - 1lh) / 2);
  }
  .option-label {
    display: block;
    cursor: pointer;
  }
  .choice:has(.native:disabled) .option-label {
    cursor: not-allowed;
  }
  .option-hint {
    margin-block-start: ${token('space-1')};
    color: ${token('hint-color')};
  }
  .options > .divider {
    margin-block: ${token('space-3')};
  }
  .conditional {
    margin-inline-start: calc(1rem - ${token('border-width')});
    /* no end padding: the last field's own bottom margin gives the space after the bar */
    padding-block: ${token('space-2')} 0;
    padding-inline-start: calc(1rem + ${token('space-2')});
    border-inline-start: 4px solid ${token('input-border-color')};
  }
  .conditional[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .mark {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .native:disabled + .mark {
      border-color: GrayText;
      opacity: 1;
    }
    .native:focus-visible + .mark {
      outline-color: CanvasText;
    }
    .conditional {
      border-inline-start-color: CanvasText;
    }
  }
`;
