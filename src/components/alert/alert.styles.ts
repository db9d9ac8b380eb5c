import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { visuallyHiddenRule } from '../../base/visually-hidden.styles.js';
import { token } from '../../tokens/css.js';

/**
 * DKFDS besked: a tinted box with the variant's bar along its start edge, its icon, a heading and
 * the host's content. Tokens only; sizes in em.
 */
export const alertStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .alert {
    display: flex;
    gap: ${token('space-3')};
    align-items: flex-start;
    margin-block: ${token('space-4')};
    padding: ${token('space-4')};
    border-inline-start: 4px solid var(--_accent); /* DKFDS's bar: 4 px, whatever the border width */
    border-radius: ${token('radius')};
    background: var(--_background);
  }
  .info {
    --_accent: ${token('color-info')};
    --_background: ${token('color-info-background')};
  }
  .success {
    --_accent: ${token('color-success')};
    --_background: ${token('color-success-background')};
  }
  .warning {
    --_accent: ${token('color-warning')};
    --_background: ${token('color-warning-background')};
  }
  .error {
    --_accent: ${token('color-error')};
    --_background: ${token('color-error-background')};
  }
  .alert:focus {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
  }
  .icon-box {
    display: flex;
    flex: none;
    color: var(--_accent);
  }
  .icon {
    width: 1.5em;
    height: 1.5em;
  }
  .body {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: break-word;
  }
  /* Held back for a moment while the live region is put in place: out of the accessibility tree, its space kept. */
  .body.pending {
    visibility: hidden;
  }
  .heading {
    margin: 0 0 ${token('space-1')};
    font-size: 1em;
    font-weight: ${token('font-weight-label')};
    line-height: inherit;
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  ${visuallyHiddenRule}
  @media (forced-colors: active) {
    .alert {
      border: ${token('border-width')} solid CanvasText;
      border-inline-start: 4px solid CanvasText;
    }
    .icon-box {
      color: CanvasText;
    }
  }
`;
