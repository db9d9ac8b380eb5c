/**
 * IBANs (ISO 13616), REQUIREMENTS §5.6: for a payment abroad, where NemKonto does not apply.
 */
import type { ParseResult } from './result.js';

/**
 * Why an IBAN was rejected.
 * - `required`: empty or only white space.
 * - `ibanFormat`: not a country this table knows, the wrong length for its country, or a character
 *   where the country's layout has none of that kind (a letter where digits belong).
 * - `ibanChecksum`: the right layout, but the ISO 7064 MOD 97-10 check fails (or the check digits are
 *   00, 01 or 99, which ISO 13616 never issues).
 */
export type IbanErrorCode = 'required' | 'ibanFormat' | 'ibanChecksum';

/**
 * `{ ok: true, value, display, country }` or `{ ok: false, code }`. `value` is the electronic form
 * (`DK5000400440116243`), `display` the print form in groups of four (`DK50 0040 0440 1162 43`).
 */
export type IbanResult = ParseResult<{ value: string; display: string; country: string }, IbanErrorCode>;

/**
 * Each country's IBAN length and the layout of its BBAN (what follows the country code and the two
 * check digits), in the IBAN Registry's notation: a count, then `n` (digits), `a` (upper-case letters)
 * or `c` (letters or digits).
 *
 * Source: the IBAN Registry published by SWIFT, the registration authority for ISO 13616
 * (https://www.swift.com/standards/data-standards/iban-international-bank-account-number). Every EU
 * and EEA country, the rest of the Nordic area (the Faroe Islands and Greenland have IBANs of their
 * own; Åland uses Finland's `FI`), and Switzerland and the United Kingdom. A unit test checks that
 * each length is 4 plus the layout's characters. Countries not listed are rejected (`ibanFormat`):
 * add a row from the registry to take one.
 */
export const IBAN_COUNTRIES: Readonly<Record<string, readonly [length: number, bban: string]>> = {
  AT: [20, '5n11n'], // Austria
  BE: [16, '3n7n2n'], // Belgium
  BG: [22, '4a4n2n8c'], // Bulgaria
  CH: [21, '5n12c'], // Switzerland
  CY: [28, '3n5n16c'], // Cyprus
  CZ: [24, '4n6n10n'], // Czechia
  DE: [22, '8n10n'], // Germany
  DK: [18, '4n9n1n'], // Denmark: reg.nr (4) and kontonr (10)
  EE: [20, '2n2n11n1n'], // Estonia
  ES: [24, '4n4n1n1n10n'], // Spain
  FI: [18, '3n11n'], // Finland (and Åland)
  FO: [18, '4n9n1n'], // Faroe Islands
  FR: [27, '5n5n11c2n'], // France
  GB: [22, '4a6n8n'], // United Kingdom
  GL: [18, '4n9n1n'], // Greenland
  GR: [27, '3n4n16c'], // Greece
  HR: [21, '7n10n'], // Croatia
  HU: [28, '3n4n1n15n1n'], // Hungary
  IE: [22, '4a6n8n'], // Ireland
  IS: [26, '4n2n6n10n'], // Iceland
  IT: [27, '1a5n5n12c'], // Italy
  LI: [21, '5n12c'], // Liechtenstein
  LT: [20, '5n11n'], // Lithuania
  LU: [20, '3n13c'], // Luxembourg
  LV: [21, '4a13c'], // Latvia
  MT: [31, '4a5n18c'], // Malta
  NL: [18, '4a10n'], // Netherlands
  NO: [15, '4n6n1n'], // Norway
  PL: [28, '8n16n'], // Poland
  PT: [25, '4n4n11n2n'], // Portugal
  RO: [24, '4a16c'], // Romania
  SE: [24, '3n16n1n'], // Sweden
  SI: [19, '5n8n2n'], // Slovenia
  SK: [24, '4n6n10n'], // Slovakia
};

const CLASS: Readonly<Record<string, string>> = { n: '[0-9]', a: '[A-Z]', c: '[0-9A-Z]' };

/** The pattern of a whole IBAN of the country, made from its layout once and kept. */
const patterns = new Map<string, RegExp>();

function patternOf(country: string, bban: string): RegExp {
  let pattern = patterns.get(country);
  if (!pattern) {
    const body = bban.replace(
      /(\d+)([nac])/gu,
      (_, count: string, kind: string) => `${CLASS[kind]}{${count}}`,
    );
    pattern = new RegExp(`^${country}[0-9]{2}${body}$`, 'u');
    patterns.set(country, pattern);
  }
  return pattern;
}

/**
 * ISO 7064 MOD 97-10 of an IBAN: the first four characters moved to the end, each letter read as two
 * digits (A = 10 … Z = 35), the whole number taken modulo 97, digit by digit. A valid IBAN gives 1.
 */
export function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = Number.parseInt(char, 36); // '0'…'9' → 0…9, 'A'…'Z' → 10…35
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder;
}

/** The print form of an IBAN's electronic form: groups of four (`DK50 0040 0440 1162 43`). */
export function formatIban(value: string): string {
  return value.replace(/(.{4})(?=.)/gu, '$1 ');
}

/**
 * Parses an IBAN as a citizen writes it: white space anywhere is ignored and letters may be lower
 * case (`dk50 0040 0440 1162 43`). The country must be in `IBAN_COUNTRIES`, the length and the
 * layout must be that country's, and the MOD 97-10 check must give 1.
 */
export function parseIban(input: string): IbanResult {
  const text = input.replace(/\s+/gu, '').replace(/[a-z]/gu, (letter) => letter.toUpperCase());
  if (text === '') return { ok: false, code: 'required' };
  const country = text.slice(0, 2);
  const entry = Object.hasOwn(IBAN_COUNTRIES, country) ? IBAN_COUNTRIES[country] : undefined;
  if (!entry || text.length !== entry[0] || !patternOf(country, entry[1]).test(text)) {
    return { ok: false, code: 'ibanFormat' };
  }
  const check = Number(text.slice(2, 4));
  if (check < 2 || check > 98 || ibanRemainder(text) !== 1) return { ok: false, code: 'ibanChecksum' };
  return { ok: true, value: text, display: formatIban(text), country };
}
