// The one layout of every page the demo server writes: demo/templates/layout.html, filled through its
// tree (title text, stylesheets and scripts in the head, heading and main content, the current link
// marked) and serialized by parse5, so every value is text. The form pages in demo/pages/ hold only
// their main content; the receipt and the error pages are built from nodes.
import { fileURLToPath } from 'node:url';
import {
  append,
  cloneNode,
  findElement,
  getAttribute,
  h,
  prepend,
  remove,
  setAttribute,
  text,
  toHtml,
} from './html.mjs';
import { loadTemplate } from './templates.mjs';

/** The library, which every form page loads. */
export const LIBRARY_SCRIPT = '/dist/cdn/borgerform.js';

/** Where the CSRF token is for the page's scripts (the draft store sends it as a header). */
export const CSRF_META = 'csrf-token';

const layoutFile = fileURLToPath(new URL('./templates/layout.html', import.meta.url));

/**
 * A whole page in the demo's layout.
 * @param {object} page
 * @param {string} page.heading the page's heading (text)
 * @param {string} [page.title] the document's title, before " – Eksempel Kommune" (text); the heading by default
 * @param {import('./html.mjs').Node | readonly import('./html.mjs').Node[]} page.main the main content
 *   after the heading: nodes (a filled template, or elements built with `h`)
 * @param {string[]} [page.scripts] module scripts to load (same-origin URLs)
 * @param {string[]} [page.stylesheets] stylesheets after the demo's own (same-origin URLs)
 * @param {string} [page.path] the page's own path, so its footer link is marked as the current page
 * @param {boolean} [page.ownHeadings] the main content gives its own `h1`s (a flow: its start page and
 *   each step), so the layout writes none
 * @param {string} [page.csrfToken] the token for the page's scripts, in `<meta name="csrf-token">`
 * @param {readonly import('./html.mjs').Node[]} [page.header] the page's own header (`bf-header`,
 *   which has its own skip link, and what goes with it), instead of the demo's skip link and header
 * @returns {Promise<string>}
 */
export async function renderPage({
  heading,
  title = heading,
  main,
  scripts = [],
  stylesheets = [],
  path,
  ownHeadings = false,
  csrfToken,
  header,
}) {
  const document = cloneNode((await loadTemplate(layoutFile)).tree);
  const find = (/** @type {(e: import('./html.mjs').Element) => boolean} */ test) => {
    const found = findElement(document, test);
    if (!found) throw new Error(`${layoutFile} lacks an element the layout fills`);
    return found;
  };
  const head = find((e) => e.tagName === 'head');
  prepend(
    find((e) => e.tagName === 'title'),
    text(`${title} – `),
  ); // before the municipality's name
  if (csrfToken !== undefined) append(head, h('meta', { name: CSRF_META, content: csrfToken }));
  append(
    head,
    ...stylesheets.map((href) => h('link', { rel: 'stylesheet', href })),
    ...scripts.map((src) => h('script', { type: 'module', src })),
  );
  if (header) {
    const body = find((e) => e.tagName === 'body');
    remove(find((e) => e.tagName === 'a' && getAttribute(e, 'class') === 'demo-skip-link'));
    remove(find((e) => e.tagName === 'header'));
    for (const node of [...header].reverse()) prepend(body, node);
  }
  const mainElement = find((e) => e.tagName === 'main');
  append(mainElement, ownHeadings ? null : h('h1', {}, heading), ...[main].flat());
  if (path !== undefined) {
    const footer = find((e) => e.tagName === 'footer');
    const current = findElement(footer, (e) => e.tagName === 'a' && getAttribute(e, 'href') === path);
    if (current) setAttribute(current, 'aria-current', 'page');
  }
  return `${toHtml(document)}\n`;
}
