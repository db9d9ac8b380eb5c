/**
 * Calendar dates as dd-mm-åååå input and `YYYY-MM-DD` values (REQUIREMENTS §5.5).
 *
 * Pure integer arithmetic on the proleptic Gregorian calendar, years 0001–9999. Nothing here
 * reads the clock or builds a `Date`, so the time zone has no effect: "today" is always passed
 * in as an ISO string.
 */
import type { ParseResult } from './result.js';

/** The input that an error points at (the error summary links to it). */
export type DatePart = 'day' | 'month' | 'year';

/**
 * Why a date was rejected.
 * - `required`: all three parts are empty.
 * - `missingDay` / `missingMonth` / `missingYear`: that part (the first missing one) is empty.
 * - `yearDigits`: the year is digits but not exactly 4 of them (two-digit years are ambiguous).
 * - `notReal`: a part holds anything but ASCII digits (letters, signs, decimals), or the date
 *   does not exist (month 13, 31-02, 29-02 in a common year, year 0000).
 * - `min` / `max`: before `min` / after `max` (both inclusive bounds).
 * - `future`: after `today` while `past: true` is set.
 * - `past`: before `today` while `future: true` is set.
 */
export type DateErrorCode =
  | 'required'
  | 'missingDay'
  | 'missingMonth'
  | 'missingYear'
  | 'yearDigits'
  | 'notReal'
  | 'min'
  | 'max'
  | 'future'
  | 'past';

/** The three raw inputs of a date field, as typed. Surrounding whitespace is ignored. */
export interface DateParts {
  day?: string | null;
  month?: string | null;
  year?: string | null;
}

/** Optional bounds. Every date here is an ISO `YYYY-MM-DD` string. */
export interface DateOptions {
  /** Earliest allowed date, inclusive. */
  min?: string;
  /** Latest allowed date, inclusive. */
  max?: string;
  /** Today's date, from the injected clock. Required with `past` or `future`. */
  today?: string;
  /** The date must be today or earlier (e.g. a birth date); a later date gives `future`. */
  past?: boolean;
  /** The date must be today or later (e.g. a moving date); an earlier date gives `past`. */
  future?: boolean;
}

/** `{ ok: true, value: 'YYYY-MM-DD' }` or `{ ok: false, code, part }`. */
export type DateResult = ParseResult<{ value: string }, DateErrorCode, { part: DatePart }>;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_OR_MONTH = /^\d{1,2}$/;
const DIGITS = /^\d+$/;
/** A `year-month-day` value as written, any number of digits in each part. */
const ISO_SHAPE = /^(\d+)-(\d+)-(\d+)$/;
/** `-`, `.` or `/` with optional spaces around it, or a run of spaces. */
const SEPARATOR = /\s*[-./]\s*|\s+/;

/** Whether `year` is a Gregorian leap year: divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Whether `value` is a real date written exactly as `YYYY-MM-DD` (year 0001–9999). */
export function isIsoDate(value: string): boolean {
  return splitIsoDate(value) !== undefined;
}

/**
 * Splits a valid ISO date into zero-padded parts (`{ day: '05', month: '12', year: '1985' }`),
 * e.g. to fill the three inputs from a value. Returns `undefined` for anything else.
 */
export function splitIsoDate(value: string): { day: string; month: string; year: string } | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return isRealDate(Number(year), Number(month), Number(day)) ? { day, month, year } : undefined;
}

/**
 * Compares two ISO dates: negative if `a` is earlier, 0 if equal, positive if later.
 * @throws RangeError if either is not a real `YYYY-MM-DD` date (a configuration error).
 */
export function compareIsoDates(a: string, b: string): number {
  if (!isIsoDate(a) || !isIsoDate(b)) throw new RangeError('compareIsoDates: expected YYYY-MM-DD dates');
  return a < b ? -1 : a > b ? 1 : 0; // fixed-width, zero-padded: string order is date order
}

/**
 * Formats an ISO date as `dd-mm-åååå`, zero-padded: `'1985-12-05'` → `'05-12-1985'`.
 * @throws RangeError if `iso` is not a real `YYYY-MM-DD` date.
 */
export function formatDate(iso: string): string {
  const parts = splitIsoDate(iso);
  if (!parts) throw new RangeError('formatDate: expected a YYYY-MM-DD date');
  return `${parts.day}-${parts.month}-${parts.year}`;
}

/**
 * Parses the three inputs of a date field into `YYYY-MM-DD`.
 *
 * Checks run in this order, so `part` is the first input that needs fixing: empty parts
 * (`required`, then `missingDay`/`missingMonth`/`missingYear`); then each part on its own, day,
 * month, year: the day must be 1–2 digits in 1–31 and the month 1–2 digits in 1–12 (else
 * `notReal`), the year only digits (else `notReal`), exactly 4 of them (else `yearDigits`) and
 * not 0000 (`notReal`); then a day the month does not have in that year (`notReal` on day).
 * Last the bounds `min`, `max`, `past`, `future`, which concern the whole date and so point at
 * `day`, the first input.
 * @throws RangeError if `min`, `max` or `today` is not a real ISO date, or `past`/`future` is set
 *   without `today` (configuration errors; user input never throws).
 */
