import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  daysInMonth,
  formatDate,
  isIsoDate,
  isLeapYear,
  parseDateParts,
  parseDateString,
  parseDateValue,
  splitDateString,
  splitIsoDate,
} from '../../../src/domain/dates.js';
import type { DateErrorCode, DatePart, DateResult } from '../../../src/domain/dates.js';

/** Independent oracle: the JS engine's UTC calendar (tests may use Date; the domain may not). */
function oracleDaysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0); // day 0 of the next month = last day of `month`
  return d.getUTCDate();
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const validDate = fc
  .integer({ min: 1, max: 9999 })
  .chain((y) =>
    fc
      .integer({ min: 1, max: 12 })
      .chain((m) => fc.integer({ min: 1, max: oracleDaysInMonth(y, m) }).map((d) => ({ y, m, d }))),
  );

const CODES: readonly DateErrorCode[] = [
  'required',
  'missingDay',
  'missingMonth',
  'missingYear',
  'yearDigits',
  'notReal',
  'min',
  'max',
  'future',
  'past',
];
const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** A failure holds exactly ok, code and part: never the input, never a message. */
function expectCleanFailure(result: DateResult): void {
  if (result.ok) return;
  expect(Object.keys(result).sort()).toEqual(['code', 'ok', 'part']);
  expect(CODES).toContain(result.code);
  expect(PARTS).toContain(result.part);
}

const parts = (s: string) => {
  const [day, month, year] = s.split('|');
  return { day, month, year };
};

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
    [4, true],
    [1, false],
  ])('%i → %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it('agrees with the Gregorian calendar for every year 1–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (y) => {
        expect(isLeapYear(y)).toBe(oracleDaysInMonth(y, 2) === 29);
      }),
    );
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
    [2025, 1, 31],
    [2025, 0, 0],
    [2025, 13, 0],
    [2025, 1.5, 0],
  ])('%i-%i → %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('agrees with the Gregorian calendar for every month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(oracleDaysInMonth(y, m));
      }),
    );
  });
});

describe('parseDateParts: §5.5 validity', () => {
  it.each([
    ['29|02|2024', '2024-02-29'],
    ['29|02|2000', '2000-02-29'],
    ['31|12|2025', '2025-12-31'],
    ['5|12|1985', '1985-12-05'],
    ['05|1|0999', '0999-01-05'],
    ['01|01|0001', '0001-01-01'],
    ['31|12|9999', '9999-12-31'],
    [' 5 |\t12| 1985 ', '1985-12-05'],
  ])('%s is accepted as %s', (input, value) => {
    expect(parseDateParts(parts(input))).toEqual({ ok: true, value });
  });

  it.each<[string, DateErrorCode, DatePart]>([
    ['31|02|2024', 'notReal', 'day'],
    ['29|02|2023', 'notReal', 'day'],
    ['29|02|1900', 'notReal', 'day'],
    ['31|04|2025', 'notReal', 'day'],
    ['0|04|2025', 'notReal', 'day'],
    ['32|01|2025', 'notReal', 'day'],
    ['001|01|2025', 'notReal', 'day'],
    ['1|13|2025', 'notReal', 'month'],
    ['1|0|2025', 'notReal', 'month'],
    ['1|00|2025', 'notReal', 'month'],
    ['32|13|2025', 'notReal', 'day'],
    ['29|2|85', 'yearDigits', 'year'],
    ['31|2|85', 'yearDigits', 'year'], // the year is checked before the day-in-month
    ['1|1|0000', 'notReal', 'year'],
    // Non-digits are `notReal` on the part that holds them.
    ['a|1|2025', 'notReal', 'day'],
    ['-5|1|2025', 'notReal', 'day'],
    ['+5|1|2025', 'notReal', 'day'],
    ['5.0|1|2025', 'notReal', 'day'],
    ['\uFF15|1|2025', 'notReal', 'day'], // full-width 5
    ['1|1a|2025', 'notReal', 'month'],
    ['1|1 2|2025', 'notReal', 'month'],
    ['1|1|19x5', 'notReal', 'year'],
    ['1|1|-2025', 'notReal', 'year'],
    ['1|1|85', 'yearDigits', 'year'],
    ['1|1|198', 'yearDigits', 'year'],
    ['1|1|19850', 'yearDigits', 'year'],
    ['1|13|85', 'notReal', 'month'], // the first wrong part wins
  ])('%s gives %s on %s', (input, code, part) => {
    expect(parseDateParts(parts(input))).toEqual({ ok: false, code, part });
  });
});

