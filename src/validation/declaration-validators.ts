import type { BuiltInValidator } from './validator.js';

/**
 * A declaration ("Jeg erklærer på tro og love, at …") must be confirmed. The code stays `required`
 * (so `message-required` overrides it as on every field); its default text is `declarationRequired`.
 */
export const declarationRequiredValidator: BuiltInValidator<{
  readonly required: boolean;
  readonly checked: boolean;
}> = {
  key: 'required',
  flag: 'valueMissing',
  messageKey: 'declarationRequired',
  check: (control) => (control.required && !control.checked ? {} : null),
};

/** The built-in rules of a declaration. */
export const declarationValidators = [declarationRequiredValidator] as const;
