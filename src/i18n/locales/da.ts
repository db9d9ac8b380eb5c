import { fieldDa } from '../messages/field.js';
import { identifiersDa } from '../messages/identifiers.js';
import { prefilledDa } from '../messages/prefilled.js';
import { choiceDa } from '../messages/choice.js';
import { dateInputDa } from '../messages/date-input.js';
import { textFieldDa } from '../messages/text-field.js';
import { textareaDa } from '../messages/textarea.js';
import { checkboxDa } from '../messages/checkbox.js';
import { fileUploadDa } from '../messages/file-upload.js';
import { addressDa } from '../messages/address.js';
import type { Messages } from '../types.js';

/** Danish, the default catalogue. Plain language, "du", one instruction per message (DKFDS). */
export const da: Messages = {
  ...fieldDa,
  ...identifiersDa,
  ...prefilledDa,
  ...choiceDa,
  ...dateInputDa,
  ...textFieldDa,
  ...textareaDa,
  ...checkboxDa,
  ...fileUploadDa,
  ...addressDa,
};
