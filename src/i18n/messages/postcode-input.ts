import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-postcode-input` (REQUIREMENTS §5.3): the town beside the postcode, and the messages
 * for a postcode that is missing, malformed, unknown, or outside the municipalities the form is for.
 */
export const postcodeInputDa = {
  /** Label of the read-only town beside the postcode (8000 → "Aarhus C"). */
  postcodeCity: 'By',
  /** A required postcode field is empty. */
  postcodeRequired: 'Indtast postnummer',
  /** Not 4 digits (letters, 3 or 5 digits, a pasted "DK-8000 Aarhus C"). */
  postcodeFormat: 'Postnummeret skal være 4 cifre',
  /** 4 digits that are not a Danish postcode. */
  postcodeUnknown: 'Postnummeret findes ikke. Tjek, at du har skrevet det rigtigt',
  /**
   * A postcode that reaches none of the municipalities in the field's `municipality` attribute;
   * `{municipality}` names them ("Aarhus Kommune", "Aarhus Kommune eller Favrskov Kommune").
   */
  postcodeMunicipality: 'Ansøgningen er kun for borgere i {municipality}. Tjek postnummeret',
} as const satisfies Texts;

export const postcodeInputEn: Translation<typeof postcodeInputDa> = {
  postcodeCity: 'Town',
  postcodeRequired: 'Enter postcode',
  postcodeFormat: 'Postcode must be 4 digits',
  postcodeUnknown: 'The postcode does not exist. Check that you entered it correctly',
  postcodeMunicipality: 'This application is only for residents of {municipality}. Check the postcode',
};

/** Both languages of this area, for `registerMessages`. */
export const postcodeInputMessages: MessageArea<typeof postcodeInputDa> = {
  da: postcodeInputDa,
  en: postcodeInputEn,
};
