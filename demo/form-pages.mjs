// The demo's form pages: each one's main content in demo/pages/, its heading, scripts and own path.
// A new page is a file in pages/ and an entry here.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIBRARY_SCRIPT } from './layout.mjs';
import { withToday } from './page-fields.mjs';
import { parkingPageFor } from './parking-page.mjs';

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));

/**
 * @typedef {object} FormPage
 * @property {string} file its main content in demo/pages/
 * @property {string} heading
 * @property {string[]} scripts
 * @property {string[]} [stylesheets]
 * @property {string} path its own address
 * @property {boolean} [ownHeadings] its content gives its own `h1`s (a flow in steps)
 * @property {(main: string, request: import('fastify').FastifyRequest) => { main: string, header?: string }} [forRequest]
 *   the page filled for one request (the logged-in citizen …); `header` replaces the demo's header
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

/** A date field judged against today (`past`, `future`) without a day of its own. */
const DATE_AGAINST_TODAY = /<bf-date-input\s[^>]*\s(?:past|future)[\s=>]/u;

/**
 * A page's main content, read for every request (an edited page shows on reload). A date field judged
 * against today gets the server's today (`withToday`), so the page and the server's check agree.
 * @param {FormPage} page
 */
export async function readMain(page) {
  const main = await readFile(path.join(pagesDir, page.file), 'utf8');
  if (!DATE_AGAINST_TODAY.test(main)) return main;
  // Loaded when first needed: the built library (dist/), which the plain pages do not need.
  const { localTodayIso } = await import('../dist/base/clock.js');
  return withToday(main, localTodayIso());
}
