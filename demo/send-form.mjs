// A form page sent to the citizen: its template filled (demo/page-fields.mjs `fillPage`: what the page
// gets for this request, such as the logged-in citizen's name, then answers, messages, held files, the
// server's today) with this request's CSRF token and a one-time submission id in every
// `<form method="post">`, the token also in `<meta name="csrf-token">` for the page's scripts, in the
// demo's layout (with the page's own header, if it has one for this request).
import { CSRF_ENTRY, newCsrfToken, SUBMISSION_ENTRY } from './form-guard.mjs';
import { readMain, todayFor } from './form-pages.mjs';
import { renderPage } from './layout.mjs';
import { fillPage } from './page-fields.mjs';
import { sendHtml } from './replies.mjs';

/**
 * @typedef {object} FormReply
 * @property {import('./store/submission-ids.mjs').SubmissionIds} ids
 * @property {number} [status] 200 by default
 * @property {string} [id] a submission id given for this page and not used yet (a form sent back with
 *   messages keeps its id); a new one by default
 * @property {Omit<import('./page-fields.mjs').Fill, 'hidden' | 'today'>} [fill] answers, messages,
 *   held files, a notice
 */

/**
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @param {import('./form-pages.mjs').FormPage} page
 * @param {FormReply} options
 */
export async function sendFormPage(request, reply, page, { ids, status = 200, id, fill = {} }) {
  const main = await readMain(page);
  const csrfToken = newCsrfToken(request, reply);
  const hidden = {
    [CSRF_ENTRY]: csrfToken,
    [SUBMISSION_ENTRY]: id ?? ids.issue(request.browser, page.path),
  };
  const { header, prefilled, notice } = page.forRequest?.(request) ?? {};
  const filled = fillPage(main, {
    prefilled,
    notice,
    ...fill,
    hidden,
    today: await todayFor(main),
  });
  const sentBack = status !== 200;
  // A page with a citizen's answers (or filled for a logged-in citizen) is never cached; a blank one
  // is asked for again each time.
  reply.header('Cache-Control', sentBack || page.forRequest ? 'no-store' : 'no-cache');
  const title = sentBack ? `Fejl: ${page.heading}` : page.heading;
  return sendHtml(reply, status, await renderPage({ ...page, title, main: filled, csrfToken, header }));
}