describe('parseDateParts: missing parts', () => {
  it.each<[string, DateErrorCode, DatePart]>([
    ['||', 'required', 'day'],
    ['  | \t |  ', 'required', 'day'],
    ['|12|1985', 'missingDay', 'day'],
    ['5||1985', 'missingMonth', 'month'],
    ['5|12|', 'missingYear', 'year'],
    ['||1985', 'missingDay', 'day'],
    ['5||', 'missingMonth', 'month'],
    ['|12|', 'missingDay', 'day'],
    ['x||', 'missingMonth', 'month'], // missing beats not real
  ])('%s gives %s on %s', (input, code, part) => {
    expect(parseDateParts(parts(input))).toEqual({ ok: false, code, part });
  });

  it('treats absent and null parts as empty', () => {
    expect(parseDateParts({})).toEqual({ ok: false, code: 'required', part: 'day' });
    expect(parseDateParts({ day: '1', month: null, year: '2000' })).toEqual({
      ok: false,
      code: 'missingMonth',
      part: 'month',
    });
  });
});

describe('parseDateParts: bounds', () => {
  const min = '2000-01-01';
  const max = '2025-06-30';
  it.each<[string, DateErrorCode | null]>([
    ['1|1|2000', null],
    ['31|12|1999', 'min'],
    ['30|6|2025', null],
    ['1|7|2025', 'max'],
    ['15|3|2010', null],
  ])('min/max are inclusive: %s → %s', (input, code) => {
    const result = parseDateParts(parts(input), { min, max });
    expect(result.ok ? null : result.code).toBe(code);
    if (!result.ok) expect(result.part).toBe('day');
  });

  const today = '2025-06-15';
  it.each<[string, { past?: boolean; future?: boolean }, DateErrorCode | null]>([
    ['15|6|2025', { past: true }, null],
    ['16|6|2025', { past: true }, 'future'],
    ['1|1|2026', { past: true }, 'future'],
    ['14|6|2025', { past: true }, null],
    ['15|6|2025', { future: true }, null],
    ['14|6|2025', { future: true }, 'past'],
    ['31|12|2024', { future: true }, 'past'],
    ['16|6|2025', { future: true }, null],
    ['1|1|2099', {}, null], // today alone restricts nothing
  ])('today %s: %s %j → %s', (input, flags, code) => {
    const result = parseDateParts(parts(input), { today, ...flags });
    expect(result.ok ? null : result.code).toBe(code);
  });

  it('checks min before max and both before past', () => {
    expect(parseDateParts(parts('1|1|1990'), { min, max, today, past: true })).toMatchObject({ code: 'min' });
    expect(parseDateParts(parts('1|1|2030'), { min, max, today, past: true })).toMatchObject({ code: 'max' });
  });

  it('throws RangeError on configuration errors, never on input', () => {
    expect(() => parseDateParts(parts('1|1|2000'), { min: '2000-1-1' })).toThrow(RangeError);
    expect(() => parseDateParts(parts('1|1|2000'), { max: '2023-02-29' })).toThrow(RangeError);
    expect(() => parseDateParts(parts('1|1|2000'), { today: 'today' })).toThrow(RangeError);
    expect(() => parseDateParts(parts('1|1|2000'), { past: true })).toThrow(RangeError);
    expect(() => parseDateParts(parts('1|1|2000'), { future: true })).toThrow(RangeError);
    // An invalid input is reported before the bounds are read.
    expect(parseDateParts(parts('x|1|2000'), { min: 'bad' })).toMatchObject({ code: 'notReal' });
  });
});

