// POST /flytning, "Anmeld flytning": the server checks the answers again with the library's own rules
// (`validate-moving.mjs`). When something is wrong it answers 422 with the form again, every answer
// filled back in (never the CPR number), each message in the field's `error` attribute, which the
// elements show at once, and every attached file held and listed (`<bf-stored-file>`), so nothing is
// chosen twice; otherwise the answers are kept in the database (held files included) and the receipt
// gives the case reference.
import { movingPage, readMain } from '../form-pages.mjs';
import { readForm } from '../forms.mjs';
import { checkHeldReferences, holdPostedFiles, withHeldFiles } from '../held-files.mjs';
import { renderPage } from '../layout.mjs';
import { pageFields, refillPage } from '../page-fields.mjs';
import { sendReceipt } from '../receipt.mjs';
import { sendHtml } from '../replies.mjs';

/**
 * @type {import('fastify').FastifyPluginCallback<{
 *   heldFiles: import('../held-files.mjs').HeldFiles,
 *   submissions: import('../store/submissions.mjs').SubmissionStore,
 * }>}
 */
export function movingRoutes(app, { heldFiles, submissions }, done) {
  app.post(movingPage.path, async (request, reply) => {
    const formData = await readForm(request);
    // Loaded when first needed: it imports the built library (dist/), which the static pages do not need.
    const { localTodayIso, validateMovingForm } = await import('../validate-moving.mjs');
    const main = await readMain(movingPage);
    const uploads = [...pageFields(main)].filter(([, field]) => field.tagName === 'bf-file-upload');
    const kept = await checkHeldReferences(
      formData,
      uploads.map(([name]) => name),
      heldFiles,
    );
    const errors = validateMovingForm(formData, main, localTodayIso());
    if (Object.keys(errors).length === 0) {
      const received = await withHeldFiles(formData, kept, heldFiles);
      return sendReceipt(reply, received, await submissions.save(movingPage.path, received));
    }
    const listed = await holdPostedFiles(formData, kept, heldFiles);
    reply.header('Cache-Control', 'no-store');
    return sendHtml(
      reply,
      422,
      renderPage({
        ...movingPage,
        title: `Fejl: ${movingPage.heading}`,
        main: refillPage(main, formData, errors, listed),
      }),
    );
  });
  done();
}
