// The field elements of a form page, found by walking its parsed tree, and the page filled for one
// answer: a clone of the template with the answers, the server's messages, held files, today's date
// and the hidden entries set as attributes and nodes. The serializer escapes every value, so nothing
// posted can become markup, and a posted name is only ever looked up among the page's own fields.
import {
  append,
  cloneNode,
  elements,
  findElement,
  getAttribute,
  h,
  insertBefore,
  isElement,
  parseContent,
  prepend,
  setAttribute,
} from './html.mjs';

/** What `bf-prefilled` submits beside a fetched value the citizen changed (the library's `PREFILL_CHANGED_ENTRY`). */
const PREFILL_CHANGED_ENTRY = 'bf-prefill-changed';

/** Fields answered by ticking a box: written back as `checked` (a declaration posts its text, not a value). */
const CONFIRMED_BY_CHECKING = new Set(['bf-checkbox', 'bf-declaration']);

/** Fields whose answer is never written back: a CPR number is not echoed, and files cannot be. */
const NOT_ECHOED = new Set(['bf-cpr-input', 'bf-file-upload']);

/**
 * @typedef {import('./html.mjs').Element} Element
 * @typedef {import('./html.mjs').DocumentFragment} DocumentFragment
 * @typedef {import('./templates.mjs').Template} Template
 */

/**
 * @typedef {object} PageField a named field element of the page
 * @property {string} tagName the element, e.g. `bf-text-field`
 * @property {Map<string, string | true>} attributes name → value as text (character references
 *   decoded: `label="Ja &amp; nej"` reads `Ja & nej`), or `true` for an attribute without a value
 */

/** The tree of a page given as a template, a tree or markup. */
function treeOf(/** @type {Template | DocumentFragment | import('./html.mjs').Document | string} */ page) {
  if (typeof page === 'string') return parseContent(page);
  return 'tree' in page ? page.tree : page;
}

/** The first `bf-…` element of each `name` under `root`, in page order. */
function fieldElements(/** @type {import('./html.mjs').Node} */ root) {
  /** @type {Map<string, Element>} */
  const fields = new Map();
  for (const element of elements(root)) {
    if (!element.tagName.startsWith('bf-')) continue;
    const name = getAttribute(element, 'name');
    if (name !== undefined && name !== '' && !fields.has(name)) fields.set(name, element);
  }
  return fields;
}

/**
 * The page's field elements by `name`, in page order (the first element of each name).
 * @param {Template | DocumentFragment | string} page a template, its tree, or a page's markup
 * @returns {Map<string, PageField>}
 */
export function pageFields(page) {
  const fields = new Map();
  for (const [name, element] of fieldElements(treeOf(page))) {
    const attributes = new Map(
      element.attrs.map(({ name: key, value }) => [key, value === '' ? true : value]),
    );
    fields.set(name, { tagName: element.tagName, attributes });
  }
  return fields;
}

/** Whether the page has a date field judged against today (`past`, `future`) without a day of its own. */
export function usesToday(/** @type {Template | DocumentFragment | string} */ page) {
  return [...pageFields(page).values()].some(
    ({ tagName, attributes }) =>
      tagName === 'bf-date-input' &&
      !attributes.has('today') &&
      (attributes.has('past') || attributes.has('future')),
  );
}

/**
 * @typedef {object} HeldFile a file the server holds for an upload field
 * @property {string} reference
 * @property {string} name
 * @property {number} size
 * @property {string} type
 */

/**
 * @typedef {object} Fill what one answer puts into a page; every value is text
 * @property {Record<string, string>} [prefilled] field name → a value the server fetched for this
 *   request (the register's name and address), set before `values`: a `bf-prefilled` the citizen
 *   corrected then keeps it in `fetched-value`
 * @property {FormData} [values] the posted form: each answer back in its field (never the CPR number,
 *   never files; a box ticked as `checked`; a corrected `bf-prefilled` keeps the fetched value in
 *   `fetched-value`); names the page has no field for are ignored
 * @property {Record<string, string>} [errors] field name → the server's message, in `error`
 * @property {Record<string, readonly HeldFile[]>} [held] upload field name → the files held for it,
 *   listed as `<bf-stored-file>` children
 * @property {string} [today] `YYYY-MM-DD` into `today` of each date field judged against today that
 *   names no day of its own, so the page and the server's check agree
 * @property {Record<string, string>} [hidden] name → value, a hidden input in every `<form method="post">`
 *   (the CSRF token, the submission id)
 * @property {string | Element} [notice] a message above the content: text (in a `bf-alert`, warning)
 *   or an element built with `h`; in a whole document (a CMS page), right before its form
 */

