// The POST of a form page the server checks again with the library's own rules (`validate-page.mjs`).
// First the guards (demo/form-guard.mjs): a forged POST (another origin, or no valid CSRF token) is
// refused with 403 and nothing kept; a POST whose submission id was used already (a double submit, a
// reload of the POST, a replay) gets the first receipt again and nothing is kept twice; a token gone
// stale or a missing or unknown id brings the form back filled in with a Danish message asking to
// send again. When something is wrong it answers 422 with the form again, every answer filled back
// in (never a CPR number), each message in the field's `error` attribute, which the elements show at
// once, and every attached file held and listed (`<bf-stored-file>`), so nothing is chosen twice;
// otherwise the answers are kept in the database (held files included), once per submission id, and
// the receipt gives the case reference.
//
// A page whose script sends the form itself asks for JSON (`Accept: application/json`,
// demo/json-answers.mjs) and gets the same verdicts as JSON, the page staying as it is (the browser
// still has every answer and file, so nothing is held): received (or a replay) → 200
// `{ reference, receipt }`, `receipt` the receipt page's address (`GET <page>/kvittering/<submission
// id>`, only for the browser that sent it); refused answers → 422 `{ errors: { name: message } }`; a
// stale token → 403 `{ message, csrfToken }` with a new token to send again with; an unknown id →
// 422 `{ message, submissionId }` with a new id. A forged POST gets the 403 page either way.
import { checkPost, newCsrfToken, SEND_AGAIN } from '../form-guard.mjs';
import { readMain } from '../form-pages.mjs';
import { readForm } from '../forms.mjs';
import { sendJson, wantsJson } from '../json-answers.mjs';
import { checkHeldReferences, holdPostedFiles, withHeldFiles } from '../held-files.mjs';
import { pageFields } from '../page-fields.mjs';
import { sendReceipt } from '../receipt.mjs';
import { sendForbidden, sendNotFound } from '../replies.mjs';
import { sendFormPage } from '../send-form.mjs';

/**
 * @typedef {object} CheckedFormOptions
 * @property {import('../held-files.mjs').HeldFiles} heldFiles
 * @property {import('../store/submissions.mjs').SubmissionStore} submissions
 * @property {import('../store/submission-ids.mjs').SubmissionIds} ids
 * @property {(formData: FormData, request: import('fastify').FastifyRequest) => Record<string, string>} [rules]
 *   the form's own rules beyond its fields' (an answer that ends the flow on an exit page): field name →
 *   Danish message
 * @property {readonly string[]} [notOnReceipt] fields kept but never shown on the receipt (a CPR number)
 * @property {{ key: string, drafts: import('../store/drafts.mjs').DraftRepository }} [draft] the page's
 *   draft on the server, removed once the answers are kept (the page's own clearing may not finish
 *   before the browser leaves for the receipt)
 */

/**
 * Registers `POST page.path`.
 * @param {import('fastify').FastifyInstance} app
 * @param {import('../form-pages.mjs').FormPage} page
 * @param {CheckedFormOptions} options
 */
export function postCheckedForm(
  app,
  page,
  { heldFiles, submissions, ids, rules = () => ({}), draft, notOnReceipt = [] },
) {
  /** The receipt of a kept submission, under the page's own header (the logged-in citizen) if it has one. */
  const receipt = (request, reply, reference) => {
    const { header } = page.forRequest?.(request) ?? {};
    const frame = header ? { header, scripts: page.scripts, csrfToken: newCsrfToken(request, reply) } : {};
    const submission = /** @type {NonNullable<ReturnType<typeof submissions.get>>} */ (
      submissions.get(reference)
    );
    return sendReceipt(reply, submission, { ...frame, notOnReceipt });
  };

  /** The receipt page of a submission id this browser used, for a page that sent the form itself. */
  const receiptPath = (/** @type {string} */ id) => `${page.path}/kvittering/${encodeURIComponent(id)}`;
  app.get(`${page.path}/kvittering/:id`, async (request, reply) => {
    const { id } = /** @type {{ id: string }} */ (request.params);
    const reference = ids.find(id, request.browser, page.path)?.reference;
    if (!reference) return sendNotFound(reply);
    return receipt(request, reply, reference);
  });
  /** What a page that sends the form itself learns of a kept submission. */
  const received = (reply, /** @type {string} */ id, /** @type {string} */ reference) =>
    sendJson(reply, 200, { reference, receipt: receiptPath(id) });

  app.post(page.path, async (request, reply) => {
    const json = wantsJson(request);
    const check = checkPost(app, request, await readForm(request), { ids, form: page.path });
    if (check.verdict === 'forged') return sendForbidden(reply);
    if (check.verdict === 'replay') {
      const reference = /** @type {string} */ (check.reference);
      return json
        ? received(reply, /** @type {string} */ (check.id), reference)
        : receipt(request, reply, reference);
    }
    if (json && check.verdict === 'stale')
      return sendJson(reply, 403, { message: SEND_AGAIN.stale, csrfToken: newCsrfToken(request, reply) });
    if (json && check.verdict === 'unknown-id') {
      const csrfToken = newCsrfToken(request, reply);
      const submissionId = ids.issue(request.browser, page.path);
      return sendJson(reply, 422, { message: SEND_AGAIN['unknown-id'], csrfToken, submissionId });
    }
    const { answers } = check;
    // Loaded when first needed: it imports the built library (dist/), which the static pages do not need.
    const { localTodayIso, validatePage, checkUploads, checkDeclarations } =
      await import('../validate-page.mjs');
    const main = await readMain(page);
    const uploads = [...pageFields(main)].filter(([, field]) => field.tagName === 'bf-file-upload');
    const kept = await checkHeldReferences(
      answers,
      uploads.map(([name]) => name),
      heldFiles,
    );
    // Files and declarations the page's own rules refuse are taken out of the form first (never held or kept).
    const refused = { ...(await checkUploads(answers, main, kept)), ...checkDeclarations(answers, main) };
    /** The form again, filled in, its files held. */
    const sendBack = async (status, fill) => {
      const held = await holdPostedFiles(answers, kept, heldFiles);
      return sendFormPage(request, reply, page, {
        ids,
        status,
        id: check.id,
        fill: { values: answers, held, ...fill },
      });
    };
    if (check.verdict === 'stale') return sendBack(403, { notice: SEND_AGAIN.stale, errors: refused });
    if (check.verdict === 'unknown-id')
      return sendBack(422, { notice: SEND_AGAIN['unknown-id'], errors: refused });
    const errors = {
      ...rules(answers, request),
      ...validatePage(answers, main, localTodayIso()),
      ...refused,
    };
    if (Object.keys(errors).length)
      return json ? sendJson(reply, 422, { errors }) : sendBack(422, { errors });
    const entries = await withHeldFiles(answers, kept, heldFiles);
    const id = /** @type {string} */ (check.id);
    const reference = await submissions.save(page.path, entries, undefined, { ids, id });
    if (draft && request.citizen) draft.drafts.delete(request.citizen.id, draft.key);
    return json ? received(reply, id, reference) : receipt(request, reply, reference);
  });
}
