/**
 * Watches an element's light DOM (its children, their attributes and text) for the declarative
 * children it reads: `<bf-option>` in the choice elements, `<bf-stored-file>` in the upload field.
 * The observer is made on first use and kept, so a host that is moved reconnects it cheaply.
 */
export class LightDomObserver {
  readonly #host: Element;
  readonly #onMutations: (records: MutationRecord[]) => void;
  #observer: MutationObserver | undefined;

  constructor(host: Element, onMutations: (records: MutationRecord[]) => void) {
    this.#host = host;
    this.#onMutations = onMutations;
  }

  /** Starts watching (call from `hostConnected`). */
  observe(): void {
    this.#observer ??= new MutationObserver(this.#onMutations);
    this.#observer.observe(this.#host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }

  /** Stops watching (call from `hostDisconnected`). */
  disconnect(): void {
    this.#observer?.disconnect();
  }
}

/** Whether a mutation happened inside (or on) an element below `host` for which `matches` holds. */
export function isInside(
  record: MutationRecord,
  host: Element,
  matches: (element: Element) => boolean,
): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  for (let node: Element | null = target; node && node !== host; node = node.parentElement) {
    if (matches(node)) return true;
  }
  return false;
}
