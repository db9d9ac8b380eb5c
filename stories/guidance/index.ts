// Every element's guidance for its Docs page, keyed by tag (one file per element in this folder).
// Not a story file.
import { addressInput } from './address-input.js';
import { alert } from './alert.js';
import { bankAccount } from './bank-account.js';
import { checkbox } from './checkbox.js';
import { checkboxGroup } from './checkbox-group.js';
import { cprInput } from './cpr-input.js';
import { cvrInput } from './cvr-input.js';
import { dateInput } from './date-input.js';
import { declaration } from './declaration.js';
import { details } from './details.js';
import { exit } from './exit.js';
import { fieldset } from './fieldset.js';
import { fileUpload } from './file-upload.js';
import { footer } from './footer.js';
import { form } from './form.js';
import { header } from './header.js';
import { intro } from './intro.js';
import { phoneInput } from './phone-input.js';
import { postcodeInput } from './postcode-input.js';
import { prefilled } from './prefilled.js';
import { radioGroup } from './radio-group.js';
import { receipt } from './receipt.js';
import { repeat } from './repeat.js';
import { select } from './select.js';
import { sessionTimeout } from './session-timeout.js';
import { summary } from './summary.js';
import { textField } from './text-field.js';
import { textarea } from './textarea.js';
import { wizard } from './wizard.js';
import type { Guidance } from './types.js';

export type { Guidance, GuidanceExample } from './types.js';

/** The guidance of every element that has a stories file, by tag. */
export const guidance: Readonly<Record<string, Guidance>> = {
  'bf-address-input': addressInput,
  'bf-alert': alert,
  'bf-bank-account': bankAccount,
  'bf-checkbox': checkbox,
  'bf-checkbox-group': checkboxGroup,
  'bf-cpr-input': cprInput,
  'bf-cvr-input': cvrInput,
  'bf-date-input': dateInput,
  'bf-declaration': declaration,
  'bf-details': details,
  'bf-exit': exit,
  'bf-fieldset': fieldset,
  'bf-file-upload': fileUpload,
  'bf-footer': footer,
  'bf-form': form,
  'bf-header': header,
  'bf-intro': intro,
  'bf-phone-input': phoneInput,
  'bf-postcode-input': postcodeInput,
  'bf-prefilled': prefilled,
  'bf-radio-group': radioGroup,
  'bf-receipt': receipt,
  'bf-repeat': repeat,
  'bf-select': select,
  'bf-session-timeout': sessionTimeout,
  'bf-summary': summary,
  'bf-text-field': textField,
  'bf-textarea': textarea,
  'bf-wizard': wizard,
};
