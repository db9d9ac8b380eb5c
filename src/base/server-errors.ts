/**
 * Server errors for an error summary rendered on the server. In the browser `bf-error-summary` lists
 * the fields of its form that arrived with a server's `error` attribute; on the server it cannot see
 * the form. The server renderer (`borgerform/ssr`) surveys the markup for fields with an `error` and
 * hands each summary those of its scope (the same `bf-form`, or the whole fragment) before it renders.
 * Browser code never calls `provideServerErrors`.
 */

/** A field with a server's error, as the server renderer found it. */
export interface ServerFieldError {
  /** The field's `id` ('' for none): the link's target. */
  readonly id: string;
  /** The field's `name`: the target when it has no `id`. */
  readonly name: string;
  /** The server's message (the `error` attribute). */
  readonly message: string;
}

const readers = new WeakMap<object, (errors: readonly ServerFieldError[]) => void>();

/** An element that lists server errors asks, on the server, to be told them (`read` gets them). */
export function whenServerErrors(host: object, read: (errors: readonly ServerFieldError[]) => void): void {
  readers.set(host, read);
}

/** Whether an element asked for server errors with `whenServerErrors`. */
export function wantsServerErrors(host: object): boolean {
  return readers.has(host);
}

/** Server rendering: gives an element the server errors of its scope. */
export function provideServerErrors(host: object, errors: readonly ServerFieldError[]): void {
  readers.get(host)?.(errors);
}
