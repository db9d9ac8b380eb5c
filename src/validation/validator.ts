import type { Message, MessageKey, MessageParams } from '../i18n/types.js';

/** A `ValidityState` flag that `ElementInternals.setValidity` accepts. */
export type ValidityFlag = keyof ValidityStateFlags;

/**
 * One rule, as a small object. `check` returns `null` when the control is valid, or the parameters
 * of its message when it is not (`{}` when the message needs none; the control adds `label`).
 * `key` is both the error code (for analytics: never the value) and the message key in the catalogue;
 * `flag` is the `ValidityState` flag the failure sets, so `form.checkValidity()` and `:invalid`
 * work natively. A validator without a catalogue key brings its own `message`; one whose default text
 * is another catalogue entry than `key` names it in `messageKey` (a checkbox's `required` failure
 * reads "Sæt kryds ved …" from `checkboxRequired`, and `message-required` still overrides it).
 *
 * ```ts
 * field.validators = [{
 *   key: 'notTaken', flag: 'customError', message: 'Brugernavnet er optaget. Vælg et andet',
 *   check: (control) => (taken.has(control.value) ? {} : null),
 * }];
 * ```
 */
export interface Validator<Control = unknown> {
  readonly key: string;
  readonly flag: ValidityFlag;
  readonly message?: Message;
  readonly messageKey?: MessageKey;
  check(control: Control): MessageParams | null;
}

/** The first failing rule of a control, as the control reports it. */
export interface ValidationFailure {
  readonly key: string;
  readonly flag: ValidityFlag;
  readonly params: MessageParams;
  readonly message?: Message;
  readonly messageKey?: MessageKey;
}

/** Runs validators in order and returns the first failure, or `null` when every rule holds. */
export function firstFailure<Control>(
  validators: Iterable<Validator<Control>>,
  control: Control,
): ValidationFailure | null {
  for (const validator of validators) {
    const params = validator.check(control);
    if (params)
      return {
        key: validator.key,
        flag: validator.flag,
        params,
        message: validator.message,
        messageKey: validator.messageKey,
      };
  }
  return null;
}
