import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * How an answer reads in a summary (check answers, the receipt, the `bf-submit` payload's rows;
 * REQUIREMENTS §2.4, §3.3), and the texts of `bf-summary`.
 */
export const summaryDa = {
  /** An optional field the citizen left empty. */
  summaryNotAnswered: 'Ikke udfyldt',
  /** A single checkbox that is ticked. */
  summaryYes: 'Ja',
  /** A single checkbox that is not ticked. */
  summaryNo: 'Nej',
  /** A password: never shown in a summary. */
  summaryHidden: 'Skjult',
  /** A file in a summary (`{name}`, `{size}` e.g. "2,5 MB"). */
  summaryFile: '{name} ({size})',
  /** The link of each row in `bf-summary` (visible text). */
  summaryEdit: 'Rediger',
  /** The same link's accessible name (`{label}`: the field's label). */
  summaryEditLabel: 'Rediger {label}',
} as const satisfies Texts;

export const summaryEn: Translation<typeof summaryDa> = {
  summaryNotAnswered: 'Not answered',
  summaryYes: 'Yes',
  summaryNo: 'No',
  summaryHidden: 'Hidden',
  summaryFile: '{name} ({size})',
  summaryEdit: 'Change',
  summaryEditLabel: 'Change {label}',
};

/** Both languages of this area, for `registerMessages`. */
export const summaryMessages: MessageArea<typeof summaryDa> = { da: summaryDa, en: summaryEn };
