import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { visuallyHiddenRule } from '../../base/visually-hidden.styles.js';
import { token } from '../../tokens/css.js';

/**
 * `bf-form`: a block around the page's own form, which keeps the page's typography, and the alert it
 * shows when sending fails, which has the library's own. Tokens only.
 */
export const formStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .alert {
    display: flex;
    gap: ${token('space-2')};
    align-items: flex-start;
    margin-block: ${token('space-5')};
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('error-color')};
    border-inline-start-width: calc(${token('border-width')} * 4);
    background: ${token('color-background')};
    ${hostTextRule}
  }
  .alert p {
    margin: 0;
  }
  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    color: ${token('error-color')};
  }
  ${visuallyHiddenRule}
  @media (forced-colors: active) {
    .alert {
      border-color: CanvasText;
    }
  }
`;
