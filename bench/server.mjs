// The bench server: loopback only, node:http, no dependencies, no Content-Security-Policy (the bench
// injects axe-core into the page). Every response is sent uncompressed (no Content-Encoding); the
// bench gzips the bodies itself to report transfer sizes.
//
//   GET /plain?n=200            the form as plain HTML
//   GET /dkfds?n=200            the form with DKFDS 11 (its CSS, JS and markup, and the service's handler)
//   GET /library?n=200          the form with Borgerform, rendered in the client
//   GET /ssr?n=200              the form with Borgerform, rendered on the server (ssr-page.mjs), when
//                               the server was started with `ssr` (503 with the reason otherwise)
//   GET /<variant>?n=200&kinds=text,email    only some control kinds in each fieldset
//   GET /probe                  an empty page that loads the bundle (which elements are defined?)
//   GET /dist/cdn/borgerform.js the top-level build output (or the file given as `bundleFile`)
//   GET /ssr/borgerform.js      the server-rendered page's hydrating bundle (`ssr.bundleFile`)
//   GET /dist/cdn/<bundle>-….js, /ssr/<bundle>-….js   the chunks a bundle imports on demand (beside it)
//   GET /ssr/styles/<tag>.css   the stylesheet each of its shadow roots links (dist/ssr/styles/)
//   GET /ssr/after-paint.js     waits for the frame after parsing, then imports the bundle (--ssr-hydrate=after-paint)
//   GET /dkfds/…                node_modules/dkfds/dist/… (CSS, JS, fonts, images)
//   GET /dkfds-service.js       bench/dkfds-service.mjs, the DKFDS page's submit handler
//
//   node bench/server.mjs       serves on http://127.0.0.1:8090/ (PORT to change) for a look by hand

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import {
  BUNDLE_PATH,
  DKFDS_PATH,
  DKFDS_SERVICE_PATH,
  KINDS,
  SSR_AFTER_PAINT_PATH,
  SSR_AFTER_PAINT_SCRIPT,
  SSR_BUNDLE_PATH,
  SSR_STYLES_PATH,
  VARIANTS,
  page,
} from './form.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const repoDir = path.dirname(benchDir);
export const defaultBundleFile = path.join(repoDir, 'dist', 'cdn', 'borgerform.js');
/** DKFDS's dist folder (the `dkfds` package's main file is dist/js/dkfds.min.js). */
export const dkfdsDir = path.resolve(path.dirname(createRequire(import.meta.url).resolve('dkfds')), '..');
const dkfdsServiceFile = path.join(benchDir, 'dkfds-service.mjs');

const TYPES = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * Static files are read once and served from memory, so the server's own disk reads do not show in
 * the pages' timings (restart the server after a rebuild).
 */
const files = new Map();

async function sendFile(response, file, cacheControl) {
  try {
    if (!files.has(file)) files.set(file, await readFile(file));
    const body = files.get(file);
    return send(response, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', body, cacheControl);
  } catch {
    return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
  }
}

const MAX_N = 2000;

/**
 * Every response is `no-store` (each measured load is a first visit in a fresh context anyway), except
 * the server-rendered page's element stylesheets: every shadow root links its class's file, and a
 * host serves them cacheable so that the page fetches each once (a `no-store` file is fetched again
 * for every link, and Chromium holds the parser until each in-body stylesheet has loaded).
 */
const CACHEABLE = 'public, max-age=31536000, immutable';

function send(response, status, type, body, cacheControl = 'no-store') {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': cacheControl,
  });
  response.end(body);
}

/** Parses `kinds=text,email` into kind objects; all kinds when absent. Null when a name is unknown. */
function parseKinds(value) {
  if (!value) return KINDS;
  const ids = value.split(',').filter(Boolean);
  const kinds = KINDS.filter((kind) => ids.includes(kind.id));
  return kinds.length === ids.length ? kinds : null;
}

/**
 * The file of a chunk of `bundleFile` (served at `bundlePath`) that `pathname` asks for: a file beside
 * it whose name starts with the bundle's own; null for anything else.
 */
function chunkFile(pathname, bundlePath, bundleFile) {
  if (!bundleFile || path.posix.dirname(pathname) !== path.posix.dirname(bundlePath)) return null;
  const name = decodeURIComponent(path.posix.basename(pathname));
  const prefix = `${path.basename(bundleFile, '.js')}-`;
  return name.startsWith(prefix) && name.endsWith('.js') && !name.includes('/')
    ? path.join(path.dirname(bundleFile), name)
    : null;
}

