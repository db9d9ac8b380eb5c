import type { Messages } from '../types.js';

/** English. */
export const en: Messages = {
  errorPrefix: 'Error:',
  optionalMarker: '(optional)',
  requiredMarker: '(required)',
  required: 'Enter {label}',
  minlength: { plural: 'min', one: '{Label} must be {min} character or more', other: '{Label} must be {min} characters or more' },
  maxlength: { plural: 'max', one: '{Label} must be {max} character or less', other: '{Label} must be {max} characters or less' },
  pattern: 'Enter {label} in the correct format',
  email: 'Enter an email address in the correct format, like name@example.com',
  url: 'Enter a web address in the correct format, like https://www.example.com',
  invalid: 'Check {label}',
  showPassword: 'Show',
  hidePassword: 'Hide',
  showPasswordLabel: 'Show password',
  hidePasswordLabel: 'Hide password',
  passwordShown: 'Your password is visible',
  passwordHidden: 'Your password is hidden',
};
