import { css } from 'lit';
import { choiceMarkStyles } from '../../base/choice-mark.styles.js';
import { token } from '../../tokens/css.js';

/** The drawn radio: a circle, with a filled dot while chosen (DKFDS *radioknap*). */
export const radioGroupStyles = css`
  ${choiceMarkStyles({ input: '.native', mark: '.mark', invalidGroup: '.fieldset' })}
  .mark {
    border-radius: 50%;
  }
  .mark::after {
    content: '';
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: ${token('button-background')};
    visibility: hidden;
  }
  .native:checked + .mark::after {
    visibility: visible;
  }
  @media (forced-colors: active) {
    .mark::after {
      background: CanvasText;
    }
    .native:disabled + .mark::after {
      background: GrayText;
    }
  }
`;
