/**
 * What a message is: the types every area file (`messages/<area>.ts`) builds on. This module imports
 * nothing, so the areas, the catalogue types derived from them (`types.ts`) and the registry never
 * import each other in a circle.
 */

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

/** One area's texts in one language: key → message. An area's Danish object defines its keys. */
export type Texts = Readonly<Record<string, Message>>;

/**
 * The texts of another language for the keys of `T` (an area's Danish object): every key, and only
 * those, so a missing or extra English text fails `tsc`.
 */
export type Translation<T> = { readonly [K in keyof T]: Message };

/**
 * One area's texts in each shipped language (`messages/<area>.ts`). An element registers the areas
 * whose texts it shows (`registerMessages`), so a page pays only for the texts of its own elements.
 */
export type MessageArea<T extends Texts = Texts> = Readonly<{ da: T; en: Translation<T> }>;
