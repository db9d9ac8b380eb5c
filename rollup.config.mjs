import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { bundleOutput, minify } from './scripts/bundle-settings.mjs';

/**
 * @param {string} input the entry module
 * @param {string} file the file name in dist/cdn
 * @returns {import('rollup').RollupOptions}
 */
function cdnBuild(input, file) {
  return {
    input,
    // One file: what the elements import on demand (a form's drafts) is inlined, as the CDN file defines everything.
    output: { ...bundleOutput, dir: 'dist/cdn', entryFileNames: file, inlineDynamicImports: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist/cdn',
        declaration: false,
        declarationMap: false,
      }),
      minify(),
    ],
  };
}

/**
 * The CDN file: one ESM module with Lit inside that defines every element, for
 * `<script type="module" src="…/borgerform.js">`. Runs after `tsc`, which emits the per-file ESM
 * build (Lit external) into dist/.
 * The same with Lit's hydration support loaded first, for pages rendered on the server
 * (`borgerform/ssr`): `dist/cdn/borgerform-hydrate.js`.
 * @type {import('rollup').RollupOptions[]}
 */
export default [
  cdnBuild('src/cdn.ts', 'borgerform.js'),
  cdnBuild('src/cdn-hydrate.ts', 'borgerform-hydrate.js'),
];
