// Phone fixtures are synthetic (12345678 and random digits).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../src/domain/phone.js';
import type { PhoneMode } from '../../../src/domain/phone.js';

const DK = { mode: 'dk' } as const;
const INTL = { mode: 'dk+intl' } as const;

describe('parsePhone: Danish numbers (§5.4) (T-5.4)', () => {
  it.each([
    '12345678',
    '12 34 56 78',
    '+45 12 34 56 78',
    '0045 12345678',
    '+45-1234-5678',
    '(+45) 12345678',
    '12.34.56.78',
    ' +4512345678 ',
    '1234 5678',
    '+45\u00a012\u00a034\u00a056\u00a078',
  ])('%j gives +4512345678 in both modes', (input) => {
    const expected = { ok: true, value: '+4512345678', display: '12 34 56 78' };
    expect(parsePhone(input, DK)).toEqual(expected);
    expect(parsePhone(input, INTL)).toEqual(expected);
  });

  it('defaults to dk mode', () => {
    expect(parsePhone('87654321')).toEqual({ ok: true, value: '+4587654321', display: '87 65 43 21' });
    expect(parsePhone('+46 70 123 45 67')).toEqual({ ok: false, code: 'notDanish' });
  });

  it.each([
    '1234567',
    '+45 1234567',
    '123456789',
    '+45 123456789',
    '4512345678',
    '045 12345678',
    '12345678a',
    'abc',
    '+',
    '++4512345678',
    '+45+12345678',
    '12/34/56/78',
    '+0 12345678',
    '000 12345678',
    '1234567\uFF18', // a full-width digit
  ])('%j gives format in both modes', (input) => {
    expect(parsePhone(input, DK)).toEqual({ ok: false, code: 'format' });
    expect(parsePhone(input, INTL)).toEqual({ ok: false, code: 'format' });
  });

  it.each(['', '  '])('%j gives required', (input) => {
    expect(parsePhone(input, DK)).toEqual({ ok: false, code: 'required' });
  });
});

describe('parsePhone: international numbers (§5.4)', () => {
  it.each([
    ['+46 70 123 45 67', '+46701234567'],
    ['0049 123 1234 1234', '+4912312341234'],
    ['+1 (202) 555-0100', '+12025550100'],
    ['+4612345 6', '+46123456'], // 8 digits in total
    ['+491234567890123', '+491234567890123'], // 15 digits in total
  ])('%j is accepted in dk+intl as %s and gives notDanish in dk', (input, value) => {
    expect(parsePhone(input, INTL)).toEqual({ ok: true, value, display: value });
    expect(parsePhone(input, DK)).toEqual({ ok: false, code: 'notDanish' });
  });

  it.each([
    '+4912345678901234', // 16 digits
    '0049 1234 5678 9012 34', // 16 digits
    '+4612345', // 7 digits
  ])('%j gives format in both modes', (input) => {
    expect(parsePhone(input, INTL)).toEqual({ ok: false, code: 'format' });
    expect(parsePhone(input, DK)).toEqual({ ok: false, code: 'format' });
  });
});

describe('properties', () => {
  // Danish subscriber numbers start with 2–9 (a leading 00 would be an international prefix).
  const eightDigits = fc
    .tuple(
      fc.integer({ min: 2, max: 9 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }),
    )
    .map(([first, rest]) => `${first}${rest.join('')}`);
  const mode = fc.constantFrom<PhoneMode>('dk', 'dk+intl');

  it('every common way of writing a Danish number gives the same value', () => {
    fc.assert(
      fc.property(
        eightDigits,
        fc.constantFrom('', '+45', '0045', '(+45)', '+45 ', '0045-'),
        fc.array(fc.constantFrom('', ' ', '-', '.'), { minLength: 8, maxLength: 8 }),
        mode,
        (digits, prefix, gaps, m) => {
          const input = prefix + [...digits].map((digit, i) => gaps[i] + digit).join('');
          const display = digits.replace(/(\d\d)(\d\d)(\d\d)(\d\d)/, '$1 $2 $3 $4');
          expect(parsePhone(input, { mode: m })).toEqual({ ok: true, value: `+45${digits}`, display });
        },
      ),
    );
  });

  it('foreign numbers of 8–15 digits are accepted only in dk+intl', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 16 }),
        fc.constantFrom('+', '00'),
        (first, rest, prefix) => {
          const digits = `${first}${rest.join('')}`;
          fc.pre(!digits.startsWith('45'));
          const inRange = digits.length >= 8 && digits.length <= 15;
          const intl = parsePhone(prefix + digits, INTL);
          const dk = parsePhone(prefix + digits, DK);
          if (inRange) {
            expect(intl).toEqual({ ok: true, value: `+${digits}`, display: `+${digits}` });
            expect(dk).toEqual({ ok: false, code: 'notDanish' });
          } else {
            expect(intl).toEqual({ ok: false, code: 'format' });
            expect(dk).toEqual({ ok: false, code: 'format' });
          }
        },
      ),
    );
  });

  it('random strings never throw and failures carry only a code', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom(...'0123456789 -.()+') }),
        mode,
        (a, b, m) => {
          for (const input of [a, b]) {
            const result = parsePhone(input, { mode: m });
            if (result.ok) {
              expect(result.value).toMatch(/^\+[1-9]\d{7,14}$/);
            } else {
              expect(Object.keys(result).sort()).toEqual(['code', 'ok']);
              expect(['required', 'format', 'notDanish']).toContain(result.code);
            }
          }
        },
      ),
    );
  });
});
