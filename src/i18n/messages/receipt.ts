import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of `bf-receipt` (DKFDS kvittering; REQUIREMENTS §2.6, §3.3). */
export const receiptDa = {
  /** The receipt's heading. */
  receiptHeading: 'Vi har modtaget din henvendelse',
  /** The case reference (`{reference}`). */
  receiptReference: 'Referencenummer: {reference}',
  /** When it was sent (`{date}` dd-mm-åååå, `{time}` tt.mm, Danish time). */
  receiptSent: 'Sendt {date} kl. {time}',
  /** The heading of what happens next. */
  receiptNext: 'Hvad sker der nu?',
  /** Only when the authority really sends the receipt to Digital Post (`digital-post`). */
  receiptDigitalPost: 'Du får en kopi af kvitteringen i Digital Post.',
  /** The heading above the answers sent. */
  receiptAnswers: 'Dine svar',
  /** Prints the receipt. */
  receiptPrint: 'Udskriv kvittering',
  /** A link to the receipt as a PDF (`pdf-href`). */
  receiptPdf: 'Download kvittering som pdf',
  /** The page title while the receipt is shown (`{solution}`: the solution's name). */
  receiptTitle: 'Kvittering – {solution}',
} as const satisfies Texts;

export const receiptEn: Translation<typeof receiptDa> = {
  receiptHeading: 'We have received your request',
  receiptReference: 'Reference number: {reference}',
  receiptSent: 'Sent {date} at {time}',
  receiptNext: 'What happens next?',
  receiptDigitalPost: 'You will get a copy of the receipt in Digital Post.',
  receiptAnswers: 'Your answers',
  receiptPrint: 'Print receipt',
  receiptPdf: 'Download the receipt as a PDF',
  receiptTitle: 'Receipt – {solution}',
};

/** Both languages of this area, for `registerMessages`. */
export const receiptMessages: MessageArea<typeof receiptDa> = { da: receiptDa, en: receiptEn };
