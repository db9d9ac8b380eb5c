/**
 * A flow's pages for a wizard rendered on the server. In the browser `bf-wizard` reads its children
 * (steps, exit pages, a start page), the form's answers and the fields sent back with a server's
 * `error`, then shows one page; on the server it renders before its children and sees none of them.
 * The server renderer (`borgerform/ssr`) surveys the markup first and hands the wizard what it found
 * (its children as the survey made them, the answers of the fields inside it, which children hold a
 * field with an `error`), so the wizard applies its own rules before anything inside it renders. Then
 * each child, as it is rendered, is passed to the wizard (`placeServerChild`) to take the state the
 * wizard gave its survey copy (shown or hidden, first or last), and every element inside learns its
 * wizard (`serverFlowHost`: the step indicator reads the wizard's entries). Browser code never calls
 * the `provide…` functions.
 */

/** What the survey found inside one wizard. */
export interface ServerFlow {
  /** The wizard's child custom elements in document order, as the survey made them (attributes set). */
  readonly children: readonly Element[];
  /** The answers of the enabled fields inside the wizard, as the browser's `FormData` would hold them. */
  readonly values: Readonly<Record<string, readonly string[]>>;
  /** Whether a child holds an element with a server's `error` (a non-empty `error` attribute). */
  hasServerError(child: Element): boolean;
}

/** How a wizard takes part in a server render. */
export interface ServerFlowReader {
  /** The survey's findings, before the wizard's own render and its children's. */
  read(flow: ServerFlow): void;
  /** Child number `index` (as in `ServerFlow.children`) is about to render: it takes its state. */
  child(element: Element, index: number): void;
}

const readers = new WeakMap<object, ServerFlowReader>();
const hosts = new WeakMap<object, Element>();

/** A wizard asks, on the server, to be told its pages (`reader` gets them). */
export function whenServerFlow(host: object, reader: ServerFlowReader): void {
  readers.set(host, reader);
}

/** Whether an element asked for its pages with `whenServerFlow`. */
export function wantsServerFlow(host: object): boolean {
  return readers.has(host);
}

/** Server rendering: gives a wizard what the survey found inside it. */
export function provideServerFlow(host: object, flow: ServerFlow): void {
  readers.get(host)?.read(flow);
}

/** Server rendering: a child of a wizard is about to render (number `index` among its child custom elements). */
export function placeServerChild(host: object, element: Element, index: number): void {
  readers.get(host)?.child(element, index);
}

/** Server rendering: `element` is rendered inside the wizard `host` (the closest one). */
export function provideServerFlowHost(element: object, host: Element): void {
  hosts.set(element, host);
}

/** The wizard an element is rendered inside on the server (`null` in the browser and outside one). */
export function serverFlowHost(element: object): Element | null {
  return hosts.get(element) ?? null;
}
