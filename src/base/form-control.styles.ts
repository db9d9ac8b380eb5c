import { css } from 'lit';
import { token } from '../tokens/css.js';
import { focusRing } from './action.styles.js';
import { hostTextRule } from './host-text.styles.js';
import { visuallyHiddenRule } from './visually-hidden.styles.js';

/**
 * Shared by every form control: one stylesheet object, so the browser keeps one adopted
 * stylesheet per class however many fields a page has. Tokens only; no literal colours.
 */
export const formControlStyles = css`
  :host {
    display: block;
    /* !important: a page's reset (\`* { margin: 0 }\`) would otherwise win over :host; set --bf-field-spacing. */
    margin-block-end: ${token('field-spacing')} !important;
    ${hostTextRule}
    max-width: 100%;
    min-width: 0;
    overflow-wrap: break-word; /* long Danish compounds wrap instead of overflowing at 320 px */
  }
  /* The error's bar along label, hint, message and control (DKFDS), on the host: no wrapper element.
     Bar and gap take DKFDS's 16 px together (.form-group.form-error: 4 px + 12 px). */
  :host([user-invalid]) {
    border-inline-start: 4px solid ${token('error-color')};
    padding-inline-start: ${token('space-3')};
  }
  :host([hidden]) {
    display: none;
  }
  *, *::before, *::after {
    box-sizing: border-box;
  }
  .label {
    display: block;
    margin-block-end: ${token('space-1')};
    color: ${token('label-color')};
    font-size: ${token('font-size-label')};
    font-weight: ${token('font-weight-label')};
  }
  .marker {
    font-weight: normal;
  }
  .hint {
    margin-block-end: ${token('space-2')};
    color: ${token('hint-color')};
  }
  .hint[hidden] {
    display: none;
  }
  .error {
    display: flex;
    gap: ${token('space-2')};
    align-items: flex-start;
    margin: 0 0 ${token('space-2')};
    color: ${token('error-color')};
    font-weight: ${token('font-weight-label')};
  }
  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
  }
  ${visuallyHiddenRule}
  .input {
    display: block;
    width: 100%;
    min-width: 0;
    min-height: ${token('target-size')};
    margin: 0;
    padding: ${token('space-2')};
    border: ${token('border-width')} solid ${token('input-border-color')};
    border-radius: ${token('radius')};
    background: ${token('input-background')};
    color: ${token('input-text-color')};
    font: inherit;
  }
  .input:focus-visible,
  .button:focus-visible {
    ${focusRing}
  }
  .input[aria-invalid='true'] {
    border-color: ${token('error-color')};
    box-shadow: inset 0 0 0 1px ${token('error-color')};
  }
  .input[aria-invalid='true']:focus-visible {
    box-shadow: inset 0 0 0 1px ${token('error-color')}, 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
  .input[readonly] {
    background: ${token('input-readonly-background')};
    border-style: dashed;
  }
  .input:disabled {
    background: ${token('input-disabled-background')};
    cursor: not-allowed;
    opacity: 0.7;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: ${token('target-size')};
    min-height: ${token('target-size')};
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('button-background')};
    border-radius: ${token('radius')};
    background: ${token('input-background')};
    color: ${token('button-background')};
    font: inherit;
    font-weight: ${token('font-weight-label')};
    cursor: pointer;
  }
  .button:hover {
    background: ${token('button-background')};
    color: ${token('button-text-color')};
  }
  @media (forced-colors: active) {
    :host([user-invalid]) { border-inline-start-color: CanvasText; }
    .input:focus-visible, .button:focus-visible { outline-color: Highlight; }
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;
