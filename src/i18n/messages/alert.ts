import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-alert` (DKFDS *beskeder*): the word read before an alert by screen readers, in place
 * of its icon (the names DKFDS gives the alert icons). Each is overridable per alert with
 * `message-alert-info`, `message-alert-success`, `message-alert-warning`, `message-alert-error`.
 */
export const alertDa = {
  /** Visually hidden word before an information message. */
  alertInfo: 'Information:',
  /** Visually hidden word before a message that something went well. */
  alertSuccess: 'Succes:',
  /** Visually hidden word before a warning. */
  alertWarning: 'Advarsel:',
  /** Visually hidden word before an error message. */
  alertError: 'Fejl:',
} as const satisfies Texts;

export const alertEn: Translation<typeof alertDa> = {
  alertInfo: 'Information:',
  alertSuccess: 'Success:',
  alertWarning: 'Warning:',
  alertError: 'Error:',
};

/** Both languages of this area, for `registerMessages`. */
export const alertMessages: MessageArea<typeof alertDa> = { da: alertDa, en: alertEn };
