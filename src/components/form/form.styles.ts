import { css } from 'lit';
import { visuallyHiddenRule } from '../../base/visually-hidden.styles.js';
import { token } from '../../tokens/css.js';

/**
 * `bf-form`: a block around the page's own form, which keeps the page's typography, and the
 * `bf-alert` it shows when sending fails. Tokens only.
 */
export const formStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .alert {
    margin-block: ${token('space-5')};
  }
  ${visuallyHiddenRule}
`;
