import type { DanishAccountResult } from '../domain/bank-account.js';
import type { IbanResult } from '../domain/iban.js';
import type { MessageKey } from '../i18n/types.js';
import type { BuiltInValidator, ValidityFlag } from './validator.js';

/** How a bank account is asked for: reg.nr + kontonr, or one IBAN. */
export type BankAccountFormat = 'account' | 'iban';

/** What the built-in bank account rules read from a control (`bf-bank-account`, or a server's view of a posted account). */
export interface BankAccountConstraints {
  readonly required: boolean;
  readonly format: BankAccountFormat;
  /**
   * The parse of what the citizen typed: `parseDanishAccount` of the two parts, or `parseIban`;
   * `null` when the control asks for nothing (the NemKonto notice), so no rule applies.
   */
  readonly bankAccountResult: DanishAccountResult | IbanResult | null;
}

/** Each code of the two parsers, for its format: its message key and `ValidityState` flag. */
const RULES: ReadonlyArray<readonly [code: string, BankAccountFormat, MessageKey, ValidityFlag]> = [
  ['required', 'account', 'bankAccountRequired', 'valueMissing'],
  ['reg', 'account', 'bankAccountRegFormat', 'patternMismatch'],
  ['account', 'account', 'bankAccountNumberFormat', 'patternMismatch'],
  ['required', 'iban', 'ibanRequired', 'valueMissing'],
  ['ibanFormat', 'iban', 'ibanFormat', 'patternMismatch'],
  ['ibanChecksum', 'iban', 'ibanChecksum', 'badInput'],
];

/**
 * The built-in rules of a bank account field (REQUIREMENTS §5.6), one per code and format:
 * reg.nr + kontonr (`bankAccountRequired`, `bankAccountRegFormat`, `bankAccountNumberFormat`) or IBAN
 * (`ibanRequired`, `ibanFormat`, `ibanChecksum`: badInput, the right layout with a wrong character).
 * An empty account fails only when `required`; nothing fails while the field is the NemKonto notice.
 */
export const bankAccountValidators: readonly BuiltInValidator<BankAccountConstraints>[] = RULES.map(
  ([code, format, key, flag]) => ({
    key,
    flag,
    check: (c: BankAccountConstraints) => {
      const result = c.bankAccountResult;
      if (!result || result.ok || result.code !== code || c.format !== format) return null;
      return code === 'required' && !c.required ? null : {};
    },
  }),
);
