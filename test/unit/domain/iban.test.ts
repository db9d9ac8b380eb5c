// IBAN fixtures: the examples of REQUIREMENTS §5.6 and of the IBAN Registry, or generated from random
// characters with their check digits computed here (with BigInt, independently of the module).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIban, IBAN_COUNTRIES, ibanRemainder, parseIban } from '../../../src/domain/iban.js';

/** MOD 97-10 the long way: the rearranged IBAN as one big number. */
function remainder(iban: string): bigint {
  const digits = [...(iban.slice(4) + iban.slice(0, 4))].map((c) => Number.parseInt(c, 36)).join('');
  return BigInt(digits) % 97n;
}

/** An IBAN of `country` with `bban`, with the check digits that make it valid. */
function withCheckDigits(country: string, bban: string): string {
  const check = 98n - remainder(`${country}00${bban}`);
  return `${country}${check.toString().padStart(2, '0')}${bban}`;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const KIND: Readonly<Record<string, string>> = { n: DIGITS, a: LETTERS, c: DIGITS + LETTERS };

/** The characters a layout allows at each position of the BBAN. */
function slots(bban: string): string[] {
  return [...bban.matchAll(/(\d+)([nac])/gu)].flatMap(([, count, kind]) =>
    Array.from({ length: Number(count) }, () => KIND[kind]),
  );
}

/** A valid IBAN of one of the given countries, with a random BBAN that fits its layout. */
const validIban = (countries: readonly string[] = Object.keys(IBAN_COUNTRIES)) =>
  fc
    .constantFrom(...countries)
    .chain((country) =>
      fc
        .tuple(...slots(IBAN_COUNTRIES[country][1]).map((allowed) => fc.constantFrom(...allowed)))
        .map((chars) => withCheckDigits(country, chars.join(''))),
    );

/** Countries whose layout has no position that takes both letters and digits. */
const WITHOUT_MIXED = Object.keys(IBAN_COUNTRIES).filter(
  (country) => !IBAN_COUNTRIES[country][1].includes('c'),
);

describe('parseIban: §5.6 cases', () => {
  it.each([
    'DK5000400440116243',
    'DK50 0040 0440 1162 43',
    ' dk50 0040 0440 1162 43 ',
    'DK50\u00a00040\u00a00440116243',
  ])('%j is accepted', (input) => {
    expect(parseIban(input)).toEqual({
      ok: true,
      value: 'DK5000400440116243',
      display: 'DK50 0040 0440 1162 43',
      country: 'DK',
    });
  });

  it('a changed last digit gives ibanChecksum', () => {
    expect(parseIban('DK5000400440116244')).toEqual({ ok: false, code: 'ibanChecksum' });
  });

  it('a 17-character DK IBAN gives ibanFormat', () => {
    expect(parseIban('DK500040044011624')).toEqual({ ok: false, code: 'ibanFormat' });
  });

  // The examples the IBAN Registry gives for these countries.
  it.each([
    ['AT611904300234573201', 'AT'],
    ['BE68539007547034', 'BE'],
    ['CH9300762011623852957', 'CH'],
    ['DE89370400440532013000', 'DE'],
    ['ES9121000418450200051332', 'ES'],
    ['FI2112345600000785', 'FI'],
    ['FR1420041010050500013M02606', 'FR'],
    ['GB29NWBK60161331926819', 'GB'],
    ['IS140159260076545510730339', 'IS'],
    ['IT60X0542811101000000123456', 'IT'],
    ['NL91ABNA0417164300', 'NL'],
    ['NO9386011117947', 'NO'],
    ['PL61109010140000071219812874', 'PL'],
    ['SE4550000000058398257466', 'SE'],
  ])('%s (%s) is accepted', (iban, country) => {
    expect(parseIban(iban)).toMatchObject({ ok: true, value: iban, country });
  });

  it.each([
    'DK', // the country alone
    'DK50', // no account
    'XX5000400440116243', // not a country
    'US5000400440116243', // a country without IBANs in the table
    '5000400440116243', // no country code
    'DK50-0040-0440-1162-43', // hyphens are not spaces
    'DK5A00400440116243', // a letter in the check digits
    'DK50004004401162A3', // a letter where Denmark has digits
    'GB29NWB160161331926819', // a digit where the United Kingdom has letters
    'DK50004004401162431', // 19 characters
    'DK5000400440116243😀',
    'ÐK5000400440116243',
  ])('%j gives ibanFormat', (input) => {
    expect(parseIban(input)).toEqual({ ok: false, code: 'ibanFormat' });
  });

  it.each([
    ['97', '00'],
    ['98', '01'],
    ['02', '99'],
  ])('check digits %s pass; %s, which leaves the same remainder, gives ibanChecksum', (issued, twin) => {
    // ISO 13616 issues check digits 02–98 only.
    let valid = '';
    for (let n = 0; !valid.startsWith(`DK${issued}`); n++)
      valid = withCheckDigits('DK', String(n).padStart(14, '0'));
    const other = `DK${twin}${valid.slice(4)}`;
    expect(remainder(other)).toBe(1n);
    expect(parseIban(valid)).toMatchObject({ ok: true });
    expect(parseIban(other)).toEqual({ ok: false, code: 'ibanChecksum' });
  });

  it.each(['', ' ', '\t \u00a0'])('%j gives required', (input) => {
    expect(parseIban(input)).toEqual({ ok: false, code: 'required' });
  });
});

describe('the country table (IBAN Registry)', () => {
  it('has every EU and EEA country and the Nordic ones', () => {
    const eu = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
    const eea = ['IS', 'LI', 'NO'];
    const nordic = ['DK', 'FI', 'FO', 'GL', 'IS', 'NO', 'SE'];
    expect(Object.keys(IBAN_COUNTRIES)).toEqual(expect.arrayContaining([...eu, ...eea, ...nordic]));
  });

  it.each(Object.entries(IBAN_COUNTRIES))('%s: the length is 4 plus the layout', (_, [length, bban]) => {
    const counted = [...bban.matchAll(/(\d+)[nac]/gu)].reduce((sum, [, count]) => sum + Number(count), 0);
    expect(bban).toMatch(/^(\d+[nac])+$/u);
    expect(4 + counted).toBe(length);
    expect(length).toBeLessThanOrEqual(34);
  });

  it('Denmark: 18 characters, reg.nr and kontonr as 14 digits', () => {
    expect(IBAN_COUNTRIES.DK).toEqual([18, '4n9n1n']);
    expect(IBAN_COUNTRIES.NO[0]).toBe(15);
    expect(IBAN_COUNTRIES.SE[0]).toBe(24);
  });
});

describe('formatIban', () => {
  it.each([
    ['DK5000400440116243', 'DK50 0040 0440 1162 43'],
    ['NO9386011117947', 'NO93 8601 1117 947'],
    ['BE68539007547034', 'BE68 5390 0754 7034'],
    ['', ''],
  ])('%s → %s', (value, display) => {
    expect(formatIban(value)).toBe(display);
  });
});

describe('properties', () => {
  it('ibanRemainder agrees with the long division', () => {
    fc.assert(
      fc.property(
        validIban(),
        fc.string({ unit: fc.constantFrom(...DIGITS, ...LETTERS), minLength: 5 }),
        (iban, other) => {
          expect(ibanRemainder(iban)).toBe(1);
          expect(BigInt(ibanRemainder(other))).toBe(remainder(other));
        },
      ),
    );
  });

  it('generated IBANs of every country are accepted, in print form too', () => {
    fc.assert(
      fc.property(validIban(), (iban) => {
        const result = parseIban(iban);
        expect(result).toEqual({
          ok: true,
          value: iban,
          display: formatIban(iban),
          country: iban.slice(0, 2),
        });
        expect(parseIban(formatIban(iban).toLowerCase())).toEqual(result);
        if (result.ok) expect(result.display.replace(/ /gu, '')).toBe(iban);
      }),
    );
  });

  it('any single-character change of a valid IBAN is rejected (countries whose layout separates letters and digits)', () => {
    fc.assert(
      fc.property(
        validIban(WITHOUT_MIXED),
        fc.nat(),
        fc.constantFrom(...DIGITS, ...LETTERS),
        (iban, at, char) => {
          const position = at % iban.length;
          fc.pre(iban[position] !== char);
          const changed = iban.slice(0, position) + char + iban.slice(position + 1);
          expect(parseIban(changed).ok, changed).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('any change of one character for another of its kind is rejected (every country)', () => {
    // MOD 97-10 catches every such change. Where a layout takes letters and digits alike (`c`), a
    // letter for a digit changes the number's length and slips through about once in 97 tries: no
    // check digit scheme of two digits can catch all of those, and the IBAN standard does not claim to.
    fc.assert(
      fc.property(validIban(), fc.nat(), fc.nat(), (iban, at, pick) => {
        const position = at % iban.length;
        const kind = DIGITS.includes(iban[position]) ? DIGITS : LETTERS;
        const char = kind[pick % kind.length];
        fc.pre(iban[position] !== char);
        const changed = iban.slice(0, position) + char + iban.slice(position + 1);
        expect(parseIban(changed).ok, changed).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('random strings never throw and failures carry only a code', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom(...'DK0123456789 ') }),
        (a, b) => {
          for (const input of [a, b]) {
            const result = parseIban(input);
            if (result.ok) expect(remainder(result.value)).toBe(1n);
            else {
              expect(Object.keys(result).sort()).toEqual(['code', 'ok']);
              expect(['required', 'ibanFormat', 'ibanChecksum']).toContain(result.code);
            }
          }
        },
      ),
    );
  });
});
