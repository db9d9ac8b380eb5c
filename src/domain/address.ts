/**
 * Danish addresses as DAR (Danmarks Adresseregister) writes them: street name, house number
 * (`12B`), optional floor (`st`, `kl`, `1`–`99`) and door (`th`, `tv`, `mf`, `1`–`9999`), postcode
 * and town. Pure functions, no DOM: the address field uses them for its manual fields, and a server
 * can re-check a submitted address with the same code.
 */
import { normaliseMunicipalityCode, postcodeReaches } from './postcode.js';
import type { ParseResult } from './result.js';

/** The parts of an address as the citizen writes them in the manual fields (all text). */
export interface AddressParts {
  readonly street: string;
  readonly houseNumber: string;
  readonly floor: string;
  readonly door: string;
  readonly postcode: string;
  readonly city: string;
}

/** One part of an address, in the order the manual fields show them. */
export type AddressPart = keyof AddressParts;

/** The parts in the order they are shown, checked and tabbed through. */
export const ADDRESS_PARTS: readonly AddressPart[] = [
  'street',
  'houseNumber',
  'floor',
  'door',
  'postcode',
  'city',
];

/** Parts with nothing in them. */
export const EMPTY_ADDRESS_PARTS: AddressParts = Object.freeze({
  street: '',
  houseNumber: '',
  floor: '',
  door: '',
  postcode: '',
  city: '',
});

/** The parts without which an address is not complete (floor and door are optional). */
export const REQUIRED_ADDRESS_PARTS: readonly AddressPart[] = ['street', 'houseNumber', 'postcode', 'city'];

/**
 * Why a part was rejected.
 * - `required`: every part is empty.
 * - `missing`: a part the address needs (street, house number, postcode, town) is empty.
 * - `format`: a part is not written as DAR writes it (house number `12B`, floor `st`/`kl`/`1`–`99`,
 *   door `th`/`tv`/`mf`/`1`–`9999`, postcode 4 digits).
 */
export type AddressErrorCode = 'required' | 'missing' | 'format';

/** `{ ok: true, value }` with each part normalised, or `{ ok: false, code }`. */
export type AddressPartResult = ParseResult<{ value: string }, 'missing' | 'format'>;

/**
 * `{ ok: true, value, text }` with the normalised parts and the display text, or
 * `{ ok: false, code, part }` naming the first part to fix (in the order the fields are shown).
 */
export type AddressPartsResult = ParseResult<
  { value: AddressParts; text: string },
  AddressErrorCode,
  { part: AddressPart }
>;

/** White space collapsed to single spaces, trimmed, in Unicode NFC (so "å" typed two ways is one). */
function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The text to search for: trimmed, white space collapsed, NFC. '' for text with nothing to search
 * for. Case and punctuation are kept: the address service decides how to match.
 */
export function normaliseSearchText(text: string): string {
  return tidy(text);
}

/**
 * The words of a text for matching, lower-cased, with punctuation as spaces: "Rådhuspl. 1," →
 * `['rådhuspl', '1']`. Used by the offline provider; a service does its own matching.
 */
