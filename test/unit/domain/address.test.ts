// Addresses here are made-up examples in DAR's format, not register data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAddressParts,
  formatAddress,
  isEmptyAddress,
  normaliseSearchText,
  parseAddressPostcode,
  parseAddressText,
  parseDoor,
  parseFloor,
  parseHouseNumber,
  searchWords,
} from '../../../src/domain/address.js';

describe('normaliseSearchText and searchWords', () => {
  it('trims, collapses white space and composes characters (NFC), keeping case', () => {
    expect(normaliseSearchText('  Rådhus\u00a0 pladsen\t1 ')).toBe('Rådhus pladsen 1');
    expect(normaliseSearchText('Ra\u030adhuspl')).toBe('Rådhuspl'); // "å" typed as a + combining ring
    expect(normaliseSearchText(' \n ')).toBe('');
  });
  it('gives lower-case words without punctuation', () => {
    expect(searchWords('Rådhuspladsen 1, 1. th., 1550 København V')).toEqual([
      'rådhuspladsen',
      '1',
      '1',
      'th',
      '1550',
      'københavn',
      'v',
    ]);
    expect(searchWords('ØSTERGADE 24A')).toEqual(['østergade', '24a']);
  });
});

describe('parseHouseNumber', () => {
  it.each([
    ['1', '1'],
    ['12B', '12B'],
    ['12 b', '12B'],
    ['012b', '12B'],
    [' 999 ', '999'],
    ['7æ', '7Æ'],
  ])('%j gives %j', (input, value) => {
    expect(parseHouseNumber(input)).toEqual({ ok: true, value });
  });
  it.each(['0', '1000', '12BC', '12-14', 'B12', 'tolv', '1/2'])('%j gives format', (input) => {
    expect(parseHouseNumber(input)).toEqual({ ok: false, code: 'format' });
  });
  it('gives missing when empty', () => {
    expect(parseHouseNumber('  ')).toEqual({ ok: false, code: 'missing' });
  });
});

describe('parseFloor', () => {
  it.each([
    ['', ''],
    ['st', 'st'],
    ['St.', 'st'],
    ['stuen', 'st'],
    ['kl', 'kl'],
    ['kælder', 'kl'],
    ['kl2', 'kl2'],
    ['1', '1'],
    ['2.', '2'],
    ['2. sal', '2'],
    ['02', '2'],
    ['99', '99'],
  ])('%j gives %j', (input, value) => {
    expect(parseFloor(input)).toEqual({ ok: true, value });
  });
  it.each(['0', '100', 'th', 'kl1', 'første', '-1'])('%j gives format', (input) => {
    expect(parseFloor(input)).toEqual({ ok: false, code: 'format' });
  });
});

describe('parseDoor', () => {
  it.each([
    ['', ''],
    ['th', 'th'],
    ['Th.', 'th'],
    ['til højre', 'th'],
    ['tv', 'tv'],
    ['TV.', 'tv'],
    ['til venstre', 'tv'],
    ['mf', 'mf'],
    ['midtfor', 'mf'],
    ['1', '1'],
    ['04', '4'],
    ['9999', '9999'],
  ])('%j gives %j', (input, value) => {
    expect(parseDoor(input)).toEqual({ ok: true, value });
  });
  it.each(['0', '10000', 'st', 'højre', 't h'])('%j gives format', (input) => {
    expect(parseDoor(input)).toEqual({ ok: false, code: 'format' });
  });
});

describe('parseAddressPostcode', () => {
  it('takes exactly 4 digits', () => {
    expect(parseAddressPostcode(' 8000 ')).toEqual({ ok: true, value: '8000' });
    expect(parseAddressPostcode('0800')).toEqual({ ok: true, value: '0800' });
    expect(parseAddressPostcode('')).toEqual({ ok: false, code: 'missing' });
    for (const input of ['800', '80000', '8OOO', 'DK-8000'])
      expect(parseAddressPostcode(input)).toEqual({ ok: false, code: 'format' });
  });
});

describe('formatAddress', () => {
  it('writes the address as the citizen reads it', () => {
    expect(
      formatAddress({
        street: 'Rådhuspladsen',
        houseNumber: '1',
        floor: '1',
        door: 'th',
        postcode: '1550',
        city: 'København V',
      }),
    ).toBe('Rådhuspladsen 1, 1. th., 1550 København V');
    expect(
      formatAddress({ street: 'Vestergade', houseNumber: '12B', postcode: '8000', city: 'Aarhus C' }),
    ).toBe('Vestergade 12B, 8000 Aarhus C');
    expect(
      formatAddress({
        street: 'Nørregade',
        houseNumber: '7',
        floor: 'st',
        door: '4',
        postcode: '1165',
        city: 'København K',
      }),
    ).toBe('Nørregade 7, st. 4, 1165 København K');
    expect(
      formatAddress({
        street: 'Nørregade',
        houseNumber: '7',
        floor: 'kl2',
        postcode: '1165',
        city: 'København K',
      }),
    ).toBe('Nørregade 7, kl2, 1165 København K');
  });
  it('leaves missing parts out instead of showing blanks', () => {
    expect(formatAddress({ street: 'Vestergade', door: 'tv', city: 'Aarhus C' })).toBe(
      'Vestergade, tv., Aarhus C',
    );
    expect(formatAddress({})).toBe('');
  });
});

