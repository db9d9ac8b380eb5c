import type { CprResult } from '../domain/cpr.js';
import type { CvrResult } from '../domain/cvr.js';
import type { PhoneResult } from '../domain/phone.js';
import type { BuiltInValidator, ValidityFlag } from './validator.js';
import type { MessageKey } from '../i18n/types.js';

/** What the CPR rules read from a control: the parse of its text (against its `today`). */
export interface CprConstraints {
  readonly required: boolean;
  readonly cprResult: CprResult;
}

/** What the CVR rules read from a control. */
export interface CvrConstraints {
  readonly required: boolean;
  readonly cvrResult: CvrResult;
}

/** What the phone rules read from a control; `allowForeign` picks the `format` message. */
export interface PhoneConstraints {
  readonly required: boolean;
  readonly allowForeign: boolean;
  readonly phoneResult: PhoneResult;
}

/** A domain parse, seen only through its outcome and code (never its value). */
type Outcome = { readonly ok: true } | { readonly ok: false; readonly code: string };

/** One domain code: its catalogue key, its `ValidityState` flag, and when it applies. */
type Rule<C> = readonly [
  code: string,
  key: MessageKey,
  flag: ValidityFlag,
  applies?: (control: C) => boolean,
];

/**
 * One validator per domain code. The domain's `required` (empty text) is an error only for a
 * `required` control: an optional empty field has no value, and that is fine. The parameters are
 * always `{}`: a message never carries the value.
 */
function codeValidators<C extends { readonly required: boolean }>(
  outcome: (control: C) => Outcome,
  rules: readonly Rule<C>[],
): readonly BuiltInValidator<C>[] {
  return rules.map(([code, key, flag, applies]) => ({
    key,
    flag,
    check: (control: C) => {
      const result = outcome(control);
      if (result.ok || result.code !== code) return null;
      if (code === 'required' && !control.required) return null;
      if (applies && !applies(control)) return null;
      return {};
    },
  }));
}

/**
 * The built-in rules of `bf-cpr-input` (REQUIREMENTS §5.1), keyed by domain code:
 * `required` → `cprRequired` (valueMissing), `format` → `cprFormat` (patternMismatch),
 * `date` → `cprDate` (badInput: the right shape, but not a real date), `future` → `cprFuture`
 * (rangeOverflow).
 */
export const cprValidators: readonly BuiltInValidator<CprConstraints>[] = codeValidators<CprConstraints>(
  (c) => c.cprResult,
  [
    ['required', 'cprRequired', 'valueMissing'],
    ['format', 'cprFormat', 'patternMismatch'],
    ['date', 'cprDate', 'badInput'],
    ['future', 'cprFuture', 'rangeOverflow'],
  ],
);

/**
 * The built-in rules of `bf-cvr-input` (REQUIREMENTS §5.2): `required` → `cvrRequired`
 * (valueMissing), `format` → `cvrFormat` (patternMismatch), `checksum` → `cvrChecksum` (badInput:
 * 8 digits, but not a number CVR can have issued).
 */
export const cvrValidators: readonly BuiltInValidator<CvrConstraints>[] = codeValidators<CvrConstraints>(
  (c) => c.cvrResult,
  [
    ['required', 'cvrRequired', 'valueMissing'],
    ['format', 'cvrFormat', 'patternMismatch'],
    ['checksum', 'cvrChecksum', 'badInput'],
  ],
);

/**
 * The built-in rules of `bf-phone-input` (REQUIREMENTS §5.4): `required` → `phoneRequired`
 * (valueMissing), `format` → `phoneFormat`, or `phoneFormatIntl` with `allow-foreign`
 * (patternMismatch), `notDanish` → `phoneNotDanish` (patternMismatch).
 */
export const phoneValidators: readonly BuiltInValidator<PhoneConstraints>[] =
  codeValidators<PhoneConstraints>(
    (c) => c.phoneResult,
    [
      ['required', 'phoneRequired', 'valueMissing'],
      ['format', 'phoneFormat', 'patternMismatch', (c) => !c.allowForeign],
      ['format', 'phoneFormatIntl', 'patternMismatch', (c) => c.allowForeign],
      ['notDanish', 'phoneNotDanish', 'patternMismatch'],
    ],
  );
