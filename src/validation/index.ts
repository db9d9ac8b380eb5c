export type {
  BuiltInValidator,
  CustomValidator,
  ValidationFailure,
  Validator,
  ValidityFlag,
} from './validator.js';
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
export { textareaValidators } from './textarea-validators.js';
export { prefilledValidators } from './prefilled-validators.js';
export {
  checkboxRequiredValidator,
  checkboxValidators,
  choiceRequiredValidator,
  choiceValidators,
  choicesRequiredValidator,
  choicesValidators,
} from './choice-validators.js';
export { declarationRequiredValidator, declarationValidators } from './declaration-validators.js';
export {
  cprValidators,
  cvrValidators,
  phoneValidators,
  type CprConstraints,
  type CvrConstraints,
  type PhoneConstraints,
} from './identifier-validators.js';
export { dateValidators, type DateConstraints } from './date-validators.js';
export { postcodeValidators, type PostcodeConstraints } from './postcode-validators.js';
export {
  bankAccountValidators,
  type BankAccountConstraints,
  type BankAccountFormat,
} from './bank-account-validators.js';
export { addressValidators, type AddressConstraints, type AddressEntryCheck } from './address-validators.js';
export { fileRequiredValidator, fileValidators, type FileConstraints } from './file-validators.js';
