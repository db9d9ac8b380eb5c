// POST /flytning, "Anmeld flytning": checked again on the server with the library's own rules, sent
// back with the messages or kept with a receipt (`checked-form.mjs`).
import { movingPage } from '../form-pages.mjs';
import { postCheckedForm } from './checked-form.mjs';

/**
 * @type {import('fastify').FastifyPluginCallback<{
 *   heldFiles: import('../held-files.mjs').HeldFiles,
 *   submissions: import('../store/submissions.mjs').SubmissionStore,
 *   ids: import('../store/submission-ids.mjs').SubmissionIds,
 * }>}
 */
export function movingRoutes(app, { heldFiles, submissions, ids }, done) {
  postCheckedForm(app, movingPage, { heldFiles, submissions, ids });
  done();
}