/**
 * A filled copy of a form page: the template itself is never changed.
 * @param {Template | DocumentFragment} template
 * @param {Fill} fill
 * @returns {DocumentFragment}
 */
export function fillPage(
  template,
  { prefilled = {}, values, errors = {}, held = {}, today, hidden = {}, notice } = {},
) {
  const page = cloneNode(treeOf(template));
  for (const [name, element] of fieldElements(page)) {
    if (Object.hasOwn(prefilled, name)) setAttribute(element, 'value', prefilled[name]);
    if (values) writeAnswer(element, name, values);
    if (Object.hasOwn(errors, name)) setAttribute(element, 'error', errors[name]);
    if (element.tagName === 'bf-file-upload' && Object.hasOwn(held, name)) listHeldFiles(element, held[name]);
    if (today !== undefined && judgedAgainstToday(element)) setAttribute(element, 'today', today);
  }
  const entries = Object.entries(hidden);
  if (entries.length) {
    for (const form of elements(page)) {
      if (form.tagName !== 'form' || getAttribute(form, 'method')?.toLowerCase() !== 'post') continue;
      const inputs = entries.map(([name, value]) => h('input', { type: 'hidden', name, value }));
      for (const input of inputs.reverse()) prepend(form, input);
    }
  }
  if (notice !== undefined) {
    const alert =
      typeof notice === 'string'
        ? h('bf-alert', { variant: 'warning', class: 'demo-notice' }, h('p', {}, notice))
        : notice;
    // A whole document (a CMS page): before its form; a page's main content: before its first element.
    const before =
      page.nodeName === '#document'
        ? findElement(page, (e) => e.tagName === 'bf-form' || e.tagName === 'form')
        : page.childNodes.find(isElement);
    const parent = before?.parentNode ?? page;
    if (before) insertBefore(parent, alert, before);
    else append(parent, alert);
  }
  return page;
}

/** The posted answer of `name` written into its field element. */
function writeAnswer(
  /** @type {Element} */ element,
  /** @type {string} */ name,
  /** @type {FormData} */ formData,
) {
  const answers = formData.getAll(name).filter((value) => typeof value === 'string');
  if (CONFIRMED_BY_CHECKING.has(element.tagName)) {
    if (answers.length) setAttribute(element, 'checked', '');
  } else if (!NOT_ECHOED.has(element.tagName) && answers.length) {
    const fetched = getAttribute(element, 'value');
    setAttribute(element, 'value', answers.join(','));
    // The citizen corrected fetched data: the value above is theirs, the register's stays beside it.
    if (
      element.tagName === 'bf-prefilled' &&
      fetched !== undefined &&
      formData.getAll(PREFILL_CHANGED_ENTRY).includes(name)
    )
      setAttribute(element, 'fetched-value', fetched);
  }
}

/** Held files as the upload field reads them: reference, size and type as attributes, the name as text. */
function listHeldFiles(/** @type {Element} */ upload, /** @type {readonly HeldFile[]} */ files) {
  const first = upload.childNodes[0];
  for (const { reference, name, size, type } of files) {
    const stored = h('bf-stored-file', { reference, size: Number(size) || 0, type: type || undefined }, name);
    if (first) insertBefore(upload, stored, first);
    else append(upload, stored);
  }
}

/** A date field judged against today (`past`, `future`) that names no day of its own. */
function judgedAgainstToday(/** @type {Element} */ element) {
  if (element.tagName !== 'bf-date-input') return false;
  const has = (/** @type {string} */ name) => getAttribute(element, name) !== undefined;
  return !has('today') && (has('past') || has('future'));
}
