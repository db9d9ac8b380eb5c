// No sideways arrows (issue 20, item 7): the bench and the demo each import only from the library
// (src/, dist/, its build settings), from packages and Node, and from their own folder; never from
// each other or from anywhere else in the repository. A helper both need lives in the library or in each.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Library files outside src/ and dist/ that a folder may import: the bench builds its bundles with the
 * shipped bundle's own settings, so it measures what ships.
 */
const LIBRARY_FILES = ['scripts/bundle-settings.mjs'];

/** The module specifiers written in a JavaScript source: static and side-effect imports, re-exports, literal `import()`. */
function importSpecifiers(source: string): string[] {
  const patterns = [
    /\bfrom\s*(['"])([^'"\n]+)\1/gu,
    /\bimport\s*(['"])([^'"\n]+)\1/gu,
    /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/gu,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[2]));
}

/**
 * The specifiers of `file` (a path from the repository root, in `folder`) that reach outside the
 * folder and the library. A path from the root (`/dist/…`) is a URL the demo serves: `/dist/` is the
 * library, `/demo/` the demo's own folder.
 */
function sidewaysImports(folder: string, file: string, source: string): string[] {
  return importSpecifiers(source).filter((specifier) => {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) return false; // Node and packages
    const target = specifier.startsWith('/')
      ? specifier.slice(1)
      : path.posix.join(path.posix.dirname(file), specifier);
    return !(
      target.startsWith(`${folder}/`) ||
      target.startsWith('src/') ||
      target.startsWith('dist/') ||
      LIBRARY_FILES.includes(target)
    );
  });
}

/** The JavaScript modules of a folder, as paths from the repository root (no installed or generated files). */
function modules(folder: string): string[] {
  return readdirSync(path.join(repoDir, folder), { recursive: true, encoding: 'utf8' })
    .map((entry) => `${folder}/${entry.split(path.sep).join('/')}`)
    .filter((file) => /\.m?js$/u.test(file) && !/(^|\/)(node_modules|\.[^/]+)\//u.test(file));
}

describe('import boundaries of the bench and the demo', () => {
  it('finds every kind of specifier, and flags one reaching into another folder', () => {
    const source = [
      "import { escapeHtml } from '../demo/server.mjs';",
      "export { localTodayIso } from '../dist/base/clock.js';",
      "import './own.mjs';",
      "const { minify } = await import('../scripts/bundle-settings.mjs');",
      "import { chromium } from 'playwright-core';",
      "import path from 'node:path';",
      "import { x } from '../test/e2e/support.js';",
    ].join('\n');
    expect(importSpecifiers(source)).toHaveLength(7);
    expect(sidewaysImports('bench', 'bench/form.mjs', source)).toEqual([
      '../demo/server.mjs',
      '../test/e2e/support.js',
    ]);
    expect(sidewaysImports('demo', 'demo/scripts/flytning.js', "import '/dist/cdn/borgerform.js';")).toEqual(
      [],
    );
    expect(sidewaysImports('demo', 'demo/scripts/flytning.js', "import '/bench/form.mjs';")).toEqual([
      '/bench/form.mjs',
    ]);
  });

  for (const folder of ['bench', 'demo']) {
    it(`${folder}/ imports only from the library, packages, Node and itself`, () => {
      const files = modules(folder);
      expect(files.length).toBeGreaterThan(1);
      const sideways = files.flatMap((file) =>
        sidewaysImports(folder, file, readFileSync(path.join(repoDir, file), 'utf8')).map(
          (specifier) => `${file}: ${specifier}`,
        ),
      );
      expect(sideways).toEqual([]);
    });
  }
});
