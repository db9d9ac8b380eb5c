import { fieldEn } from '../messages/field.js';
import { dateInputEn } from '../messages/date-input.js';
import { textFieldEn } from '../messages/text-field.js';
import { textareaEn } from '../messages/textarea.js';
import { checkboxEn } from '../messages/checkbox.js';
import type { Messages } from '../types.js';

/** English. */
export const en: Messages = {
  ...fieldEn,
  ...dateInputEn,
  ...textFieldEn,
  ...textareaEn,
  ...checkboxEn,
};
