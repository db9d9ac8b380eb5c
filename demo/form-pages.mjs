// The demo's form pages: each one's main content in demo/pages/, its heading, scripts and own path.
// A new page is a file in pages/ and an entry here.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIBRARY_SCRIPT } from './layout.mjs';

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));

/**
 * @typedef {object} FormPage
 * @property {string} file its main content in demo/pages/
 * @property {string} heading
 * @property {string[]} scripts
 * @property {string[]} [stylesheets]
 * @property {string} path its own address
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

/** Address → page. */
export const formPages = { '/': contactPage, '/index.html': contactPage, '/flytning': movingPage };

/**
 * A page's main content, read for every request (an edited page shows on reload).
 * @param {FormPage} page
 */
export function readMain(page) {
  return readFile(path.join(pagesDir, page.file), 'utf8');
}