export function searchWords(text: string): string[] {
  return tidy(text)
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A house number as DAR writes it: 1–999, optionally followed by one capital letter (`12B`).
 * Accepts `12 b` and `012b`; rejects `0`, `1000`, `12BC`, `12-14`.
 */
export function parseHouseNumber(input: string): AddressPartResult {
  const text = tidy(input);
  if (!text) return { ok: false, code: 'missing' };
  const match = /^0*([1-9]\d{0,2}) ?(\p{L})?$/u.exec(text);
  if (!match) return { ok: false, code: 'format' };
  const letter = (match[2] ?? '').toLocaleUpperCase('da');
  if (letter && !/^[A-ZÆØÅ]$/u.test(letter)) return { ok: false, code: 'format' };
  return { ok: true, value: `${match[1]}${letter}` };
}

/**
 * A floor as DAR writes it: `st` (stuen), `kl` (kælder), `kl2`–`kl9`, or `1`–`99`. Accepts
 * `St.`, `stuen`, `kælder`, `2.`, `2. sal`, `02`. Empty is fine (`value: ''`): most addresses
 * have no floor.
 */
export function parseFloor(input: string): AddressPartResult {
  const text = tidy(input).toLocaleLowerCase('da');
  if (!text) return { ok: true, value: '' };
  if (/^(st\.?|stuen)$/u.test(text)) return { ok: true, value: 'st' };
  if (/^(kl\.?|kælder)$/u.test(text)) return { ok: true, value: 'kl' };
  const basement = /^kl\.? ?([2-9])$/u.exec(text);
  if (basement) return { ok: true, value: `kl${basement[1]}` };
  const storey = /^0*([1-9]\d?)\.?( ?sal)?$/u.exec(text);
  if (storey) return { ok: true, value: storey[1] };
  return { ok: false, code: 'format' };
}

/**
 * A door as DAR writes it: `th` (til højre), `tv` (til venstre), `mf` (midt for), or `1`–`9999`.
 * Accepts `Th.`, `til højre`, `04`. Empty is fine (`value: ''`).
 */
export function parseDoor(input: string): AddressPartResult {
  const text = tidy(input).toLocaleLowerCase('da');
  if (!text) return { ok: true, value: '' };
  if (/^(th\.?|til højre)$/u.test(text)) return { ok: true, value: 'th' };
  if (/^(tv\.?|til venstre)$/u.test(text)) return { ok: true, value: 'tv' };
  if (/^(mf\.?|midt ?for)$/u.test(text)) return { ok: true, value: 'mf' };
  const number = /^0*([1-9]\d{0,3})$/u.exec(text);
  if (number) return { ok: true, value: number[1] };
  return { ok: false, code: 'format' };
}

/**
 * A postcode: exactly 4 digits after trimming (`missing` when empty, `format` otherwise). Whether
 * the code exists is the postcode table's question (`parsePostcode`), asked by the address field's
 * check, where the address service's answer may overrule the table.
 */
export function parseAddressPostcode(input: string): AddressPartResult {
  const text = tidy(input);
  if (!text) return { ok: false, code: 'missing' };
  return /^\d{4}$/u.test(text) ? { ok: true, value: text } : { ok: false, code: 'format' };
}

/**
 * Whether an address lies in one of the municipalities (`codes`, e.g. `0751` or `751`): judged by the
 * register's municipality code when the address has one, else by whether its postcode reaches one of
 * them at all (a postcode such as 6100 reaches two, so a hand-written address can only be judged
 * that far). No codes: every address does.
 */
export function inMunicipalities(
  address: { readonly postcode: string; readonly municipalityCode?: string | undefined },
  codes: readonly string[],
): boolean {
  const wanted = codes.map(normaliseMunicipalityCode).filter(Boolean);
  if (wanted.length === 0) return true;
  const own = normaliseMunicipalityCode(address.municipalityCode ?? '');
  if (own) return wanted.includes(own);
  return wanted.some((code) => postcodeReaches(address.postcode, code));
}

/** Whether every part is empty (white space counts as empty). */
export function isEmptyAddress(parts: Partial<AddressParts>): boolean {
  return ADDRESS_PARTS.every((part) => tidy(parts[part] ?? '') === '');
}

/**
 * Checks the parts the citizen wrote by hand, in the order the fields are shown: street, house
 * number, floor, door, postcode, town. All empty gives `required` (an error only when the field is
 * required). On success the parts are normalised (`12 b` → `12B`, `St.` → `st`) and `text` is the
 * display text.
 */
export function checkAddressParts(parts: Partial<AddressParts>): AddressPartsResult {
  if (isEmptyAddress(parts)) return { ok: false, code: 'required', part: 'street' };
  const street = tidy(parts.street ?? '');
  if (!street) return { ok: false, code: 'missing', part: 'street' };
  const checks: ReadonlyArray<readonly [AddressPart, AddressPartResult]> = [
    ['houseNumber', parseHouseNumber(parts.houseNumber ?? '')],
    ['floor', parseFloor(parts.floor ?? '')],
    ['door', parseDoor(parts.door ?? '')],
    ['postcode', parseAddressPostcode(parts.postcode ?? '')],
  ];
  // Built in the parts' order, so its keys are in that order too.
  const value: Partial<Record<AddressPart, string>> = { street };
  for (const [part, result] of checks) {
    if (!result.ok) return { ok: false, code: result.code, part };
    value[part] = result.value;
  }
  value.city = tidy(parts.city ?? '');
  if (!value.city) return { ok: false, code: 'missing', part: 'city' };
  return { ok: true, value: value as AddressParts, text: formatAddress(value) };
}

/** A floor for display: `st` → `st.`, `2` → `2.`, `kl2` → `kl2`. */
function floorText(floor: string): string {
  return /^(st|kl|\d+)$/u.test(floor) ? `${floor}.` : floor;
}

/** A door for display: `th` → `th.`, `4` → `4`. */
function doorText(door: string): string {
  return /^(th|tv|mf)$/u.test(door) ? `${door}.` : door;
}

/**
 * The address as the citizen reads it: "Rådhuspladsen 1, 1. th., 1550 København V"; without floor
 * and door "Vestergade 12B, 8000 Aarhus C". Missing parts are left out, never shown as blanks.
 */
export function formatAddress(parts: Partial<AddressParts>): string {
  const street = [tidy(parts.street ?? ''), tidy(parts.houseNumber ?? '')].filter(Boolean).join(' ');
  const unit = [floorText(tidy(parts.floor ?? '')), doorText(tidy(parts.door ?? ''))]
    .filter(Boolean)
    .join(' ');
  const town = [tidy(parts.postcode ?? ''), tidy(parts.city ?? '')].filter(Boolean).join(' ');
  return [street, unit, town].filter(Boolean).join(', ');
}

/**
 * The parts a free text holds, as far as they can be told apart: "Vestergade 12B, 2. tv, 8000
 * Aarhus C" gives all six; "Rådhuspl" gives only a street. Used to carry what the citizen typed in
 * the search box over to the manual fields, so nothing typed is lost. Best effort: the citizen
 * checks the fields.
 */
export function parseAddressText(text: string): AddressParts {
  const segments = tidy(text)
    .split(/\s*,\s*/u)
    .filter(Boolean);
  let street: string;
  let houseNumber = '';
  let floor = '';
  let door = '';
  let postcode = '';
  let city = '';
  const first = segments.shift() ?? '';
  const withNumber = /^(.*\S)\s+(\d{1,3}\s?\p{L}?)$/u.exec(first);
  const number = withNumber ? parseHouseNumber(withNumber[2]) : undefined;
  if (withNumber && number?.ok) {
    street = withNumber[1]!;
    houseNumber = number.value;
  } else {
    street = first;
  }
  for (const segment of segments) {
    const town = /^(\d{4})(?:\s+(.+))?$/u.exec(segment);
    if (town && !postcode) {
      postcode = town[1]!;
      city = town[2] ?? '';
      continue;
    }
    const unit = /^(\S+?\.?)(?:\s+(.+))?$/u.exec(segment);
    if (unit && !floor && !door) {
      const f = parseFloor(unit[1]);
      const d = parseDoor(unit[2] ?? '');
      if (f.ok && f.value && d.ok) {
        floor = f.value;
        door = d.value;
        continue;
      }
      const onlyDoor = parseDoor(segment);
      if (onlyDoor.ok && onlyDoor.value) {
        door = onlyDoor.value;
        continue;
      }
    }
    if (!city && postcode === '') city = segment; // "Vestergade 12, Aarhus": a town without a code
  }
  return { street, houseNumber, floor, door, postcode, city };
}
