import { css } from 'lit';
import { token } from '../../tokens/css.js';

/** An exit page: the step's back link and heading (`stepStyles`), the host's text, the note. Tokens only. */
export const exitStyles = css`
  .note {
    margin-block: ${token('space-5')} 0;
  }
  .note + .note {
    margin-block-start: ${token('space-2')};
  }
`;
