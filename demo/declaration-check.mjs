// The server's check that a confirmed declaration (`bf-declaration`, which posts its text while
// confirmed) confirms the page's own text: the text posted must be the declaration's text in the page,
// read as the element reads it (the library's `slottedText`: text of the default slot, scripts and
// hidden content left out, white space collapsed). Another text (the page changed, or a hand-made
// request) is refused with a Danish message, and the confirmation is taken out of the posted form, so
// the page sent back has the box unticked and the citizen confirms the text they can read.
import { parseFragment } from 'parse5';
import { collapseWhiteSpace, slottedText } from '../dist/components/declaration/declaration-text.js';
import { formatMessage } from '../dist/i18n/format.js';
import { da } from '../dist/i18n/locales/da.js';

/**
 * A parse5 node seen through the few DOM members `slottedText` reads (`nodeType`, `data`,
 * `localName`, the attributes, `firstChild`, `nextSibling`).
 * @param {any} node a node of parse5's default tree
 * @returns {any}
 */
function asDomNode(node) {
  const siblings = node.parentNode?.childNodes ?? [node];
  const attribute = (name) => node.attrs?.find((attr) => attr.name === name)?.value ?? null;
  const wrap = (other) => (other ? asDomNode(other) : null);
  return {
    nodeType: node.nodeName === '#text' ? 3 : node.attrs ? 1 : 8,
    data: node.value,
    localName: node.tagName,
    getAttribute: attribute,
    hasAttribute: (name) => attribute(name) !== null,
    get firstChild() {
      return wrap(node.childNodes?.[0]);
    },
    get nextSibling() {
      return wrap(siblings[siblings.indexOf(node) + 1]);
    },
  };
}

/** Every element of a parse5 tree, in document order. */
function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (child.attrs) yield child;
    yield* elementsOf(child); // not into a <template>'s content: parse5 keeps it apart
  }
}

/**
 * The text of each declaration in the page, by name, as its element submits it.
 * @param {import('./templates.mjs').Template | string} page the form page (its template, or its HTML)
 * @returns {Map<string, string>}
 */
export function declarationTexts(page) {
  const texts = new Map();
  const tree = typeof page === 'string' ? parseFragment(page) : page.tree;
  for (const element of elementsOf(tree)) {
    if (element.tagName !== 'bf-declaration') continue;
    const name = element.attrs.find((attr) => attr.name === 'name')?.value;
    if (name && !texts.has(name)) texts.set(name, slottedText(asDomNode(element)));
  }
  return texts;
}

/**
 * Checks each confirmed declaration of the page against its text; a confirmation of another text is
 * taken out of `formData`.
 * @param {FormData} formData the posted form (changed in place)
 * @param {import('./templates.mjs').Template | string} page the form page (its template, or its HTML)
 * @returns {Record<string, string>} field name → Danish message, for each declaration confirmed with another text
 */
export function checkDeclarations(formData, page) {
  const errors = {};
  for (const [name, expected] of declarationTexts(page)) {
    const posted = formData.getAll(name);
    if (posted.every((value) => typeof value === 'string' && collapseWhiteSpace(value) === expected))
      continue;
    formData.delete(name);
    errors[name] = formatMessage(da.declarationChanged, {}, 'da');
  }
  return errors;
}
