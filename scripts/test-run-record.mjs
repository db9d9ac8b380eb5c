// The record of one `npm test` run: each runner's reporter writes every test it ran (file, full title,
// state) to test-results/run/<runner>.json, and scripts/check-matrix.mjs reads them all afterwards, so
// the conformance matrix is checked against what passed in this very run. `npm test` empties the folder
// first, so a record never outlives its run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the records go (test-results/ is gitignored). */
export const RUN_DIR = fileURLToPath(new URL('../test-results/run/', import.meta.url));

/**
 * @typedef {object} RecordedTest
 * @property {string} runner `wtr:Chromium`, `wtr:Firefox`, `vitest:unit`, `vitest:e2e`, `vitest:storybook`
 * @property {string} file the test file, relative to the project
 * @property {string} title the full title: describe blocks and the test's own, joined by " > "
 * @property {'passed' | 'failed' | 'skipped'} state
 */

/**
 * Writes one runner's tests (replacing that runner's earlier record).
 * @param {string} name the record's file name without `.json`
 * @param {RecordedTest[]} tests
 */
export function writeRunRecord(name, tests) {
  mkdirSync(RUN_DIR, { recursive: true });
  writeFileSync(path.join(RUN_DIR, `${name}.json`), JSON.stringify({ tests }, null, 1));
}

/** Every test recorded in this run, from all runners. @returns {RecordedTest[]} */
export function readRunRecords() {
  let files;
  try {
    files = readdirSync(RUN_DIR).filter((file) => file.endsWith('.json'));
  } catch {
    return [];
  }
  return files.flatMap((file) => JSON.parse(readFileSync(path.join(RUN_DIR, file), 'utf8')).tests);
}

/** A path relative to the project, with forward slashes. @param {string} file */
export function projectPath(file) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  return path.relative(root, file).split(path.sep).join('/');
}
