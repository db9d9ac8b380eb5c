import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of `bf-text-field`: the password show/hide button. */
export const textFieldDa = {
  /** Visible text of the password reveal button while the password is hidden. */
  showPassword: 'Vis',
  /** Visible text of the password reveal button while the password is shown. */
  hidePassword: 'Skjul',
  /** Accessible name of the reveal button while hidden (starts with the visible text, WCAG 2.5.3). */
  showPasswordLabel: 'Vis adgangskode',
  /** Accessible name of the reveal button while shown. */
  hidePasswordLabel: 'Skjul adgangskode',
  /** Announced when the password becomes visible. */
  passwordShown: 'Din adgangskode er synlig',
  /** Announced when the password is hidden again. */
  passwordHidden: 'Din adgangskode er skjult',
} as const satisfies Texts;

export const textFieldEn: Translation<typeof textFieldDa> = {
  showPassword: 'Show',
  hidePassword: 'Hide',
  showPasswordLabel: 'Show password',
  hidePasswordLabel: 'Hide password',
  passwordShown: 'Your password is visible',
  passwordHidden: 'Your password is hidden',
};

/** Both languages of this area, for `registerMessages`. */
export const textFieldMessages: MessageArea<typeof textFieldDa> = { da: textFieldDa, en: textFieldEn };
