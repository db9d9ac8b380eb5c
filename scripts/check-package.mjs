#!/usr/bin/env node
// Lints the package as npm would publish it: publint (every message counts, warnings as errors) and
// attw, "are the types wrong?" (settings in .attw.json: the esm-only profile, since the package has
// no CommonJS build), on every concrete entry point, wildcard exports expanded.
// Usage: node scripts/check-package.mjs [borgerform-x.y.z.tgz]   (without a tarball: packs dist/ first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { concreteSubpaths } from './package/subpaths.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs a command to its end.
 * @param {string} command @param {string[]} args @param {string} cwd
 * @returns {{ status: number | null, output: string }}
 */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** @param {string} folder @returns {string} the path of the tarball `npm pack` wrote there */
export function packInto(folder) {
  const { status, output } = run('npm', ['pack', '--json', '--pack-destination', folder], root);
  if (status !== 0) throw new Error(`npm pack failed:\n${output}`);
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('[')));
  return path.join(folder, filename);
}

/** @param {string} tarball @returns {string[]} the packed files, relative to the package root */
function packedFiles(tarball) {
  const { status, output } = run('tar', ['-tzf', tarball], root);
  if (status !== 0) throw new Error(`tar could not list ${tarball}:\n${output}`);
  return output
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''));
}

/**
 * publint and attw on one tarball.
 * @param {string} tarball
 * @returns {Promise<{ ok: boolean, report: string }>}
 */
export async function checkPackage(tarball) {
  const data = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
    strict: true,
  });
  const lines = messages.map((message) => `publint ${message.type}: ${formatMessage(message, pkg)}`);

  const configPath = path.join(root, '.attw.json');
  /** @type {{ excludeEntrypoints?: string[] }} */
  const config = JSON.parse(readFileSync(configPath, 'utf8'));
  // Stylesheets (the tokens, the themes, the font) have no types to check.
  const entrypoints = concreteSubpaths(pkg.exports, packedFiles(tarball)).filter(
    (entry) => !config.excludeEntrypoints?.includes(entry) && !entry.endsWith('.css'),
  );
  const attwBin = path.join(root, 'node_modules/.bin/attw');
  const attwArgs = [tarball, '--config-path', configPath, '--no-color', '--no-emoji', '--format', 'ascii'];
  const attw = run(attwBin, [...attwArgs, '--include-entrypoints', ...entrypoints], root);
  // Exit 0 also means "no types at all"; so the types must be there, and every entry point checked.
  const unchecked = entrypoints.filter(
    (entry) => !attw.output.includes(`"${path.posix.join(pkg.name, entry)}"`),
  );
  const attwClean =
    attw.status === 0 && !attw.output.includes('does not contain types') && unchecked.length === 0;
  if (!attwClean)
    lines.push(`attw (exit ${attw.status}), not checked: ${unchecked.join(' ')}\n${attw.output}`);

  const ok = messages.length === 0 && attwClean;
  const summary = `publint: ${messages.length} messages; attw: ${attwClean ? 'no problems' : 'problems'} in ${entrypoints.length} entry points`;
  return { ok, report: [...lines, summary].join('\n') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let tarball = process.argv[2];
  const scratch = tarball ? undefined : mkdtempSync(path.join(tmpdir(), 'borgerform-pack-'));
  try {
    tarball ??= packInto(/** @type {string} */ (scratch));
    const { ok, report } = await checkPackage(path.resolve(tarball));
    console.log(report);
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
