import {
  maxLengthValidator,
  minLengthValidator,
  requiredValidator,
  type TextConstraints,
} from './text-validators.js';
import type { BuiltInValidator } from './validator.js';

/** The built-in rules of `bf-textarea`, in order: the text rules that apply to several lines of text. */
export const textareaValidators: readonly BuiltInValidator<TextConstraints>[] = [
  requiredValidator,
  minLengthValidator,
  maxLengthValidator,
];
