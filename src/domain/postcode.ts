/**
 * Danish postcodes, REQUIREMENTS §5.3: four digits that PostNord's postcode file lists, with the
 * postal town and the municipalities each code reaches (a code can reach more than one: 6100
 * Haderslev reaches Haderslev and Kolding). The table is generated from `data/postnumre.csv` by
 * `scripts/generate-postcodes.mjs` and parsed once, on first use. Large-recipient codes are not
 * marked in the source, so there is no rule for them (see `data/README.md`).
 */
import { formatList } from './files.js';
import { MUNICIPALITY_TABLE, POSTCODE_TABLE } from './postcode-table.js';
import type { ParseResult } from './result.js';

export { POSTCODE_TABLE_SOURCE } from './postcode-table.js';

/**
 * Why a postcode was rejected.
 * - `required`: empty or only whitespace.
 * - `format`: not exactly four digits (after spaces are removed).
 * - `unknown`: four digits that are not a Danish postcode (outside 0555–9990, or not in the table).
 */
export type PostcodeErrorCode = 'required' | 'format' | 'unknown';

/** `{ ok: true, value, city }` (`value`: the four digits) or `{ ok: false, code }`. */
export type PostcodeResult = ParseResult<{ value: string; city: string }, PostcodeErrorCode>;

/** A municipality: its four-digit code (as DAR writes it, `0751`) and its name. */
export interface Municipality {
  readonly code: string;
  readonly name: string;
}

interface Entry {
  readonly city: string;
  readonly municipalities: readonly string[];
}

let postcodes: ReadonlyMap<string, Entry> | null = null;
let municipalities: ReadonlyMap<string, string> | null = null;

function table(): ReadonlyMap<string, Entry> {
  postcodes ??= new Map(
    POSTCODE_TABLE.split(';').map((row) => {
      const [code = '', city = '', reach = ''] = row.split('|');
      return [code, { city, municipalities: reach.split(',') }];
    }),
  );
  return postcodes;
}

function municipalityNames(): ReadonlyMap<string, string> {
  municipalities ??= new Map(MUNICIPALITY_TABLE.split(';').map((row) => row.split('|') as [string, string]));
  return municipalities;
}

/** A municipality code as DAR writes it, four digits (`751` → `0751`); '' for anything else. */
export function normaliseMunicipalityCode(code: string): string {
  const digits = code.trim();
  return /^\d{1,4}$/u.test(digits) ? digits.padStart(4, '0') : '';
}

/**
 * Parses a postcode as a citizen types it: spaces anywhere are ignored (`" 8 000 "`), leading zeros
 * are kept (`0800`); the code must be four digits and in the table.
 */
export function parsePostcode(input: string): PostcodeResult {
  const text = input.replace(/\s+/gu, '');
  if (text === '') return { ok: false, code: 'required' };
  if (!/^\d{4}$/u.test(text)) return { ok: false, code: 'format' };
  const number = Number(text);
  const entry = number >= 555 && number <= 9990 ? table().get(text) : undefined;
  if (!entry) return { ok: false, code: 'unknown' };
  return { ok: true, value: text, city: entry.city };
}

/** The postal town of a postcode (`8000` → `Aarhus C`), or undefined when it is none. */
export function cityForPostcode(code: string): string | undefined {
  return table().get(code.trim())?.city;
}

/** The municipalities a postcode reaches (`6100` → Haderslev and Kolding), in code order; [] when it is none. */
export function municipalitiesForPostcode(code: string): readonly Municipality[] {
  const names = municipalityNames();
  return (table().get(code.trim())?.municipalities ?? []).map((municipality) => ({
    code: municipality,
    name: names.get(municipality) ?? '',
  }));
}

/** Whether a postcode reaches the municipality (a code like `751` or `0751`). */
export function postcodeReaches(code: string, municipalityCode: string): boolean {
  const wanted = normaliseMunicipalityCode(municipalityCode);
  return table().get(code.trim())?.municipalities.includes(wanted) ?? false;
}

/** A municipality's name ("Aarhus Kommune") by its code, or undefined. */
export function municipalityName(code: string): string | undefined {
  return municipalityNames().get(normaliseMunicipalityCode(code));
}

/** The municipality codes an attribute holds, as written: `"0751 621"`, `"0751,0621"`, `"0751;0621"`. */
export function splitMunicipalityCodes(text: string): string[] {
  return text.split(/[\s,;]+/u).filter(Boolean);
}

/**
 * The municipalities' names as a message lists them, in the locale's "or": "Aarhus Kommune eller
 * Kolding Kommune" (a code that names none as written; '' for no codes).
 */
export function municipalityNamesText(codes: readonly string[], locale: string): string {
  return formatList(
    codes.map((code) => municipalityName(code) ?? code),
    locale,
    'disjunction',
  );
}

/** Every postcode in the table, in order (for tests and for a host's own lists). */
export function allPostcodes(): readonly string[] {
  return [...table().keys()];
}
