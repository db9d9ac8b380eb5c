import { css } from 'lit';
import { token } from '../../tokens/css.js';

/**
 * A large drawn box (2 rem) inside a 44 px touch target; the transparent native checkbox covers the
 * whole target, so pointer, keyboard and assistive technology all meet the native control. The
 * label, to the right, toggles it too. In forced colours the box uses system colours, so the tick
 * and the focus ring stay visible.
 */
export const checkboxStyles = css`
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
  .checkbox {
    position: absolute;
    z-index: 1;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .box {
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border: ${token('border-width')} solid ${token('input-border-color')};
    border-radius: ${token('radius')};
    background: ${token('input-background')};
    color: ${token('button-text-color')};
  }
  .check {
    width: 1.5rem;
    height: 1.5rem;
    visibility: hidden;
  }
  .checkbox:checked + .box {
    border-color: ${token('button-background')};
    background: ${token('button-background')};
  }
  .checkbox:checked + .box .check {
    visibility: visible;
  }
  .checkbox:focus-visible + .box {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
    box-shadow: 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
  .checkbox[aria-invalid='true'] + .box {
    border-color: ${token('error-color')};
    box-shadow: inset 0 0 0 1px ${token('error-color')};
  }
  .checkbox[aria-invalid='true']:focus-visible + .box {
    box-shadow: inset 0 0 0 1px ${token('error-color')}, 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
  .checkbox:disabled {
    cursor: not-allowed;
  }
  .checkbox:disabled + .box {
    background: ${token('input-disabled-background')};
    opacity: 0.7;
  }
  .checkbox:disabled:checked + .box {
    background: ${token('button-background')};
  }
  .text {
    flex: 1 1 auto;
    min-width: 0;
    /* the first line of the label sits level with the middle of the box */
    padding-block-start: calc((${token('target-size')} - 1lh) / 2);
  }
  .text > .label {
    margin: 0;
    font-weight: normal;
    cursor: pointer;
  }
  .text > .hint {
    margin-block: ${token('space-1')} 0;
  }
  :host([disabled]) .text > .label {
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .box {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .checkbox:checked + .box,
    .checkbox:disabled:checked + .box {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .checkbox:disabled + .box {
      border-color: GrayText;
      opacity: 1;
    }
    .checkbox:focus-visible + .box {
      outline-color: CanvasText;
    }
  }
`;
