import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of `bf-checkbox`. */
export const checkboxDa = {
  /**
   * A required checkbox is not ticked (`{Label}` = the checkbox's label). Used as the default of the
   * checkbox's `required` message, so `message-required` still overrides it per instance.
   */
  checkboxRequired: 'Sæt kryds ved "{Label}"',
} as const satisfies Texts;

export const checkboxEn: Translation<typeof checkboxDa> = {
  checkboxRequired: 'Select "{Label}"',
};

/** Both languages of this area, for `registerMessages`. */
export const checkboxMessages: MessageArea<typeof checkboxDa> = { da: checkboxDa, en: checkboxEn };
