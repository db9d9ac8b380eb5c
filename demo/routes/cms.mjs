// The CMS page (/cms/kontakt, demo/cms-page.mjs): the page and its stylesheet, and its POST, guarded
// as every form POST (demo/form-guard.mjs) and checked again with the library's rules as the demo's
// other forms are (`validatePage`). A refused answer gets the CMS page back, 422, with the answers
// filled in and each message in the field's `error` (which the page's error summary lists on load);
// accepted answers are kept once per submission id and the receipt gives the case reference.
import { readFile } from 'node:fs/promises';
import { cmsPage, readCmsPage } from '../cms-page.mjs';
import { checkPost, CSRF_ENTRY, newCsrfToken, SEND_AGAIN, SUBMISSION_ENTRY } from '../form-guard.mjs';
import { readForm } from '../forms.mjs';
import { toHtml } from '../html.mjs';
import { fillPage } from '../page-fields.mjs';
import { sendReceipt } from '../receipt.mjs';
import { sendForbidden, sendHtml } from '../replies.mjs';

/**
 * @type {import('fastify').FastifyPluginCallback<{
 *   submissions: import('../store/submissions.mjs').SubmissionStore,
 *   ids: import('../store/submission-ids.mjs').SubmissionIds,
 * }>}
 */
export function cmsRoutes(app, { submissions, ids }, done) {
  /**
   * The CMS page with a fresh CSRF token and a submission id (`id`: the one it was sent with, kept
   * while it comes back with messages), filled with `fill`.
   * @param {import('fastify').FastifyRequest} request
   * @param {import('fastify').FastifyReply} reply
   * @param {number} status
   * @param {{ id?: string, fill?: Omit<import('../page-fields.mjs').Fill, 'hidden'> }} [options]
   */
  const sendCmsPage = async (request, reply, status, { id, fill = {} } = {}) => {
    const hidden = {
      [CSRF_ENTRY]: newCsrfToken(request, reply),
      [SUBMISSION_ENTRY]: id ?? ids.issue(request.browser, cmsPage.path),
    };
    const page = fillPage(await readCmsPage(), { ...fill, hidden });
    reply.header('Cache-Control', status === 200 ? 'no-cache' : 'no-store');
    return sendHtml(reply, status, toHtml(page));
  };

  app.get(cmsPage.path, async (request, reply) => sendCmsPage(request, reply, 200));

  app.get(cmsPage.stylesheet, async (_request, reply) =>
    reply
      .header('Cache-Control', 'no-cache')
      .type('text/css; charset=utf-8')
      .send(await readFile(cmsPage.stylesheetFile)),
  );

  app.post(cmsPage.path, async (request, reply) => {
    const check = checkPost(app, request, await readForm(request), { ids, form: cmsPage.path });
    if (check.verdict === 'forged') return sendForbidden(reply);
    if (check.verdict === 'replay')
      return sendReceipt(
        reply,
        /** @type {any} */ (submissions.get(/** @type {string} */ (check.reference))),
      );
    const { answers } = check;
    if (check.verdict === 'stale' || check.verdict === 'unknown-id') {
      const status = check.verdict === 'stale' ? 403 : 422;
      return sendCmsPage(request, reply, status, {
        fill: { values: answers, notice: SEND_AGAIN[check.verdict] },
      });
    }
    // Loaded when first needed: it imports the built library (dist/).
    const { localTodayIso, validatePage } = await import('../validate-page.mjs');
    const errors = validatePage(answers, await readCmsPage(), localTodayIso());
    if (Object.keys(errors).length > 0)
      return sendCmsPage(request, reply, 422, { id: check.id, fill: { values: answers, errors } });
    const reference = await submissions.save(cmsPage.path, answers, undefined, {
      ids,
      id: /** @type {string} */ (check.id),
    });
    return sendReceipt(reply, /** @type {any} */ (submissions.get(reference)));
  });
  done();
}
