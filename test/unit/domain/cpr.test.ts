// Every CPR number here is generated from a date and a sequence number; none is a real person's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCpr, parseCpr } from '../../../src/domain/cpr.js';
import type { CprErrorCode, CprResult } from '../../../src/domain/cpr.js';

const FAR_FUTURE = { today: '2060-01-01' };
const NOW = { today: '2025-06-15' };

/** Builds a CPR number from a date ddmmyy and a 4-digit sequence. */
const cpr = (ddmmyy: string, sequence: string) => `${ddmmyy}${sequence}`;

/** The century table of REQUIREMENTS §5.1, written as year ranges per 7th digit (independent oracle). */
const YEAR_RANGES: Record<number, Array<[number, number]>> = {
  0: [[1900, 1999]],
  1: [[1900, 1999]],
  2: [[1900, 1999]],
  3: [[1900, 1999]],
  4: [
    [2000, 2036],
    [1937, 1999],
  ],
  9: [
    [2000, 2036],
    [1937, 1999],
  ],
  5: [
    [2000, 2057],
    [1858, 1899],
  ],
  6: [
    [2000, 2057],
    [1858, 1899],
  ],
  7: [
    [2000, 2057],
    [1858, 1899],
  ],
  8: [
    [2000, 2057],
    [1858, 1899],
  ],
};

function oracleDaysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A random birth date and sequence number that the century table can express. */
const generatedCpr = fc
  .integer({ min: 0, max: 9 })
  .chain((seventh) =>
    fc.constantFrom(...YEAR_RANGES[seventh]).chain(([lo, hi]) =>
      fc.record({
        seventh: fc.constant(seventh),
        year: fc.integer({ min: lo, max: hi }),
        month: fc.integer({ min: 1, max: 12 }),
        rest: fc.integer({ min: 0, max: 999 }),
      }),
    ),
  )
  .chain((g) => fc.integer({ min: 1, max: oracleDaysInMonth(g.year, g.month) }).map((day) => ({ ...g, day })))
  .map(({ seventh, year, month, day, rest }) => ({
    value: `${pad(day)}${pad(month)}${pad(year % 100)}${seventh}${pad(rest, 3)}`,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
  }));

const SEPARATORS = ['', '-', '\u2013', ' ', '\u00a0'];

/** The classic modulus-11 test that CPR no longer guarantees. */
function passesMod11(value: string): boolean {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return weights.reduce((sum, w, i) => sum + w * Number(value[i]), 0) % 11 === 0;
}

/** A failure is exactly `{ ok: false, code }`: the number never travels in an error. */
function expectCleanFailure(result: CprResult): void {
  if (result.ok) return;
  expect(Object.keys(result).sort()).toEqual(['code', 'ok']);
  expect(['required', 'format', 'date', 'future']).toContain(result.code);
}

describe('parseCpr: century table boundaries (today 2060-01-01)', () => {
  it.each([
    ['010136', '4000', '2036-01-01'],
    ['010137', '4000', '1937-01-01'],
    ['010136', '9000', '2036-01-01'],
    ['010137', '9000', '1937-01-01'],
    ['010158', '4000', '1958-01-01'],
    ['010158', '9000', '1958-01-01'],
    ['010157', '5000', '2057-01-01'],
    ['010158', '5000', '1858-01-01'],
    ['010157', '6000', '2057-01-01'],
    ['010158', '6000', '1858-01-01'],
    ['010157', '7000', '2057-01-01'],
    ['010158', '7000', '1858-01-01'],
    ['010157', '8999', '2057-01-01'],
    ['311258', '8999', '1858-12-31'],
    ['010136', '5000', '2036-01-01'],
    ['010137', '5000', '2037-01-01'],
    ['010100', '0000', '1900-01-01'],
    ['311299', '3999', '1999-12-31'],
    ['010136', '3000', '1936-01-01'],
    ['010137', '2000', '1937-01-01'],
    ['010158', '1000', '1958-01-01'],
    ['010100', '4000', '2000-01-01'],
    ['010199', '9000', '1999-01-01'],
  ])('%s-%s → %s', (date, sequence, birthDate) => {
    expect(parseCpr(`${date}-${sequence}`, FAR_FUTURE)).toEqual({
      ok: true,
      value: cpr(date, sequence),
      birthDate,
    });
  });

  it.each([
    ['010136', '4000'],
    ['010157', '5000'],
    ['010136', '9000'],
  ])('%s-%s lies in the future on 2025-06-15', (date, sequence) => {
    expect(parseCpr(cpr(date, sequence), NOW)).toEqual({ ok: false, code: 'future' });
  });
});

