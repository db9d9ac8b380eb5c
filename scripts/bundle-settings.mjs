// The one-file build's settings, shared by rollup.config.mjs (dist/cdn/borgerform.js) and the
// benchmark's bundles (bench/bundle-size.mjs), so the bench measures what hosts are served.

import terser from '@rollup/plugin-terser';

/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment): the first line of a
 * file that asks V8 to compile every function in it eagerly, while the module is streamed and
 * compiled off the main thread, instead of lazily on the main thread at each function's first
 * call. Nearly every function of this bundle runs while a form is first rendered, so the main
 * thread is spared that work: measured in bench/findings.md.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Rollup output options: ES module, source map, the compile hint as the first line. */
export const bundleOutput = { format: 'es', sourcemap: true, banner: COMPILE_HINT };

/**
 * The minifier, keeping no comment but the compile hint (Rollup adds the banner before minifying).
 * The plugin hands its options to worker threads as source text, so the filter is a pattern, not a
 * function.
 */
export function minify() {
  const hint = new RegExp(`^${COMPILE_HINT.slice(2)}$`, 'u'); // a comment's text comes without its "//"
  return terser({ ecma: 2020, module: true, format: { comments: hint } });
}
