import { css } from 'lit';
import { token } from '../../tokens/css.js';

/**
 * Shared by `bf-radio-group` and `bf-checkbox-group`: the fieldset and legend, and each option's
 * text and hint beside its drawn mark (the mark itself is `choiceMarkStyles`, in each group's own
 * styles); the label toggles the option too. Revealed content is indented with a grey bar (GOV.UK,
 * DKFDS), in system colours in forced-colours mode.
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
  .option-label {
    display: block;
    cursor: pointer;
  }
  /* a sibling combinator, not .choice:has(…): no subtree check per option in style recalc */
  .native:disabled + .text > .option-label {
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
    margin-inline-start: calc(${token('choice-size')} / 2 - ${token('border-width')});
    /* no end padding: the last field's own bottom margin gives the space after the bar */
    padding-block: ${token('space-2')} 0;
    padding-inline-start: calc(${token('choice-size')} / 2 + ${token('space-2')});
    border-inline-start: 4px solid ${token('input-border-color')};
  }
  .conditional[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .conditional {
      border-inline-start-color: CanvasText;
    }
  }
`;
