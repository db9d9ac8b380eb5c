// Reads a page the way a browser's form submission sees it, with a real HTML parser (parse5): the
// form with a given action, the hidden inputs it will send back (a CSRF token, a one-time submission
// id, whatever the server put there), the attributes of its field elements, and the page's
// stylesheets and scripts. Nothing here runs the page's script.
import { parse } from 'parse5';

/** Every element under `node` (template contents included), in document order. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child);
    if (child.content) yield* elements(child.content);
  }
}

/** An element's attribute, or undefined. */
export function attribute(element, name) {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** An element's text, white space collapsed (what `bf-declaration` posts as its answer). */
export function textOf(element) {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') parts.push(child.value);
      else walk(child);
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/gu, ' ').trim();
}

/**
 * A parsed page.
 * @param {string} html
 * @param {string} url the page's own address, against which `action`, `href` and `src` resolve
 */
export function readPage(html, url) {
  const document = parse(html);
  const all = [...elements(document)];
  return {
    /** The elements with this tag name. */
    byTag: (tagName) => all.filter((element) => element.tagName === tagName),
    /** The first element with this class, or undefined. */
    byClass: (className) =>
      all.find((element) => (attribute(element, 'class') ?? '').split(/\s+/u).includes(className)),
    /**
     * The form that posts to `action` (a path), with its hidden inputs and its `bf-…` fields by name.
     * @param {string} action
     */
    form(action) {
      const form = all.find(
        (element) =>
          element.tagName === 'form' && new URL(attribute(element, 'action') ?? '', url).pathname === action,
      );
      if (!form) return undefined;
      const inside = [...elements(form)];
      return {
        action: new URL(attribute(form, 'action') ?? '', url).href,
        method: (attribute(form, 'method') ?? 'get').toLowerCase(),
        enctype: attribute(form, 'enctype') ?? 'application/x-www-form-urlencoded',
        /** `[name, value]` of each named hidden input, in document order. */
        hidden: inside
          .filter((element) => element.tagName === 'input' && attribute(element, 'type') === 'hidden')
          .filter((element) => attribute(element, 'name'))
          .map((element) => [attribute(element, 'name'), attribute(element, 'value') ?? '']),
        /** The field element named `name` (a `bf-…` element or a native control), or undefined. */
        field: (name) => inside.find((element) => attribute(element, 'name') === name),
        /** The elements in the form with this tag name (`bf-option`). */
        byTag: (tagName) => inside.filter((element) => element.tagName === tagName),
      };
    },
    /** The same-origin stylesheets and scripts the page names, as absolute addresses. */
    assets() {
      const links = all
        .filter((element) => element.tagName === 'link' && attribute(element, 'rel') === 'stylesheet')
        .map((element) => attribute(element, 'href'));
      const scripts = all.filter((element) => element.tagName === 'script').map((e) => attribute(e, 'src'));
      return [...links, ...scripts]
        .filter((address) => address !== undefined)
        .map((address) => new URL(address, url))
        .filter((address) => address.origin === new URL(url).origin)
        .map((address) => address.href);
    },
  };
}
