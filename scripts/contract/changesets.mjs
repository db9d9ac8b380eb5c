// Reads the changesets waiting in .changeset/ (Markdown files with a front matter of
// `"package": major|minor|patch` lines): the largest bump they ask for one package.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ORDER = ['patch', 'minor', 'major'];

/**
 * The bumps one changeset's text asks for, per package.
 * @param {string} text @returns {Map<string, import('./versions.mjs').Bump>}
 */
export function changesetBumps(text) {
  /** @type {Map<string, import('./versions.mjs').Bump>} */
  const bumps = new Map();
  const frontMatter = /^---\r?\n([^]*?)\r?\n---/u.exec(text)?.[1] ?? '';
  for (const line of frontMatter.split(/\r?\n/u)) {
    const match = /^\s*(["']?)([^"':\s]+)\1\s*:\s*(major|minor|patch)\s*$/u.exec(line);
    if (match) bumps.set(match[2], /** @type {import('./versions.mjs').Bump} */ (match[3]));
  }
  return bumps;
}

/**
 * The largest bump the pending changesets in `folder` ask for `packageName`, if any.
 * @param {string} folder @param {string} packageName @returns {import('./versions.mjs').Bump | undefined}
 */
export function pendingBump(folder, packageName) {
  if (!existsSync(folder)) return undefined;
  let largest = -1;
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const bump = changesetBumps(readFileSync(path.join(folder, file), 'utf8')).get(packageName);
    if (bump) largest = Math.max(largest, ORDER.indexOf(bump));
  }
  return largest < 0 ? undefined : /** @type {import('./versions.mjs').Bump} */ (ORDER[largest]);
}
