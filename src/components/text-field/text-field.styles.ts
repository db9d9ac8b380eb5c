import { css } from 'lit';
import { token } from '../../tokens/css.js';

/** Layout of the input row: prefix, input, suffix, password button; widths by expected length. */
export const textFieldStyles = css`
  .control {
    display: flex;
    align-items: stretch;
    max-width: 100%;
  }
  .control > .input {
    flex: 1 1 auto;
  }
  .affix {
    display: flex;
    flex: none;
    align-items: center;
    padding-inline: ${token('space-2')};
    border: ${token('border-width')} solid ${token('input-border-color')};
    background: ${token('input-readonly-background')};
    white-space: nowrap;
  }
  .affix:first-child {
    border-inline-end: 0;
  }
  .input + .affix {
    border-inline-start: 0;
  }
  .toggle {
    flex: none;
    margin-inline-start: ${token('space-2')};
  }
  :host([width='2']) .control { max-width: 5.5ex; }
  :host([width='3']) .control { max-width: 7.25ex; }
  :host([width='4']) .control { max-width: 9ex; }
  :host([width='5']) .control { max-width: 10.75ex; }
  :host([width='10']) .control { max-width: 23ex; }
  :host([width='20']) .control { max-width: 41ex; }
  :host([width='30']) .control { max-width: 59ex; }
  :host([width='full']) .control { max-width: none; }
  :host([width]) .control:has(.affix, .toggle) { max-width: none; }
`;
