export type { ValidationFailure, Validator, ValidityFlag } from './validator.js';
export { firstFailure } from './validator.js';
export { codePointLength, isBlank, isEmail, isWebAddress, matchesPattern } from './text.js';
export {
  emailValidator,
  maxLengthValidator,
  minLengthValidator,
  patternValidator,
  requiredValidator,
  textValidators,
  urlValidator,
  type TextConstraints,
} from './text-validators.js';
export {
  checkboxRequiredValidator,
  checkboxValidators,
  choiceRequiredValidator,
  choiceValidators,
  choicesRequiredValidator,
  choicesValidators,
} from './choice-validators.js';
