import { codePointLength, isBlank, isEmail, isWebAddress, matchesPattern } from './text.js';
import type { BuiltInValidator } from './validator.js';

/** What the built-in text rules read from a control (all plain attributes). */
export interface TextConstraints {
  readonly value: string;
  readonly required: boolean;
  readonly minlength?: number;
  readonly maxlength?: number;
  readonly pattern?: string;
  readonly type?: string;
}

/** `required`: a value other than white space. */
export const requiredValidator: BuiltInValidator<TextConstraints> = {
  key: 'required',
  flag: 'valueMissing',
  check: (c) => (c.required && isBlank(c.value) ? {} : null),
};

/** `minlength`, in code points; an empty value is left to `required`, as in HTML. */
export const minLengthValidator: BuiltInValidator<TextConstraints> = {
  key: 'minlength',
  flag: 'tooShort',
  check: (c) => {
    if (c.minlength === undefined || c.value === '') return null;
    const count = codePointLength(c.value);
    return count < c.minlength ? { min: c.minlength, count } : null;
  },
};

/** `maxlength`, in code points. The text is never truncated: too long is flagged instead. */
export const maxLengthValidator: BuiltInValidator<TextConstraints> = {
  key: 'maxlength',
  flag: 'tooLong',
  check: (c) => {
    if (c.maxlength === undefined) return null;
    const count = codePointLength(c.value);
    return count > c.maxlength ? { max: c.maxlength, count } : null;
  },
};

/** `pattern`, anchored like HTML's; an empty value is left to `required`. */
export const patternValidator: BuiltInValidator<TextConstraints> = {
  key: 'pattern',
  flag: 'patternMismatch',
  check: (c) => (c.pattern && c.value !== '' && !matchesPattern(c.value, c.pattern) ? {} : null),
};

/** `type="email"`: the HTML rule for one address. */
export const emailValidator: BuiltInValidator<TextConstraints> = {
  key: 'email',
  flag: 'typeMismatch',
  check: (c) => (c.type === 'email' && c.value !== '' && !isEmail(c.value) ? {} : null),
};

/** `type="url"`: an absolute http(s) address. */
export const urlValidator: BuiltInValidator<TextConstraints> = {
  key: 'url',
  flag: 'typeMismatch',
  check: (c) => (c.type === 'url' && c.value !== '' && !isWebAddress(c.value) ? {} : null),
};

/** The built-in rules of a text field, in the order their messages take precedence. */
export const textValidators: readonly BuiltInValidator<TextConstraints>[] = [
  requiredValidator,
  emailValidator,
  urlValidator,
  minLengthValidator,
  maxLengthValidator,
  patternValidator,
];
