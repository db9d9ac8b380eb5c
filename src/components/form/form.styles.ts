import { css } from 'lit';
import { focusRing, primaryButton, secondaryButton } from '../../base/action.styles.js';
import { hostTextRule } from '../../base/host-text.styles.js';
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
  .draft-text,
  .failure-text {
    margin: 0 0 ${token('space-3')};
  }
  .draft-actions,
  .draft-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }
  .draft-bar {
    margin-block: ${token('space-4')};
    ${hostTextRule}
  }
  .draft-continue {
    ${primaryButton}
  }
  .draft-start-over,
  .draft-save,
  .retry {
    ${secondaryButton}
  }
  .draft-continue:focus-visible,
  .draft-start-over:focus-visible,
  .draft-save:focus-visible,
  .retry:focus-visible {
    ${focusRing}
  }
  .draft-status {
    color: ${token('hint-color')};
  }
  ${visuallyHiddenRule}
`;
