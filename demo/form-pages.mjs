// The demo's form pages: each one's main content in demo/pages/, its heading, scripts and own path.
// A new page is a file in pages/ and an entry here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIBRARY_SCRIPT } from './layout.mjs';
import { usesToday } from './page-fields.mjs';
import { parkingPageFor } from './parking-page.mjs';
import { loadTemplate } from './templates.mjs';

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));

/**
 * @typedef {object} FormPage
 * @property {string} file its main content in demo/pages/
 * @property {string} heading
 * @property {string[]} scripts
 * @property {string[]} [stylesheets]
 * @property {string} path its own address
 * @property {boolean} [ownHeadings] its content gives its own `h1`s (a flow in steps)
 * @property {(request: import('fastify').FastifyRequest) => PageForRequest} [forRequest] what the page
 *   gets for one request (the logged-in citizen …)
 */

/**
 * @typedef {object} PageForRequest
 * @property {Record<string, string>} [prefilled] field name → the value fetched for this request
 *   (demo/page-fields.mjs `fillPage`)
 * @property {import('./html.mjs').Element} [notice] a message above the content
 * @property {import('./html.mjs').Node[]} [header] the page's own header, instead of the demo's
 */

/** @type {FormPage} */
export const contactPage = {
  file: 'index.html',
  heading: 'Kontakt kommunen',
  scripts: [LIBRARY_SCRIPT],
  stylesheets: ['/demo/cms-theme.css'], // an unfriendly CMS theme: the fields do not care (issue 22)
  path: '/',
};

/** @type {FormPage} */
export const movingPage = {
  file: 'flytning.html',
  heading: 'Anmeld flytning',
  scripts: [LIBRARY_SCRIPT, '/demo/scripts/flytning.js'],
  path: '/flytning',
};

/** @type {FormPage} */
export const parkingPage = {
  file: 'parkering.html',
  heading: 'Ansøg om beboerlicens til parkering',
  scripts: [LIBRARY_SCRIPT, '/demo/scripts/parkering.js'],
  path: '/parkering',
  ownHeadings: true, // the start page and each step have their own h1
  forRequest: parkingPageFor, // the citizen, the header and the session (demo/parking-page.mjs)
};

/** Address → page. */
export const formPages = {
  '/': contactPage,
  '/index.html': contactPage,
  '/flytning': movingPage,
  '/parkering': parkingPage,
};

/**
 * A page's main content as a template (demo/templates.mjs: parsed once, parsed again when the file
 * changes, so an edited page shows on reload).
 * @param {FormPage} page
 */
export function readMain(page) {
  return loadTemplate(path.join(pagesDir, page.file));
}

/**
 * The server's today (`YYYY-MM-DD`) when the page has a date field judged against today without a
 * day of its own (filled into its `today`, so the page and the server's check agree), else undefined.
 * @param {import('./templates.mjs').Template} main
 */
export async function todayFor(main) {
  if (!usesToday(main)) return undefined;
  // Loaded when first needed: the built library (dist/), which the plain pages do not need.
  const { localTodayIso } = await import('../dist/base/clock.js');
  return localTodayIso();
}
