/**
 * The result shape shared by every domain parser.
 *
 * A success carries the parsed value (and any derived fields). A failure carries a
 * machine-readable `code` only, plus optional non-sensitive extras such as the date part
 * to link to. A failure never holds the input or a message: components turn the code into
 * Danish text through the i18n catalogue, so no value can leak through an error object.
 */

/** A successful parse: `ok: true` plus the parsed fields. */
export type ParseSuccess<T extends object> = { readonly ok: true } & Readonly<T>;

/** A failed parse: a code (and the extras in `E`), never the input, never a message. */
export type ParseFailure<C extends string, E extends object = object> = {
  readonly ok: false;
  readonly code: C;
} & Readonly<E>;

/** The result of a domain parser: `{ ok: true, …T }` or `{ ok: false, code, …E }`. */
export type ParseResult<T extends object, C extends string, E extends object = object> =
  ParseSuccess<T> | ParseFailure<C, E>;
