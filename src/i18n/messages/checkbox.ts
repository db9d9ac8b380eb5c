import type { Message, MessageArea } from '../types.js';

/** Texts of `bf-checkbox`. */
export interface CheckboxMessages {
  /**
   * A required checkbox is not ticked (`{Label}` = the checkbox's label). Used as the default of the
   * checkbox's `required` message, so `message-required` still overrides it per instance.
   */
  readonly checkboxRequired: Message;
}

export const checkboxDa: CheckboxMessages = {
  checkboxRequired: 'Sæt kryds ved "{Label}"',
};

export const checkboxEn: CheckboxMessages = {
  checkboxRequired: 'Select "{Label}"',
};

/** Both languages of this area, for `registerMessages`. */
export const checkboxMessages: MessageArea<CheckboxMessages> = { da: checkboxDa, en: checkboxEn };
