import { fieldEn } from '../messages/field.js';
import { identifiersEn } from '../messages/identifiers.js';
import { prefilledEn } from '../messages/prefilled.js';
import { choiceEn } from '../messages/choice.js';
import { dateInputEn } from '../messages/date-input.js';
import { textFieldEn } from '../messages/text-field.js';
import { textareaEn } from '../messages/textarea.js';
import { checkboxEn } from '../messages/checkbox.js';
import { fileUploadEn } from '../messages/file-upload.js';
import { addressEn } from '../messages/address.js';
import type { Messages } from '../types.js';

/** English. */
export const en: Messages = {
  ...fieldEn,
  ...identifiersEn,
  ...prefilledEn,
  ...choiceEn,
  ...dateInputEn,
  ...textFieldEn,
  ...textareaEn,
  ...checkboxEn,
  ...fileUploadEn,
  ...addressEn,
};
