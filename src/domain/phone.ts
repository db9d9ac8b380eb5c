/**
 * Phone numbers, REQUIREMENTS §5.4: Danish 8-digit numbers, and in `dk+intl` mode foreign
 * numbers in E.164 form.
 */
import type { ParseResult } from './result.js';

/** `dk`: Danish numbers only. `dk+intl`: also foreign numbers with a country code. */
export type PhoneMode = 'dk' | 'dk+intl';

/**
 * Why a phone number was rejected.
 * - `required`: the input is empty or only whitespace.
 * - `format`: not an optional `+45` plus 8 digits, nor (any mode) a `+`/`00` country code other
 *   than 45 with 8–15 digits in total; letters and other characters also give `format`.
 * - `notDanish`: a well-formed foreign number in `dk` mode.
 */
export type PhoneErrorCode = 'required' | 'format' | 'notDanish';

/**
 * `{ ok: true, value, display }` or `{ ok: false, code }`. `value` is E.164 (`+4512345678`);
 * `display` is `12 34 56 78` for a Danish number and the E.164 value for a foreign one.
 */
export type PhoneResult = ParseResult<{ value: string; display: string }, PhoneErrorCode>;

/**
 * Parses a phone number written in any common way: spaces, hyphens, dots and parentheses are
 * stripped and a leading `00` becomes `+`. Without a country code the number must be Danish.
 * `mode` defaults to `dk`.
 */
export function parsePhone(input: string, options: { mode?: PhoneMode } = {}): PhoneResult {
  if (!input.trim()) return { ok: false, code: 'required' };
  let text = input.replace(/[\s\-.()]+/g, '');
  if (text.startsWith('00')) text = `+${text.slice(2)}`;
  if (/^\d{8}$/.test(text)) text = `+45${text}`;
  if (!/^\+[1-9]\d*$/.test(text)) return { ok: false, code: 'format' };

  const digits = text.slice(1); // country codes are prefix-free: only Denmark starts with 45
  if (digits.startsWith('45')) {
    if (digits.length !== 10) return { ok: false, code: 'format' };
    const local = digits.slice(2);
    const display = `${local.slice(0, 2)} ${local.slice(2, 4)} ${local.slice(4, 6)} ${local.slice(6)}`;
    return { ok: true, value: text, display };
  }
  if (digits.length < 8 || digits.length > 15) return { ok: false, code: 'format' };
  if (options.mode !== 'dk+intl') return { ok: false, code: 'notDanish' };
  return { ok: true, value: text, display: text };
}
