/**
 * The address field's pure parts, without DOM: what the provider's answers are, what the browser
 * keeps for back/forward and reload, and what the form submits. Unit-tested in Node.
 */
import type { Address, AddressSuggestion } from '../../address/address-provider.js';
import {
  ADDRESS_PARTS,
  EMPTY_ADDRESS_PARTS,
  checkAddressParts,
  inMunicipalities,
  normaliseSearchText,
  parseAddressText,
  type AddressPart,
  type AddressParts,
} from '../../domain/address.js';
import type { AddressEntryCheck } from '../../validation/address-validators.js';

/** The most suggestions shown, whatever the provider sends. */
export const MAX_SUGGESTIONS = 20;

/** The `FormData` name suffix of each part: `<name>-street`, `<name>-house-number` … */
const PART_ENTRY: Readonly<Record<AddressPart, string>> = {
  street: 'street',
  houseNumber: 'house-number',
  floor: 'floor',
  door: 'door',
  postcode: 'postcode',
  city: 'city',
};

/** The manual fields of a resolved address (floor and door '' when it has none). */
export function partsOf(address: Address): AddressParts {
  return {
    street: address.street,
    houseNumber: address.houseNumber,
    floor: address.floor ?? '',
    door: address.door ?? '',
    postcode: address.postcode,
    city: address.city,
  };
}

/** Whether `value` is an object whose `keys` are all strings. */
function hasStrings(value: unknown, keys: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string')
  );
}

function isSuggestion(value: unknown): value is AddressSuggestion {
  return hasStrings(value, ['id', 'text']);
}

/** Whether a provider's answer (or a saved state's) is a whole address. */
export function isAddress(value: unknown): value is Address {
  return hasStrings(value, ['id', 'street', 'houseNumber', 'postcode', 'city', 'text']);
}

/** The suggestions worth showing from a provider's answer: well-formed ones, at most `MAX_SUGGESTIONS`. */
export function suggestionsOf(found: unknown): readonly AddressSuggestion[] {
  return (Array.isArray(found) ? (found as unknown[]) : []).filter(isSuggestion).slice(0, MAX_SUGGESTIONS);
}

/** Everything the field is made of: what the browser keeps across back/forward and reload (`formState`). */
export interface AddressFieldState {
  readonly value: string;
  /** The text in the search box. */
  readonly search: string;
  /** Whether the manual fields are open. */
  readonly manual: boolean;
  /** The manual fields as typed (or the chosen address's parts). */
  readonly parts: AddressParts;
  /** The address chosen from the list, resolved. */
  readonly chosen: Address | null;
}

/** The field's state as the browser keeps it (JSON, tagged so that a plain value is told apart). */
export function writeSavedState(state: AddressFieldState): string {
  return JSON.stringify({ bf: 'address', ...state });
}

/** The state `writeSavedState` wrote, or `undefined` for anything else (a plain value, a foreign state). */
export function readSavedState(saved: string): AddressFieldState | undefined {
  try {
    const parsed = JSON.parse(saved) as
      (Partial<Record<keyof AddressFieldState, unknown>> & { bf?: unknown }) | null;
    if (
      !parsed ||
      parsed.bf !== 'address' ||
      typeof parsed.value !== 'string' ||
      typeof parsed.search !== 'string'
    )
      return undefined;
    const parts: Record<AddressPart, string> = { ...EMPTY_ADDRESS_PARTS };
    for (const part of ADDRESS_PARTS) {
      const value = (parsed.parts as Record<string, unknown> | undefined)?.[part];
      if (typeof value === 'string') parts[part] = value;
    }
    return {
      value: parsed.value,
      search: parsed.search,
      manual: parsed.manual === true,
      parts,
      chosen: isAddress(parsed.chosen) ? parsed.chosen : null,
    };
  } catch {
    return undefined;
  }
}

/** The field's value: the chosen address, the manual fields once they make a whole address, or ''. */
export function valueOfState(state: Pick<AddressFieldState, 'manual' | 'parts' | 'chosen'>): string {
  if (state.chosen) return state.chosen.text;
  if (state.manual) {
    const result = checkAddressParts(state.parts);
    return result.ok ? result.text : '';
  }
  return '';
}

/**
 * What the form submits under `name`: the display text, `-id` for a chosen address, the parts for a
 * chosen address or open manual fields (normalised when they make an address, else as typed), and
 * `-municipality-code` when the register gave one.
 */
export function formEntries(
  name: string,
  state: Pick<AddressFieldState, 'value' | 'manual' | 'parts' | 'chosen'>,
): Array<[string, string]> {
  const entries: Array<[string, string]> = [[name, state.value]];
  const chosen = state.chosen;
  if (chosen) entries.push([`${name}-id`, chosen.id]);
  let parts: AddressParts | null = null;
  if (state.manual) {
    const result = checkAddressParts(state.parts);
    parts = result.ok ? result.value : state.parts;
  } else if (chosen) {
    parts = partsOf(chosen);
  }
  if (parts) for (const part of ADDRESS_PARTS) entries.push([`${name}-${PART_ENTRY[part]}`, parts[part]]);
  if (chosen?.municipalityCode) entries.push([`${name}-municipality-code`, chosen.municipalityCode]);
  return entries;
}

/** What the entry's check asks beyond the parts' form (the field fills these in). */
export interface EntryCheckOptions {
  /** Whether a postcode exists: the postcode table's answer, or the address service's (which wins). */
  readonly knownPostcode?: (code: string) => boolean;
  /** The municipality codes the application is for (none: every address). */
  readonly municipalities?: readonly string[];
  /** The field has no search box (typed by hand only): an empty address is missing at the street. */
  readonly byHand?: boolean;
}

/**
 * How the entry stands: `{ ok: true }` for a chosen address, whole manual fields or a value set from
 * outside; otherwise the code and the part to fix (see `AddressEntryCheck`). Nothing at all is
 * `required` at the search box, or at the street when the field is typed by hand only. A hand-written postcode
 * that does not exist is `unknown`; an address outside `municipalities` is `municipality` (shown at
 * the postcode for manual fields, at the search box for a chosen address).
 */
export function entryCheckOf(state: AddressFieldState, options: EntryCheckOptions = {}): AddressEntryCheck {
  const municipalities = options.municipalities ?? [];
  if (state.chosen) {
    return inMunicipalities(state.chosen, municipalities)
      ? { ok: true }
      : { ok: false, code: 'municipality', part: 'search' };
  }
  if (state.manual) {
    const result = checkAddressParts(state.parts);
    if (result.ok) {
      if (options.knownPostcode && !options.knownPostcode(result.value.postcode))
        return { ok: false, code: 'unknown', part: 'postcode' };
      return inMunicipalities(result.value, municipalities)
        ? { ok: true }
        : { ok: false, code: 'municipality', part: 'postcode' };
    }
    if (result.code === 'required')
      return state.value
        ? { ok: true }
        : { ok: false, code: 'required', part: options.byHand ? 'street' : 'search' };
    return { ok: false, code: result.code, part: result.part };
  }
  if (state.value) return { ok: true };
  if (normaliseSearchText(state.search)) return { ok: false, code: 'notChosen', part: 'search' };
  return { ok: false, code: 'required', part: 'search' };
}

/** The manual fields when they open: the empty ones get what `search` (the search box's text) gives. */
export function withTypedParts(parts: AddressParts, search: string): AddressParts {
  const typed = parseAddressText(search);
  const filled: Record<AddressPart, string> = { ...parts };
  for (const part of ADDRESS_PARTS) if (!filled[part].trim() && typed[part]) filled[part] = typed[part];
  return filled;
}
