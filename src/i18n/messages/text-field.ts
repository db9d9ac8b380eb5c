import type { MessageArea } from '../types.js';
/** Texts of `bf-text-field`: the password show/hide button. */
export interface TextFieldMessages {
  /** Visible text of the password reveal button while the password is hidden. */
  readonly showPassword: string;
  /** Visible text of the password reveal button while the password is shown. */
  readonly hidePassword: string;
  /** Accessible name of the reveal button while hidden (starts with the visible text, WCAG 2.5.3). */
  readonly showPasswordLabel: string;
  /** Accessible name of the reveal button while shown. */
  readonly hidePasswordLabel: string;
  /** Announced when the password becomes visible. */
  readonly passwordShown: string;
  /** Announced when the password is hidden again. */
  readonly passwordHidden: string;
}

export const textFieldDa: TextFieldMessages = {
  showPassword: 'Vis',
  hidePassword: 'Skjul',
  showPasswordLabel: 'Vis adgangskode',
  hidePasswordLabel: 'Skjul adgangskode',
  passwordShown: 'Din adgangskode er synlig',
  passwordHidden: 'Din adgangskode er skjult',
};

export const textFieldEn: TextFieldMessages = {
  showPassword: 'Show',
  hidePassword: 'Hide',
  showPasswordLabel: 'Show password',
  hidePasswordLabel: 'Hide password',
  passwordShown: 'Your password is visible',
  passwordHidden: 'Your password is hidden',
};

/** Both languages of this area, for `registerMessages`. */
export const textFieldMessages: MessageArea<TextFieldMessages> = { da: textFieldDa, en: textFieldEn };
