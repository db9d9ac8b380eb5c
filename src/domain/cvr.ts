/**
 * CVR numbers (company registration numbers), REQUIREMENTS §5.2.
 */
import type { ParseResult } from './result.js';

/**
 * Why a CVR number was rejected.
 * - `required`: the input is empty or only whitespace.
 * - `format`: not exactly 8 digits once spaces, hyphens and an optional `DK` prefix are removed.
 * - `checksum`: the weighted digit sum (weights 2, 7, 6, 5, 4, 3, 2, 1) is not divisible by 11.
 */
export type CvrErrorCode = 'required' | 'format' | 'checksum';

/** `{ ok: true, value: 'NNNNNNNN' }` or `{ ok: false, code }`. */
export type CvrResult = ParseResult<{ value: string }, CvrErrorCode>;

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * Parses a CVR number: trims, strips spaces and hyphens, allows a `DK` prefix (any case),
 * then requires 8 digits that pass the modulus-11 check. The value (and display form) is
 * the bare 8 digits.
 */
export function parseCvr(input: string): CvrResult {
  if (!input.trim()) return { ok: false, code: 'required' };
  let text = input.replace(/[\s-]+/g, '');
  if (/^dk/i.test(text)) text = text.slice(2);
  if (!/^\d{8}$/.test(text)) return { ok: false, code: 'format' };

  let sum = 0;
  for (let i = 0; i < 8; i++) sum += WEIGHTS[i] * Number(text[i]);
  if (sum % 11 !== 0) return { ok: false, code: 'checksum' };
  return { ok: true, value: text };
}
