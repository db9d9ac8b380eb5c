import { svg } from 'lit';

/** The information icon (an "i" in a circle), decorative: the text says "Information:". */
export const infoIcon = svg`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" fill-rule="evenodd" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1.25 15h-2.5v-6.5h2.5V17Zm0-8.5h-2.5V6h2.5v2.5Z"/></svg>`;

/** The success icon (a tick in a circle), decorative: the text says "Succes:". */
export const successIcon = svg`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" fill-rule="evenodd" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.5 14.5-4.25-4.25 1.77-1.77 2.48 2.48 5.48-5.48 1.77 1.77-7.25 7.25Z"/></svg>`;

/** The warning icon (an exclamation mark in a triangle), decorative: the text says "Advarsel:". */
export const warningIcon = svg`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" fill-rule="evenodd" d="M12 1.5 0.75 21.5h22.5L12 1.5Zm1.25 17h-2.5V16h2.5v2.5Zm0-4h-2.5V9h2.5v5.5Z"/></svg>`;
