// The address field's bundle on its own: src/define/address-input.ts bundled like the bench's form
// bundle and the CDN file (writeFormBundle: the build's rollup + terser settings), its minified and
// gzip -9 bytes, and with --files its minified bytes per source file (from the source map).
//
//   node bench/address-bytes.mjs [repoDir] [--files]
//
// repoDir defaults to this checkout; another checkout (a `git worktree add` of an older commit)
// needs a node_modules link to this one's. The settings and plugins are always this checkout's, so
// two commits are measured the same way.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleComposition, writeFormBundle } from './bundle-size.mjs';

const args = process.argv.slice(2);
const repoDir = path.resolve(
  args.find((arg) => !arg.startsWith('--')) ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'),
);
const outDir = await mkdtemp(path.join(tmpdir(), 'address-bytes-'));
const outFile = path.join(outDir, 'address-input.js');
await writeFormBundle(repoDir, ['address-input'], outFile);
const code = await readFile(outFile);
console.log(`${repoDir}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzip -9`);
if (args.includes('--files')) {
  for (const { file, bytes } of (await bundleComposition(outFile)).files) {
    console.log(`${String(bytes).padStart(7)}  ${file.replace(/^.*?\/src\//, 'src/')}`);
  }
}
await rm(outDir, { recursive: true });
