import { requiredValidator, type TextConstraints } from './text-validators.js';
import type { BuiltInValidator } from './validator.js';

/**
 * The built-in rules of `bf-prefilled`: only `required` (fetched data has no format of its own to
 * check; a host adds its own rules in `validators`).
 */
export const prefilledValidators: readonly BuiltInValidator<TextConstraints>[] = [requiredValidator];
