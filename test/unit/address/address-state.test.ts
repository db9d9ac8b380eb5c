import { describe, expect, it } from 'vitest';
import type { Address } from '../../../src/address/address-provider.js';
import { sampleAddresses } from '../../../src/address/sample-addresses.js';
import {
  MAX_SUGGESTIONS,
  entryCheckOf,
  formEntries,
  isAddress,
  partsOf,
  readSavedState,
  suggestionsOf,
  valueOfState,
  withTypedParts,
  writeSavedState,
  type AddressFieldState,
} from '../../../src/components/address-input/address-state.js';
import { EMPTY_ADDRESS_PARTS } from '../../../src/domain/address.js';

/** A chosen address with floor, door and municipality code. */
const raadhus: Address = sampleAddresses.find((a) => a.text === 'Rådhuspladsen 1, 1. th., 1550 København V')!;

const empty: AddressFieldState = {
  value: '',
  search: '',
  manual: false,
  parts: EMPTY_ADDRESS_PARTS,
  chosen: null,
};

describe('the address field as pure functions', () => {
  it('saved state: what writeSavedState writes comes back whole; anything else is not ours', () => {
    const state: AddressFieldState = {
      value: raadhus.text,
      search: raadhus.text,
      manual: true,
      parts: partsOf(raadhus),
      chosen: raadhus,
    };
    expect(readSavedState(writeSavedState(state))).toEqual(state);
    expect(readSavedState(writeSavedState({ ...state, chosen: null, value: '' }))).toEqual({
      ...state,
      chosen: null,
      value: '',
    });
    for (const foreign of [
      '',
      'Vestergade 12',
      '{}',
      '[1,2]',
      'null',
      '{"bf":"date","value":"","search":""}',
    ])
      expect(readSavedState(foreign), foreign).toBeUndefined();
  });

  it('saved state: damaged parts and chosen addresses are dropped, not trusted', () => {
    const saved = JSON.stringify({
      bf: 'address',
      value: 'x',
      search: 'y',
      manual: 'yes',
      parts: { street: 'Vestergade', houseNumber: 12, evil: '<b>' },
      chosen: { id: 'a-1', text: 'half an address' },
    });
    expect(readSavedState(saved)).toEqual({
      value: 'x',
      search: 'y',
      manual: false,
      parts: { ...EMPTY_ADDRESS_PARTS, street: 'Vestergade' },
      chosen: null,
    });
  });

  it('form entries: a chosen address gives id, parts and municipality code', () => {
    expect(formEntries('adr', { ...empty, value: raadhus.text, chosen: raadhus })).toEqual([
      ['adr', raadhus.text],
      ['adr-id', raadhus.id],
      ...(
        [
          ['street', raadhus.street],
          ['house-number', raadhus.houseNumber],
          ['floor', raadhus.floor],
          ['door', raadhus.door],
          ['postcode', raadhus.postcode],
          ['city', raadhus.city],
          ['municipality-code', raadhus.municipalityCode],
        ] as const
      ).map(([suffix, value]) => [`adr-${suffix}`, value]),
    ]);
  });

  it('form entries: manual fields are submitted normalised when whole, as typed otherwise; a bare value alone', () => {
    const typed = {
      ...EMPTY_ADDRESS_PARTS,
      street: ' Vestergade ',
      houseNumber: '12 b',
      postcode: '8000',
      city: 'Aarhus C',
    };
    const whole = formEntries('adr', { ...empty, manual: true, parts: typed, value: 'v' });
    expect(whole[0]).toEqual(['adr', 'v']);
    expect(whole.find(([name]) => name === 'adr-house-number')).toEqual(['adr-house-number', '12B']);
    const half = formEntries('adr', {
      ...empty,
      manual: true,
      parts: { ...EMPTY_ADDRESS_PARTS, houseNumber: '12 b' },
    });
    expect(half.find(([name]) => name === 'adr-house-number')).toEqual(['adr-house-number', '12 b']);
    expect(half).toHaveLength(7);
    expect(formEntries('adr', { ...empty, value: 'Vestergade 12, 8000 Aarhus C' })).toEqual([
      ['adr', 'Vestergade 12, 8000 Aarhus C'],
    ]);
  });

  it('value: the chosen address, whole manual fields, or nothing', () => {
    expect(valueOfState({ ...empty, chosen: raadhus })).toBe(raadhus.text);
    expect(valueOfState({ ...empty, manual: true, parts: partsOf(raadhus) })).toBe(raadhus.text);
    expect(valueOfState({ ...empty, manual: true, parts: { ...partsOf(raadhus), city: '' } })).toBe('');
    expect(valueOfState({ ...empty, parts: partsOf(raadhus) }), 'closed manual fields do not count').toBe('');
  });

  it('entry check typed by hand only: nothing at all is missing at the street', () => {
    const manual = { ...empty, manual: true };
    expect(entryCheckOf(manual, { byHand: true })).toEqual({ ok: false, code: 'required', part: 'street' });
    expect(entryCheckOf(manual)).toEqual({ ok: false, code: 'required', part: 'search' });
    expect(entryCheckOf({ ...manual, value: 'x' }, { byHand: true })).toEqual({ ok: true });
  });

  it('entry check: where the citizen has to act', () => {
    expect(entryCheckOf(empty)).toEqual({ ok: false, code: 'required', part: 'search' });
    expect(entryCheckOf({ ...empty, search: ' Rådhus ' })).toEqual({
      ok: false,
      code: 'notChosen',
      part: 'search',
    });
    expect(entryCheckOf({ ...empty, value: 'x' })).toEqual({ ok: true });
    expect(entryCheckOf({ ...empty, manual: true, value: 'x' }), 'a value from outside').toEqual({
      ok: true,
    });
    expect(entryCheckOf({ ...empty, manual: true, parts: { ...partsOf(raadhus), houseNumber: '' } })).toEqual(
      {
        ok: false,
        code: 'missing',
        part: 'houseNumber',
      },
    );
    expect(entryCheckOf({ ...empty, manual: true, parts: { ...partsOf(raadhus), floor: 'loft' } })).toEqual({
      ok: false,
      code: 'format',
      part: 'floor',
    });
    expect(entryCheckOf({ ...empty, manual: true, chosen: raadhus })).toEqual({ ok: true });
  });

  it('opening the manual fields fills only the empty ones from the search text', () => {
    expect(withTypedParts(EMPTY_ADDRESS_PARTS, 'Vestergade 12B, 8000 Aarhus C')).toEqual({
      ...EMPTY_ADDRESS_PARTS,
      street: 'Vestergade',
      houseNumber: '12B',
      postcode: '8000',
      city: 'Aarhus C',
    });
    expect(withTypedParts({ ...EMPTY_ADDRESS_PARTS, street: 'Nørregade' }, 'Vestergade 12')).toEqual({
      ...EMPTY_ADDRESS_PARTS,
      street: 'Nørregade',
      houseNumber: '12',
    });
  });

  it('provider answers: only well-formed suggestions, at most MAX_SUGGESTIONS; an address needs its text fields', () => {
    const many = Array.from({ length: MAX_SUGGESTIONS + 5 }, (_, i) => ({ id: `s${i}`, text: `Gade ${i}` }));
    expect(suggestionsOf(many)).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestionsOf([{ id: 1, text: 'x' }, null, 'y', { id: 'ok', text: 'Gade' }])).toEqual([
      { id: 'ok', text: 'Gade' },
    ]);
    expect(suggestionsOf({ results: [] })).toEqual([]);
    expect(isAddress(raadhus)).toBe(true);
    expect(isAddress({ ...raadhus, postcode: 1550 })).toBe(false);
    expect(isAddress(null)).toBe(false);
  });
});
