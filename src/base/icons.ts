import { svg } from 'lit';

/** The alert's own icons: a module of their own, so a page loads them with `bf-alert` only. */
export { infoIcon, successIcon, warningIcon } from './alert-icons.js';

/** The error icon (an exclamation mark in a circle), decorative: the text says "Fejl:". */
export const errorIcon = svg`<svg class="icon" part="error-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1.25 15h-2.5v-2.5h2.5V17Zm0-4.5h-2.5V7h2.5v5.5Z"/></svg>`;

/** A chevron pointing down (turned up by CSS when open), decorative: the state is the element's own. */
export const chevronIcon = svg`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M12 16.25 4.94 9.19l1.77-1.77L12 12.71l5.29-5.29 1.77 1.77L12 16.25Z"/></svg>`;
