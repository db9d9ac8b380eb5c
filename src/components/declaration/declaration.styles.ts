import { css } from 'lit';
import { choiceMarkStyles } from '../../base/choice-mark.styles.js';
import { token } from '../../tokens/css.js';

/**
 * The declaration: a fieldset without a frame, the legend as the heading, the host's text, then one
 * large checkbox drawn like `bf-checkbox`'s (`choiceMarkStyles`, the native input restyled) with its
 * label to the right; the label ticks it too. In forced colours the box keeps system colours.
 */
export const declarationStyles = css`
  ${choiceMarkStyles({ input: '.checkbox', tick: true })}
  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .fieldset > .label {
    padding: 0;
  }
  .declaration {
    margin-block-end: ${token('space-3')};
  }
  .text > .confirm {
    display: block;
    margin: 0;
    font-weight: normal;
    cursor: pointer;
  }
  .checkbox:disabled + .text > .confirm {
    cursor: not-allowed;
  }
`;
