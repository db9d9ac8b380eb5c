import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of `bf-details` (DKFDS *detaljer*, REQUIREMENTS 1.2: explaining a term in place). */
export const detailsDa = {
  /** The summary a citizen opens, when the host gives none (`summary` attribute). */
  detailsSummary: 'Hvad betyder det?',
} as const satisfies Texts;

export const detailsEn: Translation<typeof detailsDa> = {
  detailsSummary: 'What does it mean?',
};

/** Both languages of this area, for `registerMessages`. */
export const detailsMessages: MessageArea<typeof detailsDa> = { da: detailsDa, en: detailsEn };
