/**
 * Light-DOM children for elements rendered on the server. `@lit-labs/ssr` renders an element's shadow
 * root before its children, so an element that renders from its children (`bf-select`,
 * `bf-radio-group`, `bf-checkbox-group` read their `<bf-option>`s) would render without them and
 * differ from the browser after hydration. The server renderer (`borgerform/ssr`) first surveys the
 * markup, then hands each such element stand-ins of its children (tag, attributes, text) before it
 * renders. Browser code never calls `provideServerChildren`.
 */

/** A child element as the server knows it: no DOM, only what an element reads of its children. */
export interface ServerChild {
  readonly localName: string;
  /** The text content (the child's text, its markup stripped). */
  readonly textContent: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

const readers = new WeakMap<object, () => void>();
const provided = new WeakMap<object, readonly ServerChild[]>();

/** An element that renders from its children asks, on the server, to be told them (`read` runs when they come). */
export function whenServerChildren(host: object, read: () => void): void {
  readers.set(host, read);
}

/** Whether an element asked for its children with `whenServerChildren`. */
export function wantsServerChildren(host: object): boolean {
  return readers.has(host);
}

/** Server rendering: gives an element the stand-ins of its children and lets it read them. */
export function provideServerChildren(host: object, children: readonly ServerChild[]): void {
  provided.set(host, children);
  readers.get(host)?.();
}

/** The children provided for an element on the server (none before `provideServerChildren`). */
export function serverChildren(host: object): readonly ServerChild[] {
  return provided.get(host) ?? [];
}
