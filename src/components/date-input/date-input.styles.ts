import { css } from 'lit';
import { token } from '../../tokens/css.js';

/** The fieldset without its default frame, and the three parts in a row sized for 2, 2 and 4 digits. */
export const dateInputStyles = css`
  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend.label {
    padding: 0;
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-4')};
    align-items: flex-end;
  }
  .item {
    display: flex;
    flex: none;
    flex-direction: column;
  }
  .item-label {
    margin-block-end: ${token('space-1')};
  }
  .control .input {
    width: 5.5ex;
  }
  .control .year > .input {
    width: 9ex;
  }
`;
