import type { BuiltInValidator } from './validator.js';

/**
 * The `required` rules of the choice controls. Each keeps the code `required` (so `message-required`
 * overrides it as on every field) and takes its default text from its own catalogue entry. Shared
 * objects, not made per check: a form with hundreds of choices validates without allocating rules.
 */

/** A select or radio group: something must be chosen. */
export const choiceRequiredValidator: BuiltInValidator<{
  readonly required: boolean;
  readonly value: string;
}> = {
  key: 'required',
  flag: 'valueMissing',
  messageKey: 'choiceRequired',
  check: (control) => (control.required && control.value === '' ? {} : null),
};

/** A single checkbox: it must be ticked. */
export const checkboxRequiredValidator: BuiltInValidator<{
  readonly required: boolean;
  readonly checked: boolean;
}> = {
  key: 'required',
  flag: 'valueMissing',
  messageKey: 'checkboxRequired',
  check: (control) => (control.required && !control.checked ? {} : null),
};

/** A checkbox group: at least one box must be ticked. */
export const choicesRequiredValidator: BuiltInValidator<{
  readonly required: boolean;
  readonly values: readonly string[];
}> = {
  key: 'required',
  flag: 'valueMissing',
  messageKey: 'choicesRequired',
  check: (control) => (control.required && control.values.length === 0 ? {} : null),
};

/** The built-in rules of a select and a radio group, in order. */
export const choiceValidators = [choiceRequiredValidator] as const;

/** The built-in rules of a single checkbox. */
export const checkboxValidators = [checkboxRequiredValidator] as const;

/** The built-in rules of a checkbox group. */
export const choicesValidators = [choicesRequiredValidator] as const;
