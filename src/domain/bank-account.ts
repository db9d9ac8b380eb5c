/**
 * Danish bank accounts (registreringsnummer + kontonummer), REQUIREMENTS §5.6: only where NemKonto
 * does not apply (a refund from a private body, a deposit).
 */
import type { ParseResult } from './result.js';

/** The two parts of a Danish account as the citizen typed them. */
export interface DanishAccountParts {
  readonly reg: string;
  readonly account: string;
}

/**
 * Why an account was rejected.
 * - `required`: both parts empty (after spaces and hyphens are removed).
 * - `reg`: the registreringsnummer is not exactly 4 digits.
 * - `account`: the kontonummer is not 1–10 digits.
 */
export type DanishAccountErrorCode = 'required' | 'reg' | 'account';

/**
 * `{ ok: true, value: 'RRRR-KKKKKKKKKK', reg, account }` (the kontonummer left-padded with zeros to
 * 10 digits), or `{ ok: false, code }`.
 */
export type DanishAccountResult = ParseResult<
  { value: string; reg: string; account: string },
  DanishAccountErrorCode
>;

const SEPARATORS = /[\s-]+/gu;

/**
 * Parses a Danish account: spaces and hyphens are removed from both parts; the reg.nr must be 4
 * digits and the kontonr 1–10 digits. No bank's own check digits are applied: they differ from bank
 * to bank, and no public source covers them all.
 */
export function parseDanishAccount(parts: DanishAccountParts): DanishAccountResult {
  const reg = parts.reg.replace(SEPARATORS, '');
  const account = parts.account.replace(SEPARATORS, '');
  if (reg === '' && account === '') return { ok: false, code: 'required' };
  if (!/^[0-9]{4}$/u.test(reg)) return { ok: false, code: 'reg' };
  if (!/^[0-9]{1,10}$/u.test(account)) return { ok: false, code: 'account' };
  const padded = account.padStart(10, '0');
  return { ok: true, value: `${reg}-${padded}`, reg, account: padded };
}

/**
 * The parts a written account fills in (a server's `value`): `RRRR-KKKKKKKKKK` is split at its first
 * hyphen, 14 digits after the fourth, and anything else goes whole into the kontonummer, so that
 * nothing written is lost.
 */
export function splitDanishAccount(value: string): DanishAccountParts {
  const text = value.trim();
  const hyphen = text.indexOf('-');
  if (hyphen >= 0) return { reg: text.slice(0, hyphen).trim(), account: text.slice(hyphen + 1).trim() };
  if (/^[0-9]{14}$/u.test(text)) return { reg: text.slice(0, 4), account: text.slice(4) };
  return { reg: '', account: text };
}
