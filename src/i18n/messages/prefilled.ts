import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-prefilled` (DKFDS *inputfelter med hentet data*, REQUIREMENTS 3.1).
 * `{source}` is the register the value came from, as the host wrote it ("CPR-registret").
 */
export const prefilledDa = {
  /** The hint of a prefilled value while it is read-only. */
  prefilledSource: 'Data hentet fra {source}',
  /** Visible text of the button that makes the value editable. */
  prefilledEdit: 'Rediger',
  /** Accessible name of that button: starts with the visible text (WCAG 2.5.3) and names the field. */
  prefilledEditLabel: 'Rediger {label}',
} as const satisfies Texts;

export const prefilledEn: Translation<typeof prefilledDa> = {
  prefilledSource: 'Data retrieved from {source}',
  prefilledEdit: 'Edit',
  prefilledEditLabel: 'Edit {label}',
};

/** Both languages of this area, for `registerMessages`. */
export const prefilledMessages: MessageArea<typeof prefilledDa> = { da: prefilledDa, en: prefilledEn };
