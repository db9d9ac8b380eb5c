// The bundle the page loads and what its bytes are made of:
// - `writeFormBundle`: the bundle the bench page loads by default, made from src/define/<name>.ts
//   with the CDN build's own rollup settings (TypeScript plugin, node-resolve "production", terser,
//   the compile hint: scripts/bundle-settings.mjs),
//   as a host's bundler would ship only the elements its form uses;
// - `bundleComposition`: a bundle's minified bytes per source module, from its source map
//   (informational; the budget row uses what the page really fetched).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Groups a source path: Lit packages by package, our sources by folder (components by element). */
function groupOf(source) {
  const clean = source.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (pkg) return pkg[1];
  const component = /src\/components\/([^/]+)\//.exec(clean);
  if (component) return `src/components/${component[1]}`;
  const folder = /src\/([^/]+)\//.exec(clean);
  if (folder) return `src/${folder[1]}`;
  return clean;
}

/**
 * Minified bytes of the bundle per source group, from its source map. Shares of the gzip size are
 * proportional estimates (gzip does not split by module).
 */
export async function bundleComposition(bundleFile) {
  const code = await readFile(bundleFile, 'utf8');
  const map = JSON.parse(await readFile(`${bundleFile}.map`, 'utf8'));
  const codeLines = code.split('\n');
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes = new Map();
  const fileBytes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((lineText, lineIndex) => {
    const lineLength = codeLines[lineIndex]?.length ?? 0;
    const segments = [];
    let column = 0;
    for (const segmentText of lineText ? lineText.split(',') : []) {
      const values = [];
      let value = 0,
        shift = 0;
      for (const char of segmentText) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) source += values[1];
      segments.push([column, values.length >= 4 ? source : -1]);
    }
    segments.forEach(([start, sourceIndex], i) => {
      const end = segments[i + 1]?.[0] ?? lineLength;
      const group = sourceIndex >= 0 ? groupOf(map.sources[sourceIndex]) : '(unmapped)';
      bytes.set(group, (bytes.get(group) ?? 0) + Math.max(0, end - start));
      const file =
        sourceIndex >= 0
          ? map.sources[sourceIndex].replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '')
          : '(unmapped)';
      fileBytes.set(file, (fileBytes.get(file) ?? 0) + Math.max(0, end - start));
    });
  });
  const total = Buffer.byteLength(code);
  const totalGz = gzipSync(code, { level: 9 }).length;
  return {
    total,
    totalGz,
    groups: [...bytes.entries()]
      .map(([group, size]) => ({ group, bytes: size, gzShare: Math.round((size / total) * totalGz) }))
      .sort((a, b) => b.bytes - a.bytes),
    files: [...fileBytes.entries()]
      .map(([file, size]) => ({ file, bytes: size, gzShare: Math.round((size / total) * totalGz) }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/**
 * Bundles `input` with the CDN build's settings (node-resolve "production", then `plugins`, then
 * terser) into an ES module with a source map, and the chunks it imports on demand (`import()`)
 * beside it; returns the file written.
 */
async function writeBundle(repoDir, input, plugins, outFile) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { bundleOutput, minify } = await import('../scripts/bundle-settings.mjs');
  const build = await rollup({
    input,
    onwarn: () => {},
    // Lit's `svg` tag makes a value and nothing else: an icon no element of the bundle shows is left
    // out (Rollup ignores `/* @__PURE__ */` before a tagged template). A host's Rollup or Vite can say
    // the same; without it the bundle carries every icon of `src/base/icons.ts`.
    treeshake: { manualPureFunctions: ['svg'] },
    plugins: [
      ...plugins.entry,
      nodeResolve({ exportConditions: ['production'], rootDir: repoDir }),
      ...plugins.transform,
      minify(),
    ],
  });
  // What the elements load only when a page uses it (a form's drafts) comes as chunks next to the
  // file, named after it; the bench's server serves them and counts what a page fetches.
  const base = path.basename(outFile, '.js');
  await build.write({
    ...bundleOutput,
    dir: path.dirname(outFile),
    entryFileNames: path.basename(outFile),
    chunkFileNames: `${base}-[name]-[hash].js`,
  });
  await build.close();
  return outFile;
}

/**
 * Writes a bundle of only the given elements (src/define/<name>.ts, Lit included) with a source map,
 * built like dist/cdn/borgerform.js; returns the file written. `prelude`: modules imported before the
 * elements (the server-rendered page's bundle puts Lit's hydrate support first).
 */
export async function writeFormBundle(repoDir, defineNames, outFile, { prelude = [] } = {}) {
  const typescript = (await import('@rollup/plugin-typescript')).default;
  const entryId = '\0bench-form-entry.ts';
  const entry = [...prelude, ...defineNames.map((name) => path.join(repoDir, 'src', 'define', `${name}.js`))]
    .map((module) => `import ${JSON.stringify(module)};`)
    .join('\n');
  return writeBundle(
    repoDir,
    entryId,
    {
      entry: [
        {
          name: 'bench-entry',
          resolveId: (id) => (id === entryId ? id : null),
          load: (id) => (id === entryId ? entry : null),
        },
      ],
      transform: [
        typescript({
          tsconfig: path.join(repoDir, 'tsconfig.json'),
          outDir: path.dirname(outFile),
          declaration: false,
          declarationMap: false,
          include: [path.join(repoDir, 'src', '**', '*.ts')],
        }),
      ],
    },
    outFile,
  );
}

/** Writes the calibration bundle (`bench/reference/minimal-lit.mjs`, Lit included); returns the file written. */
export function writeReferenceBundle(repoDir, outFile) {
  return writeBundle(
    repoDir,
    path.join(repoDir, 'bench', 'reference', 'minimal-lit.mjs'),
    { entry: [], transform: [] },
    outFile,
  );
}
