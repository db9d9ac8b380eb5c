import { svg } from 'lit';

/** The error icon (an exclamation mark in a circle), decorative: the text says "Fejl:". */
export const errorIcon = svg`<svg class="icon" part="error-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1.25 15h-2.5v-2.5h2.5V17Zm0-4.5h-2.5V7h2.5v5.5Z"/></svg>`;
