// POST /submit, where the contact form posts: guarded as every form POST (demo/form-guard.mjs: 403
// when forged, the first receipt again for a used submission id, the form back filled in for a stale
// token or an unknown id), kept in the database once, and a receipt with the case reference listing
// what arrived.
import { checkPost, SEND_AGAIN } from '../form-guard.mjs';
import { contactPage } from '../form-pages.mjs';
import { readForm } from '../forms.mjs';
import { sendReceipt } from '../receipt.mjs';
import { sendForbidden } from '../replies.mjs';
import { sendFormPage } from '../send-form.mjs';

/**
 * @type {import('fastify').FastifyPluginCallback<{
 *   submissions: import('../store/submissions.mjs').SubmissionStore,
 *   ids: import('../store/submission-ids.mjs').SubmissionIds,
 * }>}
 */
export function submitRoutes(app, { submissions, ids }, done) {
  app.post('/submit', async (request, reply) => {
    const check = checkPost(app, request, await readForm(request), { ids, form: contactPage.path });
    if (check.verdict === 'forged') return sendForbidden(reply);
    if (check.verdict === 'replay') return sendReceipt(reply, submissions.get(check.reference));
    if (check.verdict === 'stale' || check.verdict === 'unknown-id') {
      const status = check.verdict === 'stale' ? 403 : 422;
      const fill = { values: check.answers, notice: SEND_AGAIN[check.verdict] };
      return sendFormPage(request, reply, contactPage, { ids, status, fill });
    }
    const reference = await submissions.save('/submit', check.answers, undefined, { ids, id: check.id });
    return sendReceipt(reply, submissions.get(reference));
  });
  done();
}
