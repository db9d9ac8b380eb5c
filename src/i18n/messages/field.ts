import type { Message, MessageArea } from '../types.js';

/** Texts every form control uses: error prefix, markers and the built-in validators. */
export interface FieldMessages {
  /** Visually hidden prefix read before every field error. */
  readonly errorPrefix: string;
  /** Appended to the label of optional fields when the form marks optional fields. */
  readonly optionalMarker: string;
  /** Appended to the label of required fields when the form marks required fields. */
  readonly requiredMarker: string;
  /** A required text field is empty. */
  readonly required: string;
  /** Text shorter than `minlength` (`{min}`, `{count}` = current length). */
  readonly minlength: Message;
  /** Text longer than `maxlength` (`{max}`, `{count}` = current length). */
  readonly maxlength: Message;
  /** Text does not match `pattern`. Hosts should override this with the expected format. */
  readonly pattern: string;
  /** Not an e-mail address. */
  readonly email: string;
  /** Not a web address. */
  readonly url: string;
  /** Fallback for a custom validator that brings no message. */
  readonly invalid: string;
}

export const fieldDa: FieldMessages = {
  errorPrefix: 'Fejl:',
  optionalMarker: '(frivilligt)',
  requiredMarker: '(skal udfyldes)',
  required: 'Indtast {label}',
  minlength: '{Label} skal være mindst {min} tegn',
  maxlength: '{Label} må højst være {max} tegn',
  pattern: '{Label} skal skrives i det rigtige format',
  email: 'Indtast en e-mailadresse i det rigtige format, fx navn@eksempel.dk',
  url: 'Indtast en webadresse i det rigtige format, fx https://www.eksempel.dk',
  invalid: 'Tjek {label}',
};

export const fieldEn: FieldMessages = {
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
export const fieldMessages: MessageArea<FieldMessages> = { da: fieldDa, en: fieldEn };
