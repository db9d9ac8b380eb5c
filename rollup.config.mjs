import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * The CDN file: one ESM module with Lit inside that defines every element, for
 * `<script type="module" src="…/borgerform.js">`. Runs after `tsc`, which emits the per-file ESM
 * build (Lit external) into dist/.
 * @type {import('rollup').RollupOptions}
 */
export default {
  input: 'src/cdn.ts',
  output: { dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: 'borgerform.js' },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist/cdn', declaration: false, declarationMap: false }),
    terser({ ecma: 2020, module: true, format: { comments: false } }),
  ],
};
