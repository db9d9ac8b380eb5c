// The demo server as a Fastify instance: body parsers, the security headers, the request log, the
// Danish error pages, the CSRF protection, and the routes (form pages, their POSTs, the static mounts).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { frameworkErrorAnswer, installErrorPages, pathOf } from './errors.mjs';
import { useCsrf } from './form-guard.mjs';
import { acceptFormBodies, MAX_BODY_BYTES } from './forms.mjs';
import { HeldFiles } from './held-files.mjs';
import { SECURITY_HEADERS } from './replies.mjs';
import { caseworkRoutes } from './routes/casework.mjs';
import { cmsRoutes } from './routes/cms.mjs';
import { movingRoutes } from './routes/moving.mjs';
import { pageRoutes } from './routes/pages.mjs';
import { parkingRoutes } from './routes/parking.mjs';
import { mounts, staticRoutes } from './routes/static.mjs';
import { stepwiseRoutes } from './routes/stepwise.mjs';
import { submitRoutes } from './routes/submit.mjs';
import { draftRoutes } from './routes/drafts.mjs';
import { loginRoutes } from './routes/login.mjs';
import { DEFAULT_SESSION_SECONDS, useSessions } from './session.mjs';
import { openDatabase } from './store/database.mjs';
import { DraftRepository } from './store/drafts.mjs';
import { SessionStore } from './store/sessions.mjs';
import { SubmissionIds } from './store/submission-ids.mjs';
import { SubmissionStore } from './store/submissions.mjs';

/** Where the demo keeps its database (`DEMO_DATA_DIR`, default `demo/data/`, which .gitignore names). */
export const DEFAULT_DATA_DIR =
  process.env.DEMO_DATA_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** Whether the component catalogue (storybook-static/) has been built; asked again on each request. */
export async function catalogueBuilt() {
  try {
    return (await stat(mounts.catalogue.dir)).isDirectory();
  } catch {
    return false;
  }
}

/** A login session's length in seconds (`DEMO_SESSION_SECONDS`, default 30 minutes). */
export const SESSION_SECONDS = Number(process.env.DEMO_SESSION_SECONDS) || DEFAULT_SESSION_SECONDS;

/**
 * Builds the app, ready to listen.
 * @param {{ log?: boolean, dataDir?: string, sessionSeconds?: number }} [options] `log`: one line per
 *   request (method, path, status) on stdout, the kind of each server error on stderr; never a query
 *   string or anything posted. `dataDir`: the folder of the SQLite database (created when missing).
 *   `sessionSeconds`: how long a login lasts on the server (and on the page's countdown).
 * @returns {Promise<import('fastify').FastifyInstance>}
 */
export async function buildApp({
  log = true,
  dataDir = DEFAULT_DATA_DIR,
  sessionSeconds = SESSION_SECONDS,
} = {}) {
  const app = Fastify({
    logger: false, // the request log below says only what may be said
    bodyLimit: MAX_BODY_BYTES,
    forceCloseConnections: true, // close() ends keep-alive connections too
    frameworkErrors: frameworkErrorAnswer({ log }),
  });

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  if (log) {
    app.addHook('onResponse', async (request, reply) => {
      console.log(`${request.method} ${pathOf(request.url)} ${reply.statusCode}`);
    });
  }
  installErrorPages(app, { log, catalogueBuilt });
  await acceptFormBodies(app);

  /** Files attached to a form that came back with errors (`DEMO_HELD_FILES_DIR`, default a temp folder). */
  const heldFiles = new HeldFiles(
    process.env.DEMO_HELD_FILES_DIR ? { dir: process.env.DEMO_HELD_FILES_DIR } : {},
  );
  const db = openDatabase(path.join(dataDir, 'demo.sqlite'));
  app.addHook('onClose', (_instance, done) => {
    db.close();
    done();
  });
  const submissions = new SubmissionStore(db);
  app.decorate('submissions', submissions);
  await useSessions(app, { sessions: new SessionStore(db, { seconds: sessionSeconds }) });
  const ids = new SubmissionIds(db);
  await useCsrf(app); // after the cookies: each token is bound to the browser's id (demo/session.mjs)
  const drafts = new DraftRepository(db);
  await app.register(loginRoutes);
  await app.register(draftRoutes, { drafts });
  await app.register(pageRoutes, { ids });
  await app.register(submitRoutes, { submissions, ids });
  await app.register(movingRoutes, { heldFiles, submissions, ids });
  await app.register(parkingRoutes, { heldFiles, submissions, ids, drafts });
  await app.register(stepwiseRoutes, { heldFiles, submissions, ids, drafts }); // /parkering/trinvis
  await app.register(caseworkRoutes, { submissions });
  await app.register(cmsRoutes, { submissions, ids });
  await app.register(staticRoutes);
  await app.ready();
  return app;
}
