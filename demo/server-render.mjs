// Borgerform elements rendered on the server (`borgerform/ssr`) inside a page the demo builds as a
// parse5 tree (demo/html.mjs). `renderFragment` takes a Lit template, so each subtree that holds a
// Borgerform element is turned into one: every element is written from its tag name and attributes
// with Lit's static `html`, where only the tag name (from the fixed lists below) and the attribute
// names (checked against a strict pattern; they come from the demo's own templates) are static, and
// every attribute value and every text is a binding that Lit escapes. Nothing is built by joining
// strings of markup, and a citizen's value is never markup. The rendered HTML (declarative shadow
// roots, each linking its element's stylesheet) is parsed back into nodes, so the page stays a tree
// and parse5 serializes it as before. Imports the built library (dist/): load it when first needed.
import { html, unsafeStatic } from 'lit/static-html.js';
import { renderFragment } from '../dist/ssr/index.js';
import { isElement, parseContent, remove } from './html.mjs';

/** Where the demo serves the elements' stylesheets (dist/ssr/styles/, served cacheable: routes/static.mjs). */
export const STYLES_BASE = '/dist/ssr/styles/';

/** The library's hydrating entry: a page rendered on the server loads it instead of `borgerform.js`. */
export const HYDRATING_SCRIPT = '/dist/cdn/borgerform-hydrate.js';

/** The Borgerform elements the server renders (the library defines each of them). */
const BORGERFORM_TAGS = [
  'bf-address-input',
  'bf-alert',
  'bf-checkbox',
  'bf-cpr-input',
  'bf-date-input',
  'bf-declaration',
  'bf-error-summary',
  'bf-file-upload',
  'bf-form',
  'bf-header',
  'bf-option',
  'bf-phone-input',
  'bf-prefilled',
  'bf-radio-group',
  'bf-select',
  'bf-stored-file',
  'bf-text-field',
  'bf-textarea',
];

/** The plain elements that may stand around or inside them. */
const PLAIN_TAGS = [
  'a',
  'button',
  'dd',
  'div',
  'dl',
  'dt',
  'em',
  'form',
  'h1',
  'h2',
  'li',
  'p',
  'span',
  'strong',
  'ul',
];

/** Elements without content or end tag. */
const VOID_TAGS = ['br', 'input'];

/** Each allowed tag name as a static part, made once (never from a value). */
const STATIC_TAGS = new Map(
  [...BORGERFORM_TAGS, ...PLAIN_TAGS, ...VOID_TAGS].map((tag) => [tag, unsafeStatic(tag)]),
);

/**
 * An attribute name that can only ever be a name: lower-case letters and digits in hyphen-joined
 * words (no quote, `=`, `>`, space or slash), and no event handler (`on…`).
 */
const ATTRIBUTE_NAME = /^(?!on)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u;

/** Static parts made once: the punctuation of a tag, and each attribute name as ` name=`. */
const OPEN = unsafeStatic('<');
const CLOSE_START = unsafeStatic('</');
const END = unsafeStatic('>');
const attributeNames = new Map();

/** ` name=` as a static part, for an attribute name the pattern accepts. */
function attributeName(/** @type {string} */ name) {
  if (!ATTRIBUTE_NAME.test(name)) throw new Error(`server rendering: attribute name not allowed: ${name}`);
  let part = attributeNames.get(name);
  if (!part) attributeNames.set(name, (part = unsafeStatic(` ${name}=`)));
  return part;
}

/** Whether a subtree holds an element with the tag `test` accepts. */
function holds(
  /** @type {import('./html.mjs').Node} */ node,
  /** @type {(tagName: string) => boolean} */ test,
) {
  if (!isElement(node)) return false;
  const element = /** @type {import('./html.mjs').Element} */ (node);
  return test(element.tagName) || element.childNodes.some((child) => holds(child, test));
}

/**
 * Whether a subtree is rendered on the server: it holds a Borgerform element, and none the library
 * cannot render there yet. A file upload's held files (`bf-stored-file` children) are not seen on the
 * server (the element renders before its children), so the browser's first render lists them and the
 * server's does not: Lit stops with a hydration mismatch. Such a subtree (a step sent back with files
 * held) is left to the browser, which renders it when the script runs, as before.
 */
const renderedOnServer = (/** @type {import('./html.mjs').Node} */ node) =>
  holds(node, (tag) => tag.startsWith('bf-')) && !holds(node, (tag) => tag === 'bf-stored-file');

/**
 * A Lit template of parts: static parts (the allowed tag names, the checked attribute names,
 * punctuation) and bound values. Lit's static `html` joins the static parts into the template's
 * strings (its own mechanism for `unsafeStatic`); every other value stays a binding. Lit keeps one
 * template per shape (tag and attribute names, never values): a few dozen for these pages.
 */
function fromParts(/** @type {unknown[]} */ parts) {
  return html(/** @type {any} */ (Object.freeze(new Array(parts.length + 1).fill(''))), ...parts);
}

/**
 * A node as what a Lit template renders: an element from its tag and attributes (values bound), its
 * children in turn; a text as a bound value. Comments are left out.
 * @param {import('./html.mjs').Node} node
 * @returns {unknown}
 */
function templateOf(node) {
  if (node.nodeName === '#text') return /** @type {any} */ (node).value;
  if (!isElement(node)) return '';
  const element = /** @type {import('./html.mjs').Element} */ (node);
  const tag = STATIC_TAGS.get(element.tagName);
  if (!tag) throw new Error(`server rendering: element not allowed: <${element.tagName}>`);
  const parts = [OPEN, tag];
  for (const { name, value } of element.attrs) parts.push(attributeName(name), value);
  parts.push(END);
  if (VOID_TAGS.includes(element.tagName)) return fromParts(parts);
  parts.push(element.childNodes.map(templateOf), CLOSE_START, tag, END);
  return fromParts(parts);
}

/**
 * The nodes with every subtree that holds a Borgerform element rendered on the server (declarative
 * shadow roots), each in one render (so an error summary sees the fields of its `bf-form`, a list its
 * options), and parsed back into nodes. Other nodes (no Borgerform element, or held files: see
 * `renderedOnServer`) are kept as they are.
 * @param {readonly import('./html.mjs').Node[]} nodes
 * @returns {Promise<import('./html.mjs').Node[]>}
 */
export async function renderOnServer(nodes) {
  const rendered = nodes.filter(renderedOnServer);
  if (rendered.length === 0) return [...nodes];
  const markup = await Promise.all(
    rendered.map((node) => renderFragment(templateOf(node), { lang: 'da', stylesBase: STYLES_BASE })),
  );
  return nodes.flatMap((node) => {
    const index = rendered.indexOf(node);
    if (index === -1) return [node];
    const fragment = parseContent(markup[index]);
    removeLightMarkers(fragment);
    return [...fragment.childNodes];
  });
}

/**
 * Takes Lit's marker comments out of the light DOM (outside the declarative shadow roots): they mark
 * the parts of the template made here, which no script hydrates (each element hydrates its own
 * shadow root, whose markers stay), so the page's plain markup reads as before (a form's hidden
 * entries right after its start tag).
 */
function removeLightMarkers(/** @type {import('./html.mjs').ParentNode} */ parent) {
  for (const child of [...parent.childNodes]) {
    if (child.nodeName === '#comment') remove(child);
    else if (isElement(child) && child.nodeName !== 'template')
      removeLightMarkers(/** @type {import('./html.mjs').Element} */ (child));
  }
}
