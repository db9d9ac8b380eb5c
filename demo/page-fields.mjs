// The field elements of a form page: read from the page's own markup (labels, message overrides) and
// written back with a citizen's answers. A posted name is only ever looked up among the page's own field
// names, and a posted value only ever becomes escaped attribute text: neither is part of a pattern or of
// a replacement string, so no name or value can break or stall the server.
import { escapeHtml } from './html.mjs';

/** A `<bf-…>` start tag in the page's own markup (attribute values double-quoted, no `>` in them). */
const START_TAG = /<(bf-[a-z-]+)(\s[^>]*)?>/gu;
/** One attribute of such a tag: a name and a double-quoted value, or a name alone (a boolean attribute). */
const ATTRIBUTE = /\s([a-z][a-z0-9-]*)(?:="([^"]*)")?/gu;

/** What `bf-prefilled` submits beside a fetched value the citizen changed (the library's `PREFILL_CHANGED_ENTRY`). */
const PREFILL_CHANGED_ENTRY = 'bf-prefill-changed';

/** Fields answered by ticking a box: written back as `checked` (a declaration posts its text, not a value). */
const CONFIRMED_BY_CHECKING = new Set(['bf-checkbox', 'bf-declaration']);

/** Fields whose answer is never written back: a CPR number is not echoed, and files cannot be. */
const NOT_ECHOED = new Set(['bf-cpr-input', 'bf-file-upload']);

/**
 * @typedef {object} PageField a named field element's start tag in the page
 * @property {string} tagName the element, e.g. `bf-text-field`
 * @property {number} start where the start tag begins in the page
 * @property {number} end where it ends (just after `>`)
 * @property {Map<string, string | true>} attributes name → value as written in the page (HTML, with
 *   its character references), or `true` for an attribute without a value
 */

/**
 * The page's field elements by `name`, in page order (the first element of each name).
 * @param {string} page a form page's HTML
 * @returns {Map<string, PageField>}
 */
export function pageFields(page) {
  const fields = new Map();
  for (const match of page.matchAll(START_TAG)) {
    const attributes = new Map();
    for (const [, name, value] of (match[2] ?? '').matchAll(ATTRIBUTE)) attributes.set(name, value ?? true);
    const name = attributes.get('name');
    if (typeof name === 'string' && !fields.has(name)) {
      const end = match.index + match[0].length;
      fields.set(name, { tagName: match[1], start: match.index, end, attributes });
    }
  }
  return fields;
}

/**
 * The page with the posted answers written back into its fields (never the CPR number, never files) and
 * the server's messages in `error`, which the elements show at once. A corrected `bf-prefilled` keeps
 * the fetched value in `fetched-value`, so it opens edited and marked. Posted names the page has no
 * field for are ignored; every value is escaped.
 * @param {string} page a form page's HTML
 * @param {FormData} formData the posted form
 * @param {Record<string, string>} errors field name → message (text)
 * @param {Record<string, readonly { reference: string, name: string, size: number, type: string }[]>} [held]
 *   upload field name → the files the server holds for it, listed as `<bf-stored-file>` children
 * @returns {string}
 */
export function refillPage(page, formData, errors, held = {}) {
  const parts = [];
  let copied = 0;
  for (const [name, field] of pageFields(page)) {
    const error = Object.hasOwn(errors, name) ? errors[name] : undefined;
    const attributes = refilledAttributes(name, field, formData, error);
    const files = field.tagName === 'bf-file-upload' && Object.hasOwn(held, name) ? held[name] : [];
    if (!attributes && files.length === 0) continue;
    parts.push(
      page.slice(copied, field.start),
      attributes ? startTag(field.tagName, attributes) : page.slice(field.start, field.end),
      ...files.map(storedFileElement),
    );
    copied = field.end;
  }
  parts.push(page.slice(copied));
  return parts.join('');
}

/** The field's attributes with the answer and the message set, or null when neither changes them. */
function refilledAttributes(name, field, formData, error) {
  const values = formData.getAll(name).filter((value) => typeof value === 'string');
  const attributes = new Map(field.attributes);
  if (CONFIRMED_BY_CHECKING.has(field.tagName)) {
    if (values.length) attributes.set('checked', true);
  } else if (!NOT_ECHOED.has(field.tagName) && values.length) {
    attributes.set('value', escapeHtml(values.join(',')));
  }
  if (field.tagName === 'bf-prefilled' && formData.getAll(PREFILL_CHANGED_ENTRY).includes(name)) {
    // The citizen corrected fetched data: the value above is theirs, the register's stays beside it.
    const fetched = field.attributes.get('value');
    if (typeof fetched === 'string') attributes.set('fetched-value', fetched);
  }
  if (error !== undefined) attributes.set('error', escapeHtml(error));
  const changed = [...attributes].some(([key, value]) => field.attributes.get(key) !== value);
  return changed ? attributes : null;
}

/** A held file as the upload field reads it: reference, size and type as attributes, the name as text. */
function storedFileElement({ reference, name, size, type }) {
  const typeAttribute = type ? ` type="${escapeHtml(type)}"` : '';
  return `<bf-stored-file reference="${escapeHtml(reference)}" size="${Number(size) || 0}"${typeAttribute}>${escapeHtml(name)}</bf-stored-file>`;
}

/** A start tag from a name and attributes whose values are HTML already. */
function startTag(tagName, attributes) {
  let tag = `<${tagName}`;
  for (const [name, value] of attributes) tag += value === true ? ` ${name}` : ` ${name}="${value}"`;
  return `${tag}>`;
}

/**
 * The page with today's date (`YYYY-MM-DD`) in the `today` of each date field that is judged against
 * today (`past` or `future`) and names no day of its own, so the page and the server's check agree on
 * the day.
 * @param {string} page a form page's HTML
 * @param {string} today
 * @returns {string}
 */
export function withToday(page, today) {
  const parts = [];
  let copied = 0;
  for (const field of pageFields(page).values()) {
    const { tagName, attributes } = field;
    if (tagName !== 'bf-date-input' || attributes.has('today')) continue;
    if (!attributes.has('past') && !attributes.has('future')) continue;
    attributes.set('today', escapeHtml(today));
    parts.push(page.slice(copied, field.start), startTag(tagName, attributes));
    copied = field.end;
  }
  parts.push(page.slice(copied));
  return parts.join('');
}
