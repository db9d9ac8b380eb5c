import type { MessageArea } from '../types.js';
/**
 * Texts of the Danish identifier fields `bf-cpr-input`, `bf-cvr-input` and `bf-phone-input`
 * (REQUIREMENTS §5.1, §5.2, §5.4). Each key names the field and the domain code it explains; the
 * generic `required` ("Indtast {label}") is not used by these fields, so that the defaults can
 * name the number ("Indtast CPR-nummer") whatever the label says.
 */
export interface IdentifierMessages {
  /** The format hint of a CPR field without a `hint` of its own (REQUIREMENTS 1.3). */
  readonly cprHint: string;
  /** A required CPR field is empty. */
  readonly cprRequired: string;
  /** Not 10 digits with at most one separator after the 6th (the format is already in the hint). */
  readonly cprFormat: string;
  /** The first 6 digits are not a real date in the century the 7th digit gives. */
  readonly cprDate: string;
  /** The birth date is after today. */
  readonly cprFuture: string;
  /** A required CVR field is empty. */
  readonly cvrRequired: string;
  /** Not 8 digits (spaces, hyphens and a DK prefix aside). */
  readonly cvrFormat: string;
  /** 8 digits that fail the modulus-11 check. */
  readonly cvrChecksum: string;
  /** A required phone field is empty. */
  readonly phoneRequired: string;
  /** Not a Danish number (a field without `allow-foreign`). */
  readonly phoneFormat: string;
  /** Neither a Danish number nor a foreign one with its country code (a field with `allow-foreign`). */
  readonly phoneFormatIntl: string;
  /** A well-formed foreign number in a field that takes Danish numbers only. */
  readonly phoneNotDanish: string;
}

export const identifiersDa: IdentifierMessages = {
  cprHint: 'Format: ddmmåå-xxxx',
  cprRequired: 'Indtast CPR-nummer',
  cprFormat: 'CPR-nummeret skal være 10 cifre',
  cprDate: 'De første 6 cifre i CPR-nummeret skal være en rigtig dato (ddmmåå)',
  cprFuture: 'Fødselsdatoen i CPR-nummeret ligger i fremtiden. Tjek, at du har skrevet det rigtigt',
  cvrRequired: 'Indtast CVR-nummer',
  cvrFormat: 'CVR-nummeret skal være 8 cifre',
  cvrChecksum: 'Tjek CVR-nummeret. Der er et ciffer, der ikke passer',
  phoneRequired: 'Indtast telefonnummer',
  phoneFormat: 'Indtast et dansk telefonnummer med 8 cifre, fx 12 34 56 78',
  phoneFormatIntl:
    'Indtast et telefonnummer med 8 cifre. Ved et udenlandsk nummer skal du skrive landekoden først, fx +46',
  phoneNotDanish: 'Indtast et dansk telefonnummer med 8 cifre',
};

export const identifiersEn: IdentifierMessages = {
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
export const identifiersMessages: MessageArea<IdentifierMessages> = { da: identifiersDa, en: identifiersEn };
