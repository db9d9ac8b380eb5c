/**
 * CPR numbers (personnumre), REQUIREMENTS §5.1.
 *
 * The date and century are checked; the modulus-11 check is deliberately absent (CPR has
 * issued numbers that fail it since 1 October 2007 and asks every system to accept them), and
 * nothing here derives sex from the last digit. Error results never contain the number.
 */
import { compareIsoDates, daysInMonth } from './dates.js';
import type { ParseResult } from './result.js';

/**
 * Why a CPR number was rejected.
 * - `required`: the input is empty or only whitespace.
 * - `format`: not 10 digits with at most one separator (hyphen, en dash, space or no-break
 *   space) between digit 6 and 7.
 * - `date`: the first 6 digits are not a real date ddmmåå in the century the 7th digit gives.
 * - `future`: the birth date is after `today`.
 */
export type CprErrorCode = 'required' | 'format' | 'date' | 'future';

/** `{ ok: true, value: 'DDMMYYSSSS', birthDate: 'YYYY-MM-DD' }` or `{ ok: false, code }`. */
export type CprResult = ParseResult<{ value: string; birthDate: string }, CprErrorCode>;

/** Six date digits, an optional single separator, four sequence digits. */
const CPR_PATTERN = /^(\d{6})[-\u2013 \u00a0]?(\d{4})$/;

/**
 * The full birth year from the two-digit year `yy` and the 7th digit of the number, per the
 * CPR office's century table.
 */
function birthYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy; // 5–8
}

/**
 * Parses a CPR number typed as `DDMMYY-SSSS`, `DDMMYYSSSS` or `DDMMYY SSSS` (surrounding
 * whitespace ignored; the separator may be a hyphen, en dash, space or no-break space).
 * `today` is an ISO `YYYY-MM-DD` date from the injected clock.
 * @throws RangeError if `today` is not a real ISO date (a configuration error).
 */
export function parseCpr(input: string, options: { today: string }): CprResult {
  const text = input.trim();
  if (!text) return { ok: false, code: 'required' };
  const match = CPR_PATTERN.exec(text);
  if (!match) return { ok: false, code: 'format' };
  const [, date, sequence] = match as unknown as [string, string, string];

  const day = Number(date.slice(0, 2));
  const month = Number(date.slice(2, 4));
  const year = birthYear(Number(date.slice(4, 6)), Number(sequence[0]));
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, code: 'date' };

  const birthDate = `${year}-${date.slice(2, 4)}-${date.slice(0, 2)}`;
  if (compareIsoDates(birthDate, options.today) > 0) return { ok: false, code: 'future' };
  return { ok: true, value: date + sequence, birthDate };
}

/**
 * Formats a CPR number as `DDMMYY-SSSS`, or `DDMMYY-xxxx` with `mask` (receipts mask by
 * default; the summary shows the full number). Accepts every form {@link parseCpr} accepts.
 * @throws RangeError if `value` is not 10 digits in an accepted form (the message omits it).
 */
export function formatCpr(value: string, options: { mask?: boolean } = {}): string {
  const match = CPR_PATTERN.exec(value.trim());
  if (!match) throw new RangeError('formatCpr: expected a 10-digit CPR number');
  return `${match[1]}-${options.mask ? 'xxxx' : match[2]}`;
}
