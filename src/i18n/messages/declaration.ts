import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-declaration`: the "Jeg erklærer på tro og love, at …" a citizen confirms before sending.
 * The declaration itself is the host's text (the element's content), never a catalogue entry.
 */
export const declarationDa = {
  /** The group's heading (legend) when the host gives no `label`; also the row's label in summaries. */
  declarationLabel: 'Erklæring',
  /** The checkbox's label when the host gives no `confirm-label`. */
  declarationConfirm: 'Jeg bekræfter',
  /**
   * The declaration is not confirmed on submit. Used as the default of its `required` message, so
   * `message-required` still overrides it per instance.
   */
  declarationRequired: 'Du skal bekræfte erklæringen, før du kan sende',
  /**
   * A server got a confirmation of another text than the page's (the page changed, or the request was
   * made by hand): the citizen reads the declaration again and confirms it.
   */
  declarationChanged: 'Erklæringen er ændret. Læs den igen, og bekræft den',
  /** In a summary (check answers, receipt, payload): a confirmed declaration (`{text}` = its text). */
  declarationConfirmed: 'Bekræftet: {text}',
  /** In a summary: a declaration that is not confirmed. */
  declarationNotConfirmed: 'Ikke bekræftet',
} as const satisfies Texts;

export const declarationEn: Translation<typeof declarationDa> = {
  declarationLabel: 'Declaration',
  declarationConfirm: 'I confirm',
  declarationRequired: 'You must confirm the declaration before you can send',
  declarationChanged: 'The declaration has changed. Read it again and confirm it',
  declarationConfirmed: 'Confirmed: {text}',
  declarationNotConfirmed: 'Not confirmed',
};

/** Both languages of this area, for `registerMessages`. */
export const declarationMessages: MessageArea<typeof declarationDa> = {
  da: declarationDa,
  en: declarationEn,
};
