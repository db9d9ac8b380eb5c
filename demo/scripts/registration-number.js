// A Danish registration number (nummerplade), checked the way a host adds a rule of its own to a
// library field: a pure parse, and a validator object for the field's `validators` property (the
// library's extension point, src/validation/validator.ts). The page (demo/scripts/parkering.js) and
// the server's check of the same field (demo/routes/parking.mjs) both use it, so they agree.
//
// What the demo accepts: the ordinary plate, 2 letters A–Z and 5 digits ("AB 12 345"), in capitals or
// not, with or without the spaces after the letters and between the 2nd and 3rd digit (one space at
// most in each place; spaces around the whole are ignored). It does not accept Æ, Ø or Å (never used
// on plates), other separators, or personalised plates (up to 7 free characters): those would need a
// case worker's check, which is beyond a demo.

/** The ordinary plate: letters, digits 1–2, digits 3–5, each group with or without one space before it. */
const PLATE = /^([A-Z]{2}) ?(\d{2}) ?(\d{3})$/u;

/**
 * Parses a registration number as typed.
 * @param {string} text
 * @returns {{ ok: true, value: string } | { ok: false, code: 'required' | 'format' }} `value`
 *   written the usual way, "AB 12 345"
 */
export function parseRegistrationNumber(text) {
  const trimmed = String(text).trim();
  if (trimmed === '') return { ok: false, code: 'required' };
  const match = PLATE.exec(trimmed.toUpperCase());
  if (!match) return { ok: false, code: 'format' };
  return { ok: true, value: `${match[1]} ${match[2]} ${match[3]}` };
}

/** The field's message for a number that is not a plate (Danish, as the page's other texts). */
export const REGISTRATION_NUMBER_MESSAGE =
  'Skriv registreringsnummeret som 2 bogstaver og 5 tal, fx AB 12 345';

/**
 * The rule for a text field's `validators`: an empty field is left to `required`; anything else must
 * be a plate. `key` is the error code (never the value); the message is the rule's own.
 */
export const registrationNumberValidator = Object.freeze({
  key: 'registrationNumber',
  flag: 'patternMismatch',
  message: REGISTRATION_NUMBER_MESSAGE,
  /** @param {{ value: string }} control */
  check(control) {
    const result = parseRegistrationNumber(control.value);
    return result.ok || result.code === 'required' ? null : {};
  },
});
