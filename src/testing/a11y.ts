/// <reference types="mocha" />
import { a11ySnapshot } from '@web/test-runner-commands';

/** A node of the browser's accessibility tree, as Chromium reports it over CDP. */
export interface AxNode {
  role: string;
  name: string;
  description?: string;
  value?: string | number;
  invalid?: string;
  required?: boolean;
  readonly?: boolean;
  disabled?: boolean;
  focused?: boolean;
  children?: AxNode[];
}

/** Whether this browser can read its accessibility tree (CDP: Chromium only). */
export const canReadAccessibilityTree = !navigator.userAgent.includes('Firefox');

/**
 * `it`, run only where the accessibility tree can be read. Mocha's `it` is looked up when a test is
 * declared, not when this module loads, so `borgerform/testing` also imports where no Mocha runs.
 */
export function itWithAccessibilityTree(title: string, test: Mocha.AsyncFunc): Mocha.Test {
  return canReadAccessibilityTree ? it(title, test) : it.skip(title, test);
}

/**
 * Every node of the page's accessibility tree that matches.
 *
 * The snapshot keeps only "interesting" nodes (controls, focusable nodes, landmarks, named leaves),
 * so a container such as a `<fieldset>` with role `group` or `radiogroup` is left out and its
 * children hoisted. Pass such containers in `keep`: they are made focusable (`tabindex="-1"`) while
 * the snapshot is taken, which keeps them in it without changing their name, description or states.
 */
export async function findAxNodes(
  match: (node: AxNode) => boolean,
  keep: readonly HTMLElement[] = [],
): Promise<AxNode[]> {
  const added = keep.filter((element) => !element.hasAttribute('tabindex'));
  for (const element of added) element.setAttribute('tabindex', '-1');
  let root: AxNode;
  try {
    root = (await a11ySnapshot({})) as unknown as AxNode;
  } finally {
    for (const element of added) element.removeAttribute('tabindex');
  }
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (match(node)) found.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  return found;
}

/** The element's active element, through shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}

/**
 * The accessible name and description of a control computed from its own root, the way both
 * browsers do for `<label for>` and `aria-describedby` (works in Firefox too, where the
 * accessibility tree cannot be read from a test).
 */
export function labelAndDescription(control: HTMLElement): { name: string; description: string } {
  const root = control.getRootNode() as Document | ShadowRoot;
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const label =
    control instanceof HTMLFieldSetElement
      ? control.querySelector(':scope > legend')
      : root.querySelector(`label[for="${control.id}"]`);
  const description = (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    .map((id) => {
      const el = root.getElementById(id);
      const slotted = el
        ? [...el.querySelectorAll('slot')].flatMap((s) => s.assignedNodes({ flatten: true }))
        : [];
      return [text(el), ...slotted.map((n) => (n.textContent ?? '').trim())].filter(Boolean).join(' ');
    })
    .join(' ');
  return { name: text(label), description: description.replace(/\s+/gu, ' ').trim() };
}

/**
 * Checks that every id in a shadow root is unique and that every `for`, `aria-describedby`,
 * `aria-labelledby` and `aria-controls` resolves inside the same root (no reference crosses a
 * shadow boundary). Returns the problems found.
 */
export function idReferenceProblems(root: ShadowRoot | Document): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  for (const el of root.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
  for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" is used ${count} times`);
  for (const attribute of ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls']) {
    for (const el of root.querySelectorAll(`[${attribute}]`)) {
      for (const id of (el.getAttribute(attribute) ?? '').split(/\s+/u).filter(Boolean)) {
        if (!ids.has(id))
          problems.push(`${attribute}="${id}" on <${el.localName}> resolves to nothing in its root`);
      }
    }
  }
  return problems;
}