describe('parseDateString', () => {
  it.each([
    ['5/12/1985', '1985-12-05'],
    ['05.12.1985', '1985-12-05'],
    ['05-12-1985', '1985-12-05'],
    ['5 12 1985', '1985-12-05'],
    ['  05 - 12 - 1985  ', '1985-12-05'],
    ['5.12/1985', '1985-12-05'],
    ['29-2-2000', '2000-02-29'],
  ])('%j → %s', (input, value) => {
    expect(parseDateString(input)).toEqual({ ok: true, value });
  });

  it.each<[string, DateErrorCode, DatePart]>([
    ['05-12-85', 'yearDigits', 'year'],
    ['5/12/85', 'yearDigits', 'year'],
    ['', 'required', 'day'],
    ['   ', 'required', 'day'],
    ['5-12', 'missingYear', 'year'],
    ['5', 'missingMonth', 'month'],
    ['5--1985', 'missingMonth', 'month'],
    ['abc', 'notReal', 'day'],
    ['05121985', 'notReal', 'day'],
    ['5-12-1985-1', 'notReal', 'day'],
    ['5_12_1985', 'notReal', 'day'],
    ['31/02/2024', 'notReal', 'day'],
    ['1/13/2024', 'notReal', 'month'],
    ['29.02.1900', 'notReal', 'day'],
    ['1-jan-2024', 'notReal', 'month'],
  ])('%j gives %s on %s', (input, code, part) => {
    expect(parseDateString(input)).toEqual({ ok: false, code, part });
  });

  it('applies the same bounds as parseDateParts', () => {
    expect(parseDateString('1-1-2030', { today: '2025-01-01', past: true })).toMatchObject({
      code: 'future',
    });
    expect(parseDateString('1-1-2030', { max: '2029-12-31' })).toMatchObject({ code: 'max' });
  });
});

describe('parseDateValue (a posted YYYY-MM-DD, judged as the three parts would be)', () => {
  it.each([
    ['2027-03-01', '2027-03-01'],
    [' 2027-03-01 ', '2027-03-01'],
    ['2027-3-1', '2027-03-01'],
  ])('%j → %s', (input, value) => {
    expect(parseDateValue(input)).toEqual({ ok: true, value });
  });

  it.each<[string, DateErrorCode, DatePart]>([
    ['', 'required', 'day'],
    ['  ', 'required', 'day'],
    ['2024-02-31', 'notReal', 'day'],
    ['2024-13-01', 'notReal', 'month'],
    ['24-02-03', 'yearDigits', 'year'],
    ['0000-01-01', 'notReal', 'year'],
    ['01-03-2027', 'notReal', 'day'],
    ['i morgen', 'notReal', 'day'],
    ['2027/03/01', 'notReal', 'day'],
  ])('%j gives %s on %s', (input, code, part) => {
    expect(parseDateValue(input)).toEqual({ ok: false, code, part });
  });

  it('applies the same bounds as parseDateParts', () => {
    expect(parseDateValue('2019-05-01', { min: '2020-01-01' })).toEqual({
      ok: false,
      code: 'min',
      part: 'day',
    });
    expect(parseDateValue('2026-12-01', { today: '2026-12-05', future: true })).toMatchObject({
      code: 'past',
    });
  });

  it('agrees with parseDateParts on every real date it is given as a value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const [year, month, day] = [
            String(y).padStart(4, '0'),
            String(m).padStart(2, '0'),
            String(d).padStart(2, '0'),
          ];
          expect(parseDateValue(`${year}-${month}-${day}`)).toEqual(parseDateParts({ day, month, year }));
        },
      ),
    );
  });
});

describe('splitDateString', () => {
  it.each([
    ['05-12-1985', { day: '05', month: '12', year: '1985' }],
    ['5/12/1985', { day: '5', month: '12', year: '1985' }],
    [' 5 12 1985 ', { day: '5', month: '12', year: '1985' }],
    ['5 . 12 . 85', { day: '5', month: '12', year: '85' }],
    ['31-02-2024', { day: '31', month: '02', year: '2024' }],
    ['1985-12-05', { day: '05', month: '12', year: '1985' }],
    ['1985-1-5', { day: '5', month: '1', year: '1985' }],
    ['2024-2024-12', { day: '2024', month: '2024', year: '12' }],
  ])('%j → %j (parts as written, not judged)', (input, parts) => {
    expect(splitDateString(input)).toEqual(parts);
  });

  it.each([
    '',
    '   ',
    '05121985',
    '5-12',
    '5-12-1985-1',
    '1-jan-2024',
    'fem 12 1985',
    '5_12_1985',
    '-5-12-1985',
  ])('%j → undefined', (input) => {
    expect(splitDateString(input)).toBeUndefined();
  });

  it('gives parts that parseDateParts reads as parseDateString reads the whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 -./') }), (text) => {
        const parts = splitDateString(text);
        if (!parts) return;
        const [first, second, third] = text.trim().split(/\s*[-./]\s*|\s+/u) as [string, string, string];
        const isoOrder = /^\d{4}$/u.test(first) && /^\d{1,2}$/u.test(second) && /^\d{1,2}$/u.test(third);
        expect(parseDateParts(parts)).toEqual(
          parseDateString(isoOrder ? `${third}-${second}-${first}` : text),
        );
      }),
    );
  });
});

