import type { Translation } from './message.js';
import type * as areas from './messages/index.js';

export type { Message, MessageArea, MessageParams, PluralMessage, Texts, Translation } from './message.js';

/** One of the listed areas (`messages/index.ts`). */
type Area = (typeof areas)[keyof typeof areas];

/** `A | B` → `A & B`: the Danish objects of all areas as one object type. */
type Intersection<U> = (U extends unknown ? (union: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/**
 * Every user-facing text the library renders: the keys of every listed area's Danish object
 * (`messages/<area>.ts`, listed in `messages/index.ts`). Each area's English object has the same
 * keys, so a key missing from `da` or `en` fails `tsc`.
 *
 * Placeholders: `{label}` is the field label with its first letter lower-cased (unless the first
 * word is an abbreviation such as "CPR-nummer"); `{Label}` is the label unchanged, for the start of
 * a sentence. Other placeholders are named by the code that uses the message. Numbers are
 * formatted for the locale ("9.500").
 */
export type Messages = Translation<Intersection<Area['da']>>;

/** A key of the catalogue. */
export type MessageKey = keyof Messages;