describe('checkAddressParts', () => {
  const whole = {
    street: ' Rådhuspladsen ',
    houseNumber: '1',
    floor: '1.',
    door: 'Th',
    postcode: '1550',
    city: 'København  V',
  };

  it('normalises whole parts and gives the display text', () => {
    expect(checkAddressParts(whole)).toEqual({
      ok: true,
      value: {
        street: 'Rådhuspladsen',
        houseNumber: '1',
        floor: '1',
        door: 'th',
        postcode: '1550',
        city: 'København V',
      },
      text: 'Rådhuspladsen 1, 1. th., 1550 København V',
    });
  });

  it('gives required for all-empty parts', () => {
    expect(checkAddressParts({})).toEqual({ ok: false, code: 'required', part: 'street' });
    expect(isEmptyAddress({ street: ' ' })).toBe(true);
  });

  it.each([
    [{ street: '' }, 'missing', 'street'],
    [{ houseNumber: '' }, 'missing', 'houseNumber'],
    [{ houseNumber: '12-14' }, 'format', 'houseNumber'],
    [{ floor: 'øverst' }, 'format', 'floor'],
    [{ door: 'højre' }, 'format', 'door'],
    [{ postcode: '' }, 'missing', 'postcode'],
    [{ postcode: '155' }, 'format', 'postcode'],
    [{ city: ' ' }, 'missing', 'city'],
  ] as const)('%j gives %s for %s', (change, code, part) => {
    expect(checkAddressParts({ ...whole, ...change })).toEqual({ ok: false, code, part });
  });

  it('names the first part to fix, in the order the fields are shown', () => {
    expect(checkAddressParts({ street: '', houseNumber: 'x', postcode: '1' })).toEqual({
      ok: false,
      code: 'missing',
      part: 'street',
    });
    expect(checkAddressParts({ street: 'Vej', houseNumber: '2', door: 'x', postcode: '1' })).toEqual({
      ok: false,
      code: 'format',
      part: 'door',
    });
  });

  it('property: any valid parts give text that parseAddressText splits back into the same parts', () => {
    const letters = fc.constantFrom('a', 'e', 'r', 'ø', 'å', 'd', 'g', 's', 'n');
    const word = fc.array(letters, { minLength: 2, maxLength: 9 }).map((cs) => cs.join(''));
    const name = fc
      .array(word, { minLength: 1, maxLength: 3 })
      .map((ws) => ws.map((w) => w[0].toUpperCase() + w.slice(1)).join(' '));
    const parts = fc.record({
      street: name,
      houseNumber: fc
        .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('', 'A', 'B'))
        .map(([n, l]) => `${n}${l}`),
      floor: fc.constantFrom('', 'st', 'kl', '1', '2', '14'),
      door: fc.constantFrom('', 'th', 'tv', 'mf'),
      postcode: fc.integer({ min: 1000, max: 9990 }).map(String),
      city: name,
    });
    fc.assert(
      fc.property(parts, (p) => {
        const result = checkAddressParts(p);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(parseAddressText(result.text)).toEqual(result.value);
      }),
    );
  });
});

describe('parseAddressText', () => {
  it('splits what a citizen typed into the parts it holds', () => {
    expect(parseAddressText('Vestergade 12B, 2. tv, 8000 Aarhus C')).toEqual({
      street: 'Vestergade',
      houseNumber: '12B',
      floor: '2',
      door: 'tv',
      postcode: '8000',
      city: 'Aarhus C',
    });
    expect(parseAddressText('Rådhuspladsen 1, 1550 København V')).toEqual({
      street: 'Rådhuspladsen',
      houseNumber: '1',
      floor: '',
      door: '',
      postcode: '1550',
      city: 'København V',
    });
    expect(parseAddressText('Rådhuspl')).toEqual({
      street: 'Rådhuspl',
      houseNumber: '',
      floor: '',
      door: '',
      postcode: '',
      city: '',
    });
    expect(parseAddressText('Vestergade 12, tv.')).toMatchObject({
      street: 'Vestergade',
      houseNumber: '12',
      door: 'tv',
    });
    expect(parseAddressText('Vestergade 12, Aarhus')).toMatchObject({
      street: 'Vestergade',
      houseNumber: '12',
      city: 'Aarhus',
    });
    expect(parseAddressText('')).toEqual({
      street: '',
      houseNumber: '',
      floor: '',
      door: '',
      postcode: '',
      city: '',
    });
  });
});
