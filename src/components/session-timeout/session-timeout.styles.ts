import { css } from 'lit';
import { focusRing, primaryButton, secondaryButton } from '../../base/action.styles.js';
import { hostTextRule } from '../../base/host-text.styles.js';
import { visuallyHiddenRule } from '../../base/visually-hidden.styles.js';
import { token } from '../../tokens/css.js';

/** The DKFDS "session udløber" modal. Tokens only. */
export const sessionTimeoutStyles = css`
  :host {
    ${hostTextRule}
  }
  .dialog {
    box-sizing: border-box; /* the width holds the padding and border too: it fits a 320 px screen */
    width: min(100% - 2em, 32em);
    padding: ${token('space-5')};
    border: ${token('border-width')} solid ${token('input-border-color')};
    border-radius: ${token('radius')};
    color: ${token('color-text')};
    background: ${token('color-background')};
  }
  .dialog::backdrop {
    background: color-mix(in srgb, ${token('color-text')} 60%, transparent); /* the page behind, dimmed */
  }
  .heading {
    margin: 0 0 ${token('space-3')};
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: ${token('font-weight-label')};
  }
  .text {
    margin: 0 0 ${token('space-3')};
  }
  .error {
    margin: 0 0 ${token('space-3')};
    color: ${token('error-color')};
    font-weight: ${token('font-weight-label')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    margin-block-start: ${token('space-5')};
  }
  .extend {
    ${primaryButton}
  }
  .logout {
    ${secondaryButton}
  }
  .extend:focus-visible,
  .logout:focus-visible {
    ${focusRing}
  }
  ${visuallyHiddenRule}
`;