export function parseDateParts(parts: DateParts, options: DateOptions = {}): DateResult {
  const day = (parts.day ?? '').trim();
  const month = (parts.month ?? '').trim();
  const year = (parts.year ?? '').trim();

  if (!day && !month && !year) return fail('required', 'day');
  if (!day) return fail('missingDay', 'day');
  if (!month) return fail('missingMonth', 'month');
  if (!year) return fail('missingYear', 'year');
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!DAY_OR_MONTH.test(day) || d < 1 || d > 31) return fail('notReal', 'day');
  if (!DAY_OR_MONTH.test(month) || m < 1 || m > 12) return fail('notReal', 'month');
  if (!DIGITS.test(year)) return fail('notReal', 'year');
  if (year.length !== 4) return fail('yearDigits', 'year');
  if (y < 1) return fail('notReal', 'year');
  if (d > daysInMonth(y, m)) return fail('notReal', 'day');

  const value = `${year}-${pad2(m)}-${pad2(d)}`;
  const bound = checkBounds(value, options);
  return bound ? fail(bound, 'day') : { ok: true, value };
}

/**
 * Parses a date typed as one string: day, month and 4-digit year separated by `-`, `.`, `/` or
 * spaces, with 1–2 digit day and month (`'5/12/1985'`, `'05.12.1985'`, `' 5 12 1985 '`).
 * Gives the same codes as {@link parseDateParts}: a two-digit year gives `yearDigits`; one or two
 * 1–2 digit numbers (`'5-12'`) give the `missing…` code of the first absent part; anything else
 * (letters, more than three parts, `'05121985'` without separators) gives `notReal` on `day`.
 * @throws RangeError on invalid `options`, as {@link parseDateParts}.
 */
export function parseDateString(input: string, options: DateOptions = {}): DateResult {
  const text = input.trim();
  if (!text) return parseDateParts({}, options);
  const tokens = text.split(SEPARATOR);
  if (tokens.length > 3 || (tokens.length < 3 && !tokens.every((t) => DAY_OR_MONTH.test(t)))) {
    return fail('notReal', 'day');
  }
  const [day, month, year] = tokens;
  return parseDateParts({ day, month, year }, options);
}

/**
 * Judges the submitted value of a date field, `YYYY-MM-DD`, with the same codes as the three parts
 * it came from (a server re-checking a posted date runs the same rules as the page): empty gives
 * `required`; a `year-month-day` shape of ASCII digits goes through {@link parseDateParts} (so
 * `'2024-02-31'` gives `notReal` on `day` and `'24-02-03'` gives `yearDigits`); anything else gives
 * `notReal` on `day`.
 * @throws RangeError on invalid `options`, as {@link parseDateParts}.
 */
export function parseDateValue(value: string, options: DateOptions = {}): DateResult {
  const text = value.trim();
  if (!text) return parseDateParts({}, options);
  const shape = ISO_SHAPE.exec(text);
  if (!shape) return fail('notReal', 'day');
  const [, year, month, day] = shape as unknown as [string, string, string, string];
  return parseDateParts({ day, month, year }, options);
}

/**
 * Splits a date written as one string into its three parts as written, without judging them, e.g.
 * to spread a pasted date over the three inputs of a date field. Accepts day, month and year as
 * runs of ASCII digits separated by `-`, `.`, `/` or spaces (`'05-12-1985'`, `'5/12/85'`,
 * `' 5 12 1985 '`), and an ISO date in `YYYY-MM-DD` order (a 4-digit first part followed by two
 * 1–2 digit parts: `'1985-12-05'`). Returns `undefined` for anything else (letters, two or four
 * parts, `'05121985'`), so the caller can leave the text to the single input it was typed into.
 */
export function splitDateString(input: string): { day: string; month: string; year: string } | undefined {
  const text = input.trim();
  if (!text) return undefined;
  const tokens = text.split(SEPARATOR);
  if (tokens.length !== 3 || !tokens.every((t) => DIGITS.test(t))) return undefined;
  const [first, second, third] = tokens as [string, string, string];
  if (first.length === 4 && DAY_OR_MONTH.test(second) && DAY_OR_MONTH.test(third)) {
    return { day: third, month: second, year: first };
  }
  return { day: first, month: second, year: third };
}

function checkBounds(value: string, options: DateOptions): DateErrorCode | undefined {
  const { min, max, today, past, future } = options;
  if ((past || future) && today === undefined) {
    throw new RangeError('parseDateParts: `today` is required with `past` or `future`');
  }
  if (min !== undefined && compareIsoDates(value, min) < 0) return 'min';
  if (max !== undefined && compareIsoDates(value, max) > 0) return 'max';
  if (today !== undefined) {
    const relative = compareIsoDates(value, today); // also validates `today` when it is unused
    if (past && relative > 0) return 'future';
    if (future && relative < 0) return 'past';
  }
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && day >= 1 && day <= daysInMonth(year, month);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function fail(code: DateErrorCode, part: DatePart): DateResult {
  return { ok: false, code, part };
}
