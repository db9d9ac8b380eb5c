import { css } from 'lit';
import { choiceMarkStyles } from '../../base/choice-mark.styles.js';
import { token } from '../../tokens/css.js';

/**
 * A large drawn box (`--bf-choice-size`, 2 em) in a 44 px touch target, drawn by the native checkbox itself
 * (`choiceMarkStyles`), so pointer, keyboard and assistive technology all meet the native control.
 * The label, to the right, toggles it too. In forced colours the box uses system colours, so the
 * tick and the focus ring stay visible.
 */
export const checkboxStyles = css`
  ${choiceMarkStyles({ input: '.checkbox', tick: true })}
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
`;
