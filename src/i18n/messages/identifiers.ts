import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of the Danish identifier fields `bf-cpr-input`, `bf-cvr-input` and `bf-phone-input`
 * (REQUIREMENTS §5.1, §5.2, §5.4). Each key names the field and the domain code it explains; the
 * generic `required` ("Indtast {label}") is not used by these fields, so that the defaults can
 * name the number ("Indtast CPR-nummer") whatever the label says.
 */
export const identifiersDa = {
  /** The format hint of a CPR field without a `hint` of its own (REQUIREMENTS 1.3). */
  cprHint: 'Format: ddmmåå-xxxx',
  /** A required CPR field is empty. */
  cprRequired: 'Indtast CPR-nummer',
  /** Not 10 digits with at most one separator after the 6th (the format is already in the hint). */
  cprFormat: 'CPR-nummeret skal være 10 cifre',
  /** The first 6 digits are not a real date in the century the 7th digit gives. */
  cprDate: 'De første 6 cifre i CPR-nummeret skal være en rigtig dato (ddmmåå)',
  /** The birth date is after today. */
  cprFuture: 'Fødselsdatoen i CPR-nummeret ligger i fremtiden. Tjek, at du har skrevet det rigtigt',
  /** A required CVR field is empty. */
  cvrRequired: 'Indtast CVR-nummer',
  /** Not 8 digits (spaces, hyphens and a DK prefix aside). */
  cvrFormat: 'CVR-nummeret skal være 8 cifre',
  /** 8 digits that fail the modulus-11 check. */
  cvrChecksum: 'Tjek CVR-nummeret. Der er et ciffer, der ikke passer',
  /** A required phone field is empty. */
  phoneRequired: 'Indtast telefonnummer',
  /** Not a Danish number (a field without `allow-foreign`). */
  phoneFormat: 'Indtast et dansk telefonnummer med 8 cifre, fx 12 34 56 78',
  /** Neither a Danish number nor a foreign one with its country code (a field with `allow-foreign`). */
  phoneFormatIntl:
    'Indtast et telefonnummer med 8 cifre. Ved et udenlandsk nummer skal du skrive landekoden først, fx +46',
  /** A well-formed foreign number in a field that takes Danish numbers only. */
  phoneNotDanish: 'Indtast et dansk telefonnummer med 8 cifre',
} as const satisfies Texts;

export const identifiersEn: Translation<typeof identifiersDa> = {
  cprHint: 'Format: ddmmyy-xxxx',
  cprRequired: 'Enter CPR number',
  cprFormat: 'CPR number must be 10 digits',
  cprDate: 'The first 6 digits of the CPR number must be a real date (ddmmyy)',
  cprFuture: 'The date of birth in the CPR number is in the future. Check that you entered it correctly',
  cvrRequired: 'Enter CVR number',
  cvrFormat: 'CVR number must be 8 digits',
  cvrChecksum: 'Check the CVR number. One of the digits is wrong',
  phoneRequired: 'Enter phone number',
  phoneFormat: 'Enter a Danish phone number with 8 digits, like 12 34 56 78',
  phoneFormatIntl:
    'Enter a phone number with 8 digits. For a foreign number, enter the country code first, like +46',
  phoneNotDanish: 'Enter a Danish phone number with 8 digits',
};

/** Both languages of this area, for `registerMessages`. */
export const identifiersMessages: MessageArea<typeof identifiersDa> = {
  da: identifiersDa,
  en: identifiersEn,
};
