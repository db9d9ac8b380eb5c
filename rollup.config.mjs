import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { bundleOutput, minify } from './scripts/bundle-settings.mjs';

/**
 * The CDN file: one ESM module with Lit inside that defines every element, for
 * `<script type="module" src="…/borgerform.js">`. Runs after `tsc`, which emits the per-file ESM
 * build (Lit external) into dist/.
 * @type {import('rollup').RollupOptions}
 */
export default {
  input: 'src/cdn.ts',
  // One file: what the elements import on demand (a form's drafts) is inlined, as the CDN file defines everything.
  output: { ...bundleOutput, dir: 'dist/cdn', entryFileNames: 'borgerform.js', inlineDynamicImports: true },
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
