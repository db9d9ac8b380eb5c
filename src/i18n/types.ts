/**
 * A message that depends on a count: `plural` names the parameter whose value picks the form
 * through `Intl.PluralRules` (Danish and English both use `one` and `other`).
 */
export interface PluralMessage {
  readonly plural: string;
  readonly one: string;
  readonly other: string;
}

/** A catalogue entry: plain text with `{param}` placeholders, or a plural message. */
export type Message = string | PluralMessage;

/** Values for the placeholders of a message. Numbers are formatted with `Intl.NumberFormat`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Every user-facing text the library renders. Both shipped catalogues implement the whole interface,
 * so a key missing from `da` or `en` fails `tsc`.
 *
 * Placeholders: `{label}` is the field label with its first letter lower-cased (unless the first
 * word is an abbreviation such as "CPR-nummer"); `{Label}` is the label unchanged, for the start of
 * a sentence. Other placeholders are named by the code that uses the message.
 */
export interface Messages {
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

/** A key of the catalogue. */
export type MessageKey = keyof Messages;
