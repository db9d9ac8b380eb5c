// @ts-check
// Serves React to the browser tests as ES modules. React 19 ships CommonJS only, which a browser cannot
// import; a host's bundler converts it, and here esbuild does: `react` and `react-dom/client` are bundled
// once, together (split, so both share one copy of React), into modules that name React's exports.
// The tests import the real packages under their usual names; this plugin answers those imports.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const BASE = '/__react-esm/';
/** Bare specifier → the entry's file name under BASE. */
const ENTRIES = { react: 'react', 'react-dom/client': 'react-dom-client' };

/** A CommonJS package's export names, read in a separate Node process (React's own console stays out of
 * the test runner's). @param {string} specifier @returns {string[]} */
function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const env = { ...process.env, NODE_ENV: 'production' };
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' }));
}

/** An ES module re-exporting a CommonJS package's exports by name. @param {string} specifier */
function entrySource(specifier) {
  const names = exportNames(specifier).filter((name) => /^[A-Za-z_$][\w$]*$/u.test(name));
  return `import cjs from '${specifier}';\nexport default cjs;\nexport const { ${names.join(', ')} } = cjs;\n`;
}

/** Bundles the entries once, on first request. @returns {Promise<Map<string, string>>} path → code */
async function bundle() {
  const result = await build({
    entryPoints: Object.fromEntries(
      Object.entries(ENTRIES).map(([specifier, file]) => [file, `entry:${specifier}`]),
    ),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: 'out',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'entries',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^entry:/ }, (args) => ({
            path: args.path.slice(6),
            namespace: 'entry',
          }));
          esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => ({
            contents: entrySource(args.path),
            resolveDir: process.cwd(),
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [`${BASE}${file.path.split('/').pop()}`, file.text]));
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function reactEsmPlugin() {
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;
  return {
    name: 'borgerform-react-esm',
    resolveImport({ source }) {
      const file = /** @type {Record<string, string>} */ (ENTRIES)[source];
      return file ? `${BASE}${file}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(BASE)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
