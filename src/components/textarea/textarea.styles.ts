import { css } from 'lit';
import { token } from '../../tokens/css.js';

/** The textarea grows only downwards; the count sits below it and turns into an error past the limit. */
export const textareaStyles = css`
  .textarea {
    resize: vertical;
    line-height: ${token('line-height-body')};
  }
  .counter {
    margin-block-start: ${token('space-2')};
    color: ${token('hint-color')};
  }
  .counter.over {
    color: ${token('error-color')};
    font-weight: ${token('font-weight-label')};
  }
`;
