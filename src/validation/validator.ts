import type { Message, MessageKey, MessageParams } from '../i18n/types.js';

/** A `ValidityState` flag that `ElementInternals.setValidity` accepts. */
export type ValidityFlag = keyof ValidityStateFlags;

/** What every rule has: the flag its failure sets, and the check. */
interface Rule<Control> {
  readonly flag: ValidityFlag;
  check(control: Control): MessageParams | null;
}

/**
 * A rule whose text is in the catalogue: `key` is a catalogue key, so a misspelt key fails `tsc`
 * instead of showing the key to the citizen. Every built-in rule set in `src/validation/` is made of
 * these. `messageKey` names another catalogue entry as the default text (a checkbox's `required`
 * failure reads "Sæt kryds ved …" from `checkboxRequired`, and `message-required` still overrides it).
 */
export interface BuiltInValidator<Control = unknown> extends Rule<Control> {
  readonly key: MessageKey;
  readonly messageKey?: MessageKey;
  readonly message?: Message;
}

/**
 * A host's own rule with a key of its own: it needs no catalogue entry, but then brings its text,
 * either its own `message` or a catalogue entry in `messageKey`.
 */
export type CustomValidator<Control = unknown> = Rule<Control> & { readonly key: string } & (
    | { readonly message: Message; readonly messageKey?: MessageKey }
    | { readonly message?: Message; readonly messageKey: MessageKey }
  );

/**
 * One rule, as a small object. `check` returns `null` when the control is valid, or the parameters
 * of its message when it is not (`{}` when the message needs none; the control adds `label`).
 * `key` is both the error code (for analytics: never the value) and the message key in the catalogue;
 * `flag` is the `ValidityState` flag the failure sets, so `form.checkValidity()` and `:invalid`
 * work natively. A rule whose `key` is not in the catalogue brings its own `message` (or names a
 * catalogue entry in `messageKey`); one whose `key` is a catalogue key may leave both out.
 *
 * ```ts
 * field.validators = [{
 *   key: 'notTaken', flag: 'customError', message: 'Brugernavnet er optaget. Vælg et andet',
 *   check: (control) => (taken.has(control.value) ? {} : null),
 * }];
 * ```
 */
export type Validator<Control = unknown> = BuiltInValidator<Control> | CustomValidator<Control>;

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
