// The CMS page (/cms/kontakt, demo/cms-page.mjs): the page and its stylesheet as they are, and its
// POST, checked again with the library's rules as the demo's other forms are (`validatePage`). A
// refused answer gets the CMS page back, 422, with the answers filled in and each message in the
// field's `error` (which the page's error summary lists on load); accepted answers are kept and the
// receipt gives the case reference.
import { readFile } from 'node:fs/promises';
import { cmsPage, readCmsPage } from '../cms-page.mjs';
import { readForm } from '../forms.mjs';
import { refillPage } from '../page-fields.mjs';
import { sendReceipt } from '../receipt.mjs';
import { sendHtml } from '../replies.mjs';

/** @type {import('fastify').FastifyPluginCallback<{ submissions: import('../store/submissions.mjs').SubmissionStore }>} */
export function cmsRoutes(app, { submissions }, done) {
  app.get(cmsPage.path, async (_request, reply) => {
    reply.header('Cache-Control', 'no-cache');
    return sendHtml(reply, 200, await readCmsPage());
  });

  app.get(cmsPage.stylesheet, async (_request, reply) =>
    reply
      .header('Cache-Control', 'no-cache')
      .type('text/css; charset=utf-8')
      .send(await readFile(cmsPage.stylesheetFile)),
  );

  app.post(cmsPage.path, async (request, reply) => {
    const formData = await readForm(request);
    // Loaded when first needed: it imports the built library (dist/).
    const { localTodayIso, validatePage } = await import('../validate-page.mjs');
    const page = await readCmsPage();
    const errors = validatePage(formData, page, localTodayIso());
    if (Object.keys(errors).length === 0) {
      const reference = await submissions.save(cmsPage.path, formData);
      return sendReceipt(reply, formData, reference);
    }
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, 422, refillPage(page, formData, errors));
  });
  done();
}