describe('formatDate, compareIsoDates, isIsoDate, splitIsoDate', () => {
  it.each([
    ['1985-12-05', '05-12-1985'],
    ['2000-01-01', '01-01-2000'],
    ['0999-02-03', '03-02-0999'],
  ])('formatDate(%s) → %s', (value, text) => {
    expect(formatDate(value)).toBe(text);
  });

  it.each([
    '1985-12-5',
    '85-12-05',
    '2023-02-29',
    '2025-13-01',
    '0000-01-01',
    '',
    ' 1985-12-05',
    '1985/12/05',
  ])('formatDate(%j) throws RangeError without echoing the input', (value) => {
    expect(() => formatDate(value)).toThrow(RangeError);
    try {
      formatDate(value);
    } catch (error) {
      if (value) expect((error as Error).message).not.toContain(value);
    }
  });

  it('compares dates', () => {
    expect(compareIsoDates('1999-12-31', '2000-01-01')).toBeLessThan(0);
    expect(compareIsoDates('2000-01-01', '2000-01-01')).toBe(0);
    expect(compareIsoDates('2000-02-01', '2000-01-31')).toBeGreaterThan(0);
    expect(() => compareIsoDates('2000-02-30', '2000-01-31')).toThrow(RangeError);
  });

  it('recognises and splits ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-29')).toBe(false);
    expect(splitIsoDate('1985-12-05')).toEqual({ day: '05', month: '12', year: '1985' });
    expect(splitIsoDate('1985-12-32')).toBeUndefined();
  });
});

describe('properties', () => {
  it('every valid date round-trips through parseDateParts, formatDate and parseDateString', () => {
    fc.assert(
      fc.property(validDate, fc.constantFrom('-', '.', '/', ' '), ({ y, m, d }, sep) => {
        const expected = iso(y, m, d);
        const parsed = parseDateParts({ day: String(d), month: String(m), year: String(y).padStart(4, '0') });
        expect(parsed).toEqual({ ok: true, value: expected });
        const text = formatDate(expected);
        expect(text).toBe(`${expected.slice(8)}-${expected.slice(5, 7)}-${expected.slice(0, 4)}`);
        expect(parseDateString(text)).toEqual({ ok: true, value: expected });
        expect(parseDateString(text.replaceAll('-', sep))).toEqual({ ok: true, value: expected });
        expect(splitIsoDate(expected)).toEqual({
          day: text.slice(0, 2),
          month: text.slice(3, 5),
          year: text.slice(6),
        });
      }),
    );
  });

  it('a day beyond the end of the month is always rejected on the day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 99 }),
        (y, m, d) => {
          const result = parseDateParts({
            day: String(d),
            month: String(m),
            year: String(y).padStart(4, '0'),
          });
          if (d > oracleDaysInMonth(y, m))
            expect(result).toEqual({ ok: false, code: 'notReal', part: 'day' });
          else expect(result.ok).toBe(true);
        },
      ),
    );
  });

  it('every accepted date lies within min and max', () => {
    fc.assert(
      fc.property(validDate, validDate, validDate, (a, b, c) => {
        const [min, max] = [iso(a.y, a.m, a.d), iso(b.y, b.m, b.d)].sort();
        const value = iso(c.y, c.m, c.d);
        const result = parseDateParts(
          { day: String(c.d), month: String(c.m), year: value.slice(0, 4) },
          { min, max },
        );
        const inside = min <= value && value <= max;
        expect(result.ok).toBe(inside);
      }),
    );
  });

  it('random strings never throw and failures carry only a code and a part', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string(),
        fc.string({ unit: fc.constantFrom(...'0123456789 -./x') }),
        (a, b, c) => {
          for (const result of [
            parseDateString(a),
            parseDateString(c),
            parseDateParts({ day: a, month: b, year: c }),
          ]) {
            expectCleanFailure(result);
            if (result.ok) expect(isIsoDate(result.value)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('purity', () => {
  it.each(['result.ts', 'dates.ts', 'cpr.ts', 'cvr.ts', 'phone.ts', 'index.ts'])(
    'src/domain/%s reads no clock and no DOM',
    (file) => {
      const source = readFileSync(new URL(`../../../src/domain/${file}`, import.meta.url), 'utf8');
      expect(source).not.toMatch(
        /new Date\b|Date\.(now|parse|UTC)\b|\b(document|window|navigator|localStorage)\b/,
      );
      expect(source).not.toMatch(/\bconsole\./);
    },
  );
});
