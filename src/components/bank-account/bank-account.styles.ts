import { css } from 'lit';
import { token } from '../../tokens/css.js';

/**
 * The fieldset without its frame, reg.nr and kontonr in a row sized for 4 and 10 digits (wrapping
 * on a narrow screen), the IBAN input sized for 34 characters in groups of four, and the notice.
 */
export const bankAccountStyles = css`
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
    max-width: 100%;
  }
  .item-label {
    margin-block-end: ${token('space-1')};
  }
  .control .reg > .input {
    width: 10.75ex;
  }
  .control .account > .input {
    width: 24ex;
    max-width: 100%;
  }
  #control {
    max-width: 48ex;
  }
  .notice > p {
    margin: 0;
  }
`;
