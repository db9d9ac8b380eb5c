// The Borgerform demo server: the demo's form pages, a receipt for POSTed forms, the built library
// (dist/) and the component catalogue (storybook-static/). Built with Fastify 5 and its official
// plugins (demo/app.mjs assembles it; see demo/README.md for which module does what).
//
//   node demo/server.mjs            PORT=3000 node demo/server.mjs
//
// Citizen data is never logged: one line per request with method, path (no query string) and status.

import path from 'node:path';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { buildApp, catalogueBuilt } from './app.mjs';
import { mounts } from './routes/static.mjs';

export { MAX_BODY_BYTES } from './forms.mjs';
export { CONTENT_SECURITY_POLICY } from './replies.mjs';

/**
 * Starts the server. `port` 0 picks a free port (tests). Resolves once it listens.
 * @param {{ port?: number, host?: string, log?: boolean, dataDir?: string, sessionSeconds?: number }} [options]
 *   `dataDir`: the database's folder (default `DEMO_DATA_DIR`, else `demo/data/`); `sessionSeconds`: a
 *   login's length (default `DEMO_SESSION_SECONDS`, else 30 minutes)
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void>, submissions: import('./store/submissions.mjs').SubmissionStore }>}
 */
export async function startServer({
  port = 8080,
  host = '127.0.0.1',
  log = true,
  dataDir,
  sessionSeconds,
} = {}) {
  const app = await buildApp({
    log,
    ...(dataDir ? { dataDir } : {}),
    ...(sessionSeconds ? { sessionSeconds } : {}),
  });
  await app.listen({ port, host });
  const address = app.server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  return { server: app.server, url, close: () => app.close(), submissions: app.submissions };
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runDirectly) {
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  const { url, close } = await startServer({ port });
  console.log(`Borgerform demo:      ${url}  (contact form)`);
  console.log(`                      ${url}flytning  (Anmeld flytning: every field element)`);
  console.log(
    `                      ${url}parkering  (Ansøg om beboerlicens til parkering: a flow in steps)`,
  );
  console.log(`Component catalogue:  ${url}catalogue/`);
  const bundle = await stat(path.join(mounts.dist.dir, 'cdn', 'borgerform.js')).catch(() => null);
  if (!bundle?.isFile()) console.log('dist/cdn/borgerform.js is missing: run `npm run build` first.');
  if (!(await catalogueBuilt()))
    console.log('storybook-static/ is missing: run `npm run build-storybook` for the catalogue.');
  const stop = () => close().then(() => process.exit(0));
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
