import { css } from 'lit';
import { choiceMarkStyles } from '../../base/choice-mark.styles.js';
import { token } from '../../tokens/css.js';

/** The drawn radio: a circle, with a filled dot while chosen (DKFDS *radioknap*). */
export const radioGroupStyles = css`
  ${choiceMarkStyles({ input: '.native', mark: '.mark', invalidGroup: '.fieldset' })}
  .mark {
    border-radius: 50%;
  }
  /* The dot exists only while checked: an always-present hidden pseudo-element is a box per option to style and lay out. */
  .native:checked + .mark::after {
    content: '';
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: ${token('button-background')};
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
