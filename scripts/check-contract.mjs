#!/usr/bin/env node
// Checks the public contract (tags, attributes, public properties, documented events, slots, CSS
// parts, CSS properties, custom states, design tokens, message keys) against the committed baseline
// contract/public-contract.json: a name lost or renamed fails, unless the next release may break
// (a higher major version than the baseline's, or a higher minor while it is 0.x; pending changesets
// count). Added names pass. Needs `npm run build` (custom-elements.json and dist/).
// Usage: node scripts/check-contract.mjs [--update]   (--update writes the current contract as the baseline)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pendingBump } from './contract/changesets.mjs';
import { judgeContract } from './contract/compare.mjs';
import { buildContract } from './contract/extract.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const baselineFile = path.join(root, 'contract/public-contract.json');

/** @param {string} file @returns {any} */
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** @returns {Promise<import('./contract/extract.mjs').PublicContract>} the contract the built package has now */
async function currentContract() {
  const needed = ['custom-elements.json', 'dist/tokens/index.js', 'dist/i18n/locales/da.js'];
  const missing = needed.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first.`);
  /** @type {{ allTokenNames(): string[] }} */
  const tokens = await import(pathToFileURL(path.join(root, 'dist/tokens/index.js')).href);
  /** @type {{ da: Record<string, unknown> }} */
  const { da } = await import(pathToFileURL(path.join(root, 'dist/i18n/locales/da.js')).href);
  return buildContract({
    manifest: readJson(path.join(root, 'custom-elements.json')),
    tokens: tokens.allTokenNames(),
    texts: Object.keys(da),
    version: readJson(path.join(root, 'package.json')).version,
  });
}

/**
 * The baseline as it is written: one name a line, so a review sees each lost or added name.
 * @param {import('./contract/extract.mjs').PublicContract} contract
 */
function writeBaseline(contract) {
  mkdirSync(path.dirname(baselineFile), { recursive: true });
  writeFileSync(baselineFile, `${JSON.stringify(contract, null, 2)}\n`);
}

/** @param {number} count @returns {string} */
const names = (count) => `${count} ${count === 1 ? 'name' : 'names'}`;

/** @param {string[]} entries @returns {string} */
const list = (entries) => entries.map((entry) => `  ${entry}`).join('\n');

const update = process.argv.includes('--update');
const current = await currentContract();
const { name, version } = readJson(path.join(root, 'package.json'));

if (!existsSync(baselineFile)) {
  if (!update) throw new Error('contract/public-contract.json is missing: create it with --update.');
  writeBaseline(current);
  console.log(`Public contract: baseline written for ${version}.`);
} else {
  /** @type {import('./contract/extract.mjs').PublicContract} */
  const baseline = readJson(baselineFile);
  const bump = pendingBump(path.join(root, '.changeset'), name);
  const verdict = judgeContract({ baseline, current, packageVersion: version, pendingBump: bump });
  if (verdict.lost.length > 0) {
    const why = verdict.ok
      ? `allowed: ${verdict.releaseVersion} may break what ${baseline.version} offered`
      : `not allowed in ${verdict.releaseVersion} (baseline ${baseline.version}): restore them, or make the ` +
        `release a breaking one with a major changeset (\`npx changeset\`; a minor one while the version is 0.x)`;
    console.log(
      `Public contract: ${names(verdict.lost.length)} lost or renamed, ${why}:\n${list(verdict.lost)}`,
    );
  }
  if (verdict.added.length > 0) {
    console.log(`Public contract: ${names(verdict.added.length)} added:\n${list(verdict.added)}`);
  }
  if (!verdict.ok) {
    process.exitCode = 1;
  } else if (update) {
    writeBaseline(current);
    console.log(`Public contract: baseline written for ${version}.`);
  } else if (verdict.lost.length + verdict.added.length === 0) {
    console.log(`Public contract: unchanged since ${baseline.version}.`);
  } else {
    console.log('Public contract: record the changes with `npm run check-contract -- --update`.');
  }
  if (!update && baseline.version !== version) {
    console.log(
      `Public contract: the baseline is of ${baseline.version}, package.json says ${version}: --update it.`,
    );
  }
}
