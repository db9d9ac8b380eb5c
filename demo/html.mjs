// HTML as a tree (parse5): the demo server parses its templates, changes them only through nodes
// (attributes and text set as values, elements created and appended) and lets parse5 serialize the
// result. Text and attribute values are escaped by the serializer, so nothing a citizen sends can
// become markup: no page is built by joining strings.
import { defaultTreeAdapter as tree, html, parse, parseFragment, serialize } from 'parse5';

const HTML_NS = html.NS.HTML;

/**
 * @typedef {import('parse5').DefaultTreeAdapterTypes.Node} Node
 * @typedef {import('parse5').DefaultTreeAdapterTypes.Element} Element
 * @typedef {import('parse5').DefaultTreeAdapterTypes.ParentNode} ParentNode
 * @typedef {import('parse5').DefaultTreeAdapterTypes.DocumentFragment} DocumentFragment
 * @typedef {import('parse5').DefaultTreeAdapterTypes.Document} Document
 */

/** A whole document (a layout). */
export const parseDocument = (/** @type {string} */ markup) => parse(markup);

/** Markup that is not a whole document (a page's main content). */
export const parseContent = (/** @type {string} */ markup) => parseFragment(markup);

/** A tree back to markup; a document with its doctype. */
export const toHtml = (/** @type {ParentNode} */ node) => serialize(node);

/** Whether a node is an element. */
export const isElement = (/** @type {Node} */ node) => 'tagName' in node;

/** The child nodes of a node (a `<template>` element's are in its content). */
function childrenOf(/** @type {Node} */ node) {
  if (node.nodeName === 'template') return /** @type {any} */ (node).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/**
 * Every element under `root`, in document order.
 * @param {Node} root
 * @returns {Generator<Element>}
 */
export function* elements(root) {
  for (const child of childrenOf(root)) {
    if (isElement(child)) yield /** @type {Element} */ (child);
    yield* elements(child);
  }
}

/** The first element under `root` that `test` accepts, or null. */
export function findElement(/** @type {Node} */ root, /** @type {(e: Element) => boolean} */ test) {
  for (const element of elements(root)) if (test(element)) return element;
  return null;
}

/** An attribute's value (decoded text), or undefined. */
export function getAttribute(/** @type {Element} */ element, /** @type {string} */ name) {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Sets an attribute to a text value ('' for a boolean attribute). */
export function setAttribute(
  /** @type {Element} */ element,
  /** @type {string} */ name,
  /** @type {string} */ value,
) {
  const attr = element.attrs.find((each) => each.name === name);
  if (attr) attr.value = String(value);
  else element.attrs.push({ name, value: String(value) });
}

/**
 * A deep copy of a node, detached: a template is cloned before it is filled, so the cached tree
 * never changes.
 * @template {Node} T
 * @param {T} node
 * @returns {T}
 */
export function cloneNode(node) {
  /** @type {any} */
  const copy = { ...node, parentNode: null };
  if ('attrs' in node) copy.attrs = node.attrs.map((attr) => ({ ...attr }));
  if ('childNodes' in node) {
    copy.childNodes = node.childNodes.map((child) => {
      const childCopy = cloneNode(child);
      childCopy.parentNode = copy;
      return childCopy;
    });
  }
  if (node.nodeName === 'template') copy.content = cloneNode(/** @type {any} */ (node).content);
  return copy;
}

/**
 * A new element. `children` are nodes or strings (text nodes); attribute values are text.
 * @param {string} tagName
 * @param {Record<string, string | number | boolean | undefined>} [attributes] `true`: a boolean
 *   attribute; `false` or undefined: left out
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {Element}
 */
export function h(tagName, attributes = {}, ...children) {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== undefined)
    .map(([name, value]) => ({ name, value: value === true ? '' : String(value) }));
  const element = tree.createElement(tagName, HTML_NS, attrs);
  append(element, ...children);
  return element;
}

/** Appends nodes (detached first) and text to `parent`; null, undefined and false are skipped. */
export function append(
  /** @type {ParentNode} */ parent,
  /** @type {...(Node | string | null | undefined | false)} */ ...children
) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string') appendText(parent, child);
    else if (child.nodeName === '#document-fragment')
      append(parent, ...[.../** @type {any} */ (child).childNodes]);
    else {
      if (child.parentNode) tree.detachNode(child);
      tree.appendChild(parent, /** @type {any} */ (child));
    }
  }
}

/** A text node: its value is text, whatever characters it holds. */
export function text(/** @type {string} */ value) {
  return /** @type {import('parse5').DefaultTreeAdapterTypes.TextNode} */ ({
    nodeName: '#text',
    value: String(value),
    parentNode: null,
  });
}

/** Appends text as a text node of its own (never merged into markup). */
function appendText(/** @type {ParentNode} */ parent, /** @type {string} */ value) {
  tree.appendChild(parent, /** @type {any} */ (text(value)));
}

/** Puts `node` right before `reference` (a child of `parent`). */
export function insertBefore(
  /** @type {ParentNode} */ parent,
  /** @type {Node} */ node,
  /** @type {Node} */ reference,
) {
  if (node.parentNode) tree.detachNode(node);
  tree.insertBefore(parent, /** @type {any} */ (node), /** @type {any} */ (reference));
}

/** Takes `node` out of its parent. */
export function remove(/** @type {Node} */ node) {
  if (node.parentNode) tree.detachNode(node);
}

/** Takes every comment out of the tree under `root` (a template's notes for its developers). */
export function removeComments(/** @type {Node} */ root) {
  for (const child of [...childrenOf(root)]) {
    if (child.nodeName === '#comment') remove(child);
    else removeComments(child);
  }
}

/** Puts `node` before the first child of `parent`. */
export function prepend(/** @type {ParentNode} */ parent, /** @type {Node} */ node) {
  const first = parent.childNodes[0];
  if (first) insertBefore(parent, node, first);
  else append(parent, node);
}
