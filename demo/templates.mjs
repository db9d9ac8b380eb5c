// The demo's template files, parsed once into a tree (parse5) and parsed again when the file changes
// (an edited page shows on reload), without its comments. A template is never changed: it is cloned
// before it is filled.
import { readFile, stat } from 'node:fs/promises';
import { parseContent, parseDocument, removeComments } from './html.mjs';

/**
 * @typedef {object} Template a parsed template file
 * @property {string} file its path
 * @property {import('./html.mjs').DocumentFragment | import('./html.mjs').Document} tree never changed
 */

/** Path → { mtime, template }. */
const cache = new Map();

/**
 * A template file's tree: a document when it starts with a doctype (a layout), else content.
 * @param {string} file an absolute path
 * @returns {Promise<Template>}
 */
export async function loadTemplate(file) {
  const { mtimeMs, size } = await stat(file);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.template;
  const markup = await readFile(file, 'utf8');
  const tree = /^\s*<!doctype/iu.test(markup) ? parseDocument(markup) : parseContent(markup);
  removeComments(tree); // notes for the page's developers, not for citizens
  const template = { file, tree };
  cache.set(file, { mtimeMs, size, template });
  return template;
}
