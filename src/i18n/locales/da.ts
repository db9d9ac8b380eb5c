import type { Messages } from '../types.js';

/** Danish, the default catalogue. Plain language, "du", one instruction per message (DKFDS). */
export const da: Messages = {
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
  showPassword: 'Vis',
  hidePassword: 'Skjul',
  showPasswordLabel: 'Vis adgangskode',
  hidePasswordLabel: 'Skjul adgangskode',
  passwordShown: 'Din adgangskode er synlig',
  passwordHidden: 'Din adgangskode er skjult',
};
