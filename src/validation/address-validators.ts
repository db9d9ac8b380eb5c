import type { AddressPart } from '../domain/address.js';
import type { MessageKey, MessageParams } from '../i18n/types.js';
import type { BuiltInValidator, ValidityFlag } from './validator.js';

/**
 * Why the entry is not an address yet: `required` (nothing at all), `notChosen` (text in the search
 * box, nothing chosen), a manual part that is `missing` or has the wrong `format`, a postcode that
 * is `unknown`, or an address outside the application's `municipality`. `part` names where the
 * error shows: `search` for the search box (the top of the field when it has none), else a manual
 * field (`required` is at the street when the field is typed by hand only).
 */
export type AddressEntryCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: 'required' | 'notChosen' | 'missing' | 'format' | 'unknown' | 'municipality';
      readonly part: 'search' | AddressPart;
    };

/** What the built-in address rules read from a control. */
export interface AddressConstraints {
  readonly required: boolean;
  readonly entryCheck: AddressEntryCheck;
  /** The names of the municipalities the application is for ("Aarhus Kommune"), for the message. */
  readonly municipalityNames: string;
}

/** Each code (and part) of `entryCheck`: its catalogue key and `ValidityState` flag. */
const RULES: ReadonlyArray<
  readonly [code: string, part: string | undefined, key: MessageKey, flag: ValidityFlag]
> = [
  ['required', 'search', 'addressRequired', 'valueMissing'],
  ['required', 'street', 'addressStreetMissing', 'valueMissing'],
  ['notChosen', undefined, 'addressNotChosen', 'badInput'],
  ['missing', 'street', 'addressStreetMissing', 'valueMissing'],
  ['missing', 'houseNumber', 'addressHouseNumberMissing', 'valueMissing'],
  ['format', 'houseNumber', 'addressHouseNumberFormat', 'patternMismatch'],
  ['format', 'floor', 'addressFloorFormat', 'patternMismatch'],
  ['format', 'door', 'addressDoorFormat', 'patternMismatch'],
  ['missing', 'postcode', 'addressPostcodeMissing', 'valueMissing'],
  ['format', 'postcode', 'addressPostcodeFormat', 'patternMismatch'],
  ['unknown', 'postcode', 'addressPostcodeUnknown', 'patternMismatch'],
  ['missing', 'city', 'addressCityMissing', 'valueMissing'],
  ['municipality', undefined, 'addressOutsideMunicipality', 'patternMismatch'],
];

/**
 * The built-in rules of `bf-address-input`, one per code and part of `entryCheck`. Nothing at all
 * is an error only when `required` ("Indtast vejnavn" at the street when the field has no search
 * box); text in the search box that was never chosen, and half-filled
 * manual fields, are errors either way (the form would otherwise lose what the citizen typed).
 */
export const addressValidators: readonly BuiltInValidator<AddressConstraints>[] = RULES.map(
  ([code, part, key, flag]) => ({
    key,
    flag,
    check: (c: AddressConstraints): MessageParams | null => {
      const check = c.entryCheck;
      if (check.ok || check.code !== code || (part !== undefined && check.part !== part)) return null;
      if (code === 'required' && !c.required) return null;
      return code === 'municipality' ? { municipality: c.municipalityNames } : {};
    },
  }),
);
