// The POST of a form page the server checks again with the library's own rules (`validate-page.mjs`).
// When something is wrong it answers 422 with the form again, every answer filled back in (never a
// CPR number), each message in the field's `error` attribute, which the elements show at once (the
// error summary lists them on load), and every attached file held and listed (`<bf-stored-file>`),
// so nothing is chosen twice; otherwise the answers are kept in the database (held files included)
// and the receipt gives the case reference.
import { readMain } from '../form-pages.mjs';
import { readForm } from '../forms.mjs';
import { checkHeldReferences, holdPostedFiles, withHeldFiles } from '../held-files.mjs';
import { renderPage } from '../layout.mjs';
import { pageFields, refillPage } from '../page-fields.mjs';
import { sendReceipt } from '../receipt.mjs';
import { sendHtml } from '../replies.mjs';

/**
 * @typedef {object} CheckedFormOptions
 * @property {import('../held-files.mjs').HeldFiles} heldFiles
 * @property {import('../store/submissions.mjs').SubmissionStore} submissions
 * @property {(formData: FormData, request: import('fastify').FastifyRequest) => Record<string, string>} [rules]
 *   the form's own rules beyond its fields' (an answer that ends the flow on an exit page): field name →
 *   Danish message
 * @property {{ key: string, drafts: import('../store/drafts.mjs').DraftRepository }} [draft] the page's
 *   draft on the server (the logged-in citizen's), removed once the answers are kept (the page's own
 *   clearing may not finish before the browser leaves for the receipt)
 * @property {readonly string[]} [notOnReceipt] fields kept but never shown on the receipt (a CPR number)
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
  { heldFiles, submissions, rules = () => ({}), draft, notOnReceipt = [] },
) {
  app.post(page.path, async (request, reply) => {
    const formData = await readForm(request);
    // Loaded when first needed: it imports the built library (dist/), which the static pages do not need.
    const { localTodayIso, validatePage, checkUploads, checkDeclarations } =
      await import('../validate-page.mjs');
    const main = await readMain(page);
    const uploads = [...pageFields(main)].filter(([, field]) => field.tagName === 'bf-file-upload');
    const kept = await checkHeldReferences(
      formData,
      uploads.map(([name]) => name),
      heldFiles,
    );
    // Files and declarations the page's own rules refuse are taken out of the form first (never held or kept).
    const refused = { ...(await checkUploads(formData, main, kept)), ...checkDeclarations(formData, main) };
    const errors = { ...rules(formData, request), ...validatePage(formData, main, localTodayIso()), ...refused };
    if (Object.keys(errors).length === 0) {
      const received = await withHeldFiles(formData, kept, heldFiles);
      const reference = await submissions.save(page.path, received);
      if (draft && request.citizen) draft.drafts.delete(request.citizen.id, draft.key);
      const { header } = page.forRequest?.(main, request) ?? {}; // the page's own header on the receipt too
      const frame = header ? { header, scripts: page.scripts } : {};
      return sendReceipt(reply, without(received, notOnReceipt), reference, frame);
    }
    const listed = await holdPostedFiles(formData, kept, heldFiles);
    reply.header('Cache-Control', 'no-store');
    const filled = page.forRequest?.(main, request) ?? { main };
    return sendHtml(
      reply,
      422,
      renderPage({
        ...page,
        ...filled,
        title: `Fejl: ${page.heading}`,
        main: refillPage(filled.main, formData, errors, listed),
      }),
    );
  });
}

/** The answers without the entries of some names. */
function without(formData, names) {
  if (names.length === 0) return formData;
  const shown = new FormData();
  for (const [name, value] of formData) if (!names.includes(name)) shown.append(name, value);
  return shown;
}