describe('parseCpr: dates (T-5.1)', () => {
  it('accepts 29 February 2000 (leap year) and rejects 29 February 1900', () => {
    expect(parseCpr('290200-4123', NOW)).toEqual({ ok: true, value: '2902004123', birthDate: '2000-02-29' });
    expect(parseCpr('290200-0123', NOW)).toEqual({ ok: false, code: 'date' });
  });

  it.each([
    '300200-4123', // 30 February
    '310490-1234', // 31 April
    '290201-4123', // 2001 is not a leap year
    '001290-1234', // day 00
    '321290-1234', // day 32
    '010090-1234', // month 00
    '011390-1234', // month 13
    '290257-3000', // 1957 is not a leap year
  ])('%s gives date', (input) => {
    expect(parseCpr(input, FAR_FUTURE)).toEqual({ ok: false, code: 'date' });
  });

  it('accepts a birth date of today and rejects tomorrow', () => {
    expect(parseCpr('150625-4000', NOW)).toMatchObject({ ok: true, birthDate: '2025-06-15' });
    expect(parseCpr('160625-4000', NOW)).toEqual({ ok: false, code: 'future' });
  });

  it('accepts numbers with a valid date that fail modulus 11', () => {
    const numbers = Array.from({ length: 11 }, (_, i) => cpr('010190', String(1230 + i)));
    const failing = numbers.filter((n) => !passesMod11(n));
    expect(failing.length).toBeGreaterThanOrEqual(10);
    for (const n of failing) expect(parseCpr(n, NOW)).toMatchObject({ ok: true, value: n });
  });

  it('derives nothing but the value and the birth date', () => {
    const result = parseCpr('010190-1235', NOW);
    expect(Object.keys(result).sort()).toEqual(['birthDate', 'ok', 'value']);
  });

  it('throws RangeError for an invalid today (configuration error)', () => {
    expect(() => parseCpr('010190-1234', { today: '2025-6-1' })).toThrow(RangeError);
  });
});

describe('parseCpr: input forms', () => {
  it.each([
    '0101901234',
    '010190-1234',
    '010190\u20131234',
    '010190 1234',
    '010190\u00a01234',
    '  010190-1234  ',
    '\t0101901234\n',
  ])('%j normalises to 0101901234', (input) => {
    expect(parseCpr(input, NOW)).toEqual({ ok: true, value: '0101901234', birthDate: '1990-01-01' });
  });

  it.each([
    '01019-01234',
    '010190-123',
    'abcdef-1234',
    '0101901234x',
    '01019012345',
    '010190123',
    '010190--1234',
    '010190 - 1234',
    '0101-901234',
    '010190_1234',
    '010190\t1234',
    '010190/1234',
    '010190\u20141234', // em dash
    '\uFF10101901234', // a full-width digit
    '+010190-1234',
  ])('%j gives format', (input) => {
    expect(parseCpr(input, NOW)).toEqual({ ok: false, code: 'format' });
  });

  it.each(['', '   ', '\u00a0'])('%j gives required', (input) => {
    expect(parseCpr(input, NOW)).toEqual({ ok: false, code: 'required' });
  });
});

describe('formatCpr', () => {
  it.each([
    ['0101901234', {}, '010190-1234'],
    ['0101901234', { mask: false }, '010190-1234'],
    ['0101901234', { mask: true }, '010190-xxxx'],
    ['010190 1234', { mask: true }, '010190-xxxx'],
    ['010190\u20131234', {}, '010190-1234'],
  ])('formatCpr(%j, %j) → %s', (value, options, text) => {
    expect(formatCpr(value, options)).toBe(text);
  });

  it('formats without options', () => {
    expect(formatCpr('2902004123')).toBe('290200-4123');
  });

  it.each(['010190123', 'abc', ''])('throws RangeError for %j without echoing it', (value) => {
    expect(() => formatCpr(value)).toThrow(RangeError);
    try {
      formatCpr(value);
    } catch (error) {
      if (value) expect((error as Error).message).not.toContain(value);
    }
  });
});

describe('properties', () => {
  it('a number generated from a date and a sequence digit parses back to that date', () => {
    fc.assert(
      fc.property(generatedCpr, ({ value, birthDate }) => {
        expect(parseCpr(value, FAR_FUTURE)).toEqual({ ok: true, value, birthDate });
      }),
    );
  });

  it('every separator form normalises to the same value, and formatCpr restores the hyphen', () => {
    fc.assert(
      fc.property(generatedCpr, fc.constantFrom(...SEPARATORS), ({ value }, sep) => {
        const input = `${value.slice(0, 6)}${sep}${value.slice(6)}`;
        const result = parseCpr(input, FAR_FUTURE);
        expect(result).toMatchObject({ ok: true, value });
        expect(formatCpr(input)).toBe(`${value.slice(0, 6)}-${value.slice(6)}`);
        expect(formatCpr(input, { mask: true })).toBe(`${value.slice(0, 6)}-xxxx`);
      }),
    );
  });

  it('a date the month does not have is always rejected with date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 9 }),
        (dd, mm, yy, seventh) => {
          const value = `${pad(dd)}${pad(mm)}${pad(yy)}${seventh}000`;
          const year = YEAR_RANGES[seventh]
            .map(([lo]) => lo - (lo % 100) + yy)
            .find((y) => YEAR_RANGES[seventh].some(([lo, hi]) => y >= lo && y <= hi))!;
          const real = mm >= 1 && mm <= 12 && dd >= 1 && dd <= oracleDaysInMonth(year, mm);
          const code: CprErrorCode | undefined = real ? undefined : 'date';
          const result = parseCpr(value, FAR_FUTURE);
          expect(result.ok ? undefined : result.code).toBe(code);
        },
      ),
    );
  });

  it('random strings never throw and failures carry only a code', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom(...'0123456789-\u2013 \u00a0x') }),
        (a, b) => {
          for (const input of [a, b]) {
            const result = parseCpr(input, NOW);
            expectCleanFailure(result);
            if (result.ok) expect(result.value).toMatch(/^\d{10}$/);
          }
        },
      ),
    );
  });
});
