import type { FieldMessages } from './messages/field.js';
import type { IdentifierMessages } from './messages/identifiers.js';
import type { PrefilledMessages } from './messages/prefilled.js';
import type { ChoiceMessages } from './messages/choice.js';
import type { DateInputMessages } from './messages/date-input.js';
import type { TextFieldMessages } from './messages/text-field.js';
import type { TextareaMessages } from './messages/textarea.js';
import type { CheckboxMessages } from './messages/checkbox.js';
import type { FileUploadMessages } from './messages/file-upload.js';
import type { AddressMessages } from './messages/address.js';

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
 * Every user-facing text the library renders: the union of each area's messages
 * (`messages/<area>.ts`). Both shipped catalogues implement the whole interface, so a key missing
 * from `da` or `en` fails `tsc`.
 *
 * Placeholders: `{label}` is the field label with its first letter lower-cased (unless the first
 * word is an abbreviation such as "CPR-nummer"); `{Label}` is the label unchanged, for the start of
 * a sentence. Other placeholders are named by the code that uses the message. Numbers are
 * formatted for the locale ("9.500").
 */
export interface Messages
  extends
    FieldMessages,
    IdentifierMessages,
    PrefilledMessages,
    ChoiceMessages,
    TextFieldMessages,
    TextareaMessages,
    CheckboxMessages,
    DateInputMessages,
    FileUploadMessages,
    AddressMessages {}

/**
 * One area's texts in each shipped language (`messages/<area>.ts`). An element registers the areas
 * whose texts it shows (`registerMessages`), so a page pays only for the texts of its own elements.
 */
export type MessageArea<T extends Partial<Messages> = Partial<Messages>> = Readonly<{ da: T; en: T }>;

/** A key of the catalogue. */
export type MessageKey = keyof Messages;