async function handle(request, response, bundleFile, ssr) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, 'text/plain; charset=utf-8', 'GET only\n');
  }
  if (url.pathname === BUNDLE_PATH) {
    try {
      if (!files.has(bundleFile)) files.set(bundleFile, await readFile(bundleFile));
      return send(response, 200, 'text/javascript; charset=utf-8', files.get(bundleFile));
    } catch {
      return send(
        response,
        404,
        'text/plain; charset=utf-8',
        'dist/cdn/borgerform.js is missing: run `npm run build` at the top level\n',
      );
    }
  }
  // The chunks a bundle imports on demand (bundle-size.mjs writes them beside it, named after it).
  const chunk =
    chunkFile(url.pathname, BUNDLE_PATH, bundleFile) ??
    chunkFile(url.pathname, SSR_BUNDLE_PATH, ssr?.bundleFile);
  if (chunk) return sendFile(response, chunk);
  if (url.pathname === DKFDS_SERVICE_PATH) return sendFile(response, dkfdsServiceFile);
  if (url.pathname.startsWith(`${DKFDS_PATH}/`)) {
    const file = path.resolve(dkfdsDir, `.${decodeURIComponent(url.pathname.slice(DKFDS_PATH.length))}`);
    if (!file.startsWith(`${dkfdsDir}${path.sep}`)) return send(response, 404, 'text/plain', 'not found\n');
    return sendFile(response, file);
  }
  if (url.pathname === SSR_BUNDLE_PATH) {
    if (!ssr?.bundleFile) return send(response, 404, 'text/plain; charset=utf-8', 'no server rendering\n');
    return sendFile(response, ssr.bundleFile);
  }
  if (url.pathname === SSR_AFTER_PAINT_PATH)
    return send(response, 200, 'text/javascript; charset=utf-8', SSR_AFTER_PAINT_SCRIPT);
  if (url.pathname.startsWith(SSR_STYLES_PATH)) {
    const name = /^[a-z0-9-]+\.css$/u.exec(url.pathname.slice(SSR_STYLES_PATH.length))?.[0];
    if (!ssr?.stylesDir || !name) return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
    return sendFile(response, path.join(ssr.stylesDir, name), CACHEABLE);
  }
  if (url.pathname === '/probe') {
    return send(
      response,
      200,
      'text/html; charset=utf-8',
      `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>probe</title><script type="module" src="${BUNDLE_PATH}"></script></head><body></body></html>\n`,
    );
  }
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204, { 'Cache-Control': 'no-store' });
    return response.end();
  }
  const variant = VARIANTS.find((v) => url.pathname === `/${v.id}`);
  if (variant) {
    const n = Number(url.searchParams.get('n') ?? '20');
    const kinds = parseKinds(url.searchParams.get('kinds'));
    if (!Number.isInteger(n) || n < 1 || n > MAX_N || !kinds) {
      return send(
        response,
        400,
        'text/plain; charset=utf-8',
        `n must be 1–${MAX_N}; kinds from ${KINDS.map((k) => k.id).join(',')}\n`,
      );
    }
    if (variant.serverRendered) {
      if (!ssr?.render)
        return send(response, 503, 'text/plain; charset=utf-8', `not rendered: ${ssr?.reason ?? 'no ssr'}\n`);
      return send(response, 200, 'text/html; charset=utf-8', await ssr.render(n, kinds));
    }
    return send(response, 200, 'text/html; charset=utf-8', page(variant, n, kinds));
  }
  return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
}

/**
 * Starts the server on loopback. Port 0 picks a free port. `ssr` (from ssr-page.mjs) serves the
 * server-rendered page: `{ render(n, kinds) → Promise<html>, bundleFile, stylesDir }`, or `{ reason }` when it
 * cannot be rendered.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function startServer({
  port = 0,
  host = '127.0.0.1',
  bundleFile = defaultBundleFile,
  ssr = null,
} = {}) {
  const server = createServer((request, response) => {
    handle(request, response, bundleFile, ssr).catch((error) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', `${error}\n`);
      else response.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        origin: `http://${host}:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { prepareSsr } = await import('./ssr-page.mjs');
  const ssr = await prepareSsr({ bundleOut: path.join(benchDir, '.out', 'ssr-bundle.js') });
  const { origin } = await startServer({ port: Number(process.env.PORT ?? 8090), ssr });
  console.log(
    `bench server on ${origin}/plain?n=20, ${origin}/dkfds?n=20, ${origin}/library?n=20 and ${origin}/ssr?n=20${ssr.render ? '' : ` (not rendered: ${ssr.reason})`}`,
  );
}
