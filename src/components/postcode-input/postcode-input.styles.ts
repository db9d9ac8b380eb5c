import { css } from 'lit';
import { token } from '../../tokens/css.js';

/**
 * The postcode input sized for four digits, the town beside it; on a narrow screen (320 px, 200 %
 * zoom) the town moves under the input and a long name wraps.
 */
export const postcodeInputStyles = css`
  .control {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-4')};
    align-items: center;
    max-width: 100%;
  }
  .control > .input {
    flex: none;
    width: 10.75ex;
  }
  .town {
    display: flex;
    flex: 1 1 12em;
    flex-wrap: wrap;
    gap: 0 ${token('space-2')};
    align-items: baseline;
    min-width: 0;
  }
  .town-label {
    color: ${token('label-color')};
    font-weight: ${token('font-weight-label')};
  }
  .city {
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;
