// The bench server: loopback only, node:http, no dependencies, no Content-Security-Policy (the bench
// injects axe-core into the page). Every response is sent uncompressed (no Content-Encoding); the
// bench gzips the bodies itself to report transfer sizes.
//
//   GET /plain?n=200            the form as plain HTML
//   GET /library?n=200          the form with Borgerform
//   GET /<variant>?n=200&kinds=text,email    only some control kinds in each fieldset
//   GET /probe                  an empty page that loads the bundle (which elements are defined?)
//   GET /dist/cdn/borgerform.js the top-level build output (or the file given as `bundleFile`)
//
//   node bench/server.mjs       serves on http://127.0.0.1:8090/ (PORT to change) for a look by hand

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_PATH, KINDS, VARIANTS, page } from './form.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const repoDir = path.dirname(benchDir);
export const defaultBundleFile = path.join(repoDir, 'dist', 'cdn', 'borgerform.js');

const MAX_N = 2000;

function send(response, status, type, body) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
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

async function handle(request, response, bundleFile) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, 'text/plain; charset=utf-8', 'GET only\n');
  }
  if (url.pathname === BUNDLE_PATH) {
    try {
      const body = await readFile(bundleFile);
      return send(response, 200, 'text/javascript; charset=utf-8', body);
    } catch {
      return send(
        response,
        404,
        'text/plain; charset=utf-8',
        'dist/cdn/borgerform.js is missing: run `npm run build` at the top level\n',
      );
    }
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
  const variant = VARIANTS.find((v) => v.available && url.pathname === `/${v.id}`);
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
    return send(response, 200, 'text/html; charset=utf-8', page(variant, n, kinds));
  }
  return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
}

/**
 * Starts the server on loopback. Port 0 picks a free port.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function startServer({ port = 0, host = '127.0.0.1', bundleFile = defaultBundleFile } = {}) {
  const server = createServer((request, response) => {
    handle(request, response, bundleFile).catch((error) => {
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
  const { origin } = await startServer({ port: Number(process.env.PORT ?? 8090) });
  console.log(`bench server on ${origin}/plain?n=20 and ${origin}/library?n=20`);
}
