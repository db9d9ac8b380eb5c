import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts every form control uses: error prefix, markers and the built-in validators. */
export const fieldDa = {
  /** Visually hidden prefix read before every field error. */
  errorPrefix: 'Fejl:',
  /** Appended to the label of optional fields when the form marks optional fields. */
  optionalMarker: '(frivilligt)',
  /** Appended to the label of required fields when the form marks required fields. */
  requiredMarker: '(skal udfyldes)',
  /** A required text field is empty. */
  required: 'Indtast {label}',
  /** Text shorter than `minlength` (`{min}`, `{count}` = current length). */
  minlength: '{Label} skal være mindst {min} tegn',
  /** Text longer than `maxlength` (`{max}`, `{count}` = current length). */
  maxlength: '{Label} må højst være {max} tegn',
  /** Text does not match `pattern`. Hosts should override this with the expected format. */
  pattern: '{Label} skal skrives i det rigtige format',
  /** Not an e-mail address. */
  email: 'Indtast en e-mailadresse i det rigtige format, fx navn@eksempel.dk',
  /** Not a web address. */
  url: 'Indtast en webadresse i det rigtige format, fx https://www.eksempel.dk',
  /** Fallback for a custom validator that brings no message. */
  invalid: 'Tjek {label}',
} as const satisfies Texts;

export const fieldEn: Translation<typeof fieldDa> = {
  errorPrefix: 'Error:',
  optionalMarker: '(optional)',
  requiredMarker: '(required)',
  required: 'Enter {label}',
  minlength: {
    plural: 'min',
    one: '{Label} must be {min} character or more',
    other: '{Label} must be {min} characters or more',
  },
  maxlength: {
    plural: 'max',
    one: '{Label} must be {max} character or less',
    other: '{Label} must be {max} characters or less',
  },
  pattern: 'Enter {label} in the correct format',
  email: 'Enter an email address in the correct format, like name@example.com',
  url: 'Enter a web address in the correct format, like https://www.example.com',
  invalid: 'Check {label}',
};

/** Both languages of this area, for `registerMessages`. */
export const fieldMessages: MessageArea<typeof fieldDa> = { da: fieldDa, en: fieldEn };
