import { formatDate, type DateErrorCode, type DateResult } from '../domain/dates.js';
import type { MessageKey, MessageParams } from '../i18n/types.js';
import type { BuiltInValidator, ValidityFlag } from './validator.js';

/** What the built-in date rules read from a control (`bf-date-input`, or the server's view of a posted date). */
export interface DateConstraints {
  readonly required: boolean;
  readonly min: string;
  readonly max: string;
  /** The parse of the current parts against the bounds. */
  readonly dateResult: DateResult;
}

/** Each code of `parseDateParts`: its message key and the `ValidityState` flag it sets. */
const RULES: ReadonlyArray<readonly [DateErrorCode, MessageKey, ValidityFlag]> = [
  ['required', 'required', 'valueMissing'],
  ['missingDay', 'dateMissingDay', 'badInput'],
  ['missingMonth', 'dateMissingMonth', 'badInput'],
  ['missingYear', 'dateMissingYear', 'badInput'],
  ['notReal', 'dateNotReal', 'badInput'],
  ['yearDigits', 'dateYearDigits', 'badInput'],
  ['min', 'dateMin', 'rangeUnderflow'],
  ['max', 'dateMax', 'rangeOverflow'],
  ['future', 'dateFuture', 'rangeOverflow'],
  ['past', 'datePast', 'rangeUnderflow'],
];

/**
 * The built-in rules of a date field, one per code of `parseDateParts` (REQUIREMENTS §5.5). Empty
 * is an error only when `required`; the bounds give `{min}` / `{max}` as dd-mm-åååå.
 */
export const dateValidators: readonly BuiltInValidator<DateConstraints>[] = RULES.map(
  ([code, key, flag]) => ({
    key,
    flag,
    check: (c: DateConstraints): MessageParams | null => {
      const result = c.dateResult;
      if (result.ok || result.code !== code) return null;
      if (code === 'required') return c.required ? {} : null;
      if (code === 'min') return { min: formatDate(c.min) };
      if (code === 'max') return { max: formatDate(c.max) };
      return {};
    },
  }),
);
