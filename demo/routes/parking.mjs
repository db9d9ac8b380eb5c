// POST /parkering, "Ansøg om beboerlicens til parkering": checked again on the server with the
// library's own rules, sent back with the messages or kept with a receipt (`checked-form.mjs`). The
// page's exit (a company car the citizen does not have at their disposal) is a rule here too: a
// request that skipped the page cannot apply with that answer.
import { parkingPage } from '../form-pages.mjs';
import { postCheckedForm } from './checked-form.mjs';

/** The page's `draft-key` (demo/pages/parkering.html). */
export const PARKING_DRAFT_KEY = 'parkering';

/** The answer to "Hvem ejer eller bruger bilen?" that ends the flow on the page's exit. */
const COMPANY_CAR_NOT_AT_DISPOSAL = 'firmabil-uden-raadighed';

/** @param {FormData} formData */
function parkingRules(formData) {
  return formData.get('bil') === COMPANY_CAR_NOT_AT_DISPOSAL
    ? { bil: 'Du kan ikke få beboerlicens til en firmabil, som du ikke har til rådighed' }
    : {};
}

/**
 * @type {import('fastify').FastifyPluginCallback<{
 *   heldFiles: import('../held-files.mjs').HeldFiles,
 *   submissions: import('../store/submissions.mjs').SubmissionStore,
 *   ids: import('../store/submission-ids.mjs').SubmissionIds,
 *   drafts: import('../store/drafts.mjs').DraftRepository,
 * }>}
 */
export function parkingRoutes(app, { heldFiles, submissions, ids, drafts }, done) {
  postCheckedForm(app, parkingPage, {
    heldFiles,
    submissions,
    ids,
    rules: parkingRules,
    draft: { key: PARKING_DRAFT_KEY, drafts },
  });
  done();
}
