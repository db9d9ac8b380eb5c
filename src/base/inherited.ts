/**
 * Attributes an element takes from its ancestors (`lang`, `marking`), read the same way in the browser
 * and on the server.
 *
 * In the browser the closest ancestor (or the element itself) with the attribute decides, found with
 * `closest()`. An element rendered on the server (`@lit-labs/ssr` in Node) has no document and no
 * ancestors: the server renderer (`borgerform/ssr`) tells it what its ancestors carry with
 * `provideAncestry` before it renders, so the server writes the same texts as the browser shows after
 * hydration (no switch of language or marker when the script runs).
 */

import { isServer } from 'lit';

/** What the ancestors of an element rendered without a document carry: an attribute's value, or `null`. */
export type AncestryLookup = (name: string) => string | null;

const serverAncestry = new WeakMap<Element, AncestryLookup>();

/**
 * Server rendering: gives an element made without a document its ancestors' attributes (the custom
 * elements it is rendered inside, then the page's own `lang` and `marking`). Browser code never calls it.
 */
export function provideAncestry(element: Element, lookup: AncestryLookup): void {
  serverAncestry.set(element, lookup);
}

/**
 * The value of attribute `name` on the element itself or its closest ancestor that has it; `null` when
 * none has. `crossShadowRoots` continues the search from a shadow root's host (as `lang` does).
 */
export function closestAttribute(element: Element, name: string, crossShadowRoots = false): string | null {
  const ancestry = serverAncestry.get(element);
  if (ancestry) return element.getAttribute(name) ?? ancestry(name);
  if (isServer) return element.getAttribute(name); // rendered by a renderer that gave no ancestors
  const selector = `[${name}]`;
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found.getAttribute(name);
    if (!crossShadowRoots) return null;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
