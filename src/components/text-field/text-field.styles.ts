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
  /* Widths size a plain input; a row with prefix, suffix or password button keeps its full width. */
  :host([width='2']) .input { max-width: 5.5ex; }
  :host([width='3']) .input { max-width: 7.25ex; }
  :host([width='4']) .input { max-width: 9ex; }
  :host([width='5']) .input { max-width: 10.75ex; }
  :host([width='10']) .input { max-width: 23ex; }
  :host([width='20']) .input { max-width: 41ex; }
  :host([width='30']) .input { max-width: 59ex; }
  :host([width='full']) .input,
  :host([width]) .control > .input { max-width: none; }
`;
