// GET (and HEAD) of the form pages, each with a fresh CSRF token and submission id
// (demo/send-form.mjs), and the favicon the browser asks for.
import { formPages } from '../form-pages.mjs';
import { sendFormPage } from '../send-form.mjs';

/** @type {import('fastify').FastifyPluginCallback<{ ids: import('../store/submission-ids.mjs').SubmissionIds }>} */
export function pageRoutes(app, { ids }, done) {
  for (const [url, page] of Object.entries(formPages)) {
    app.get(url, async (request, reply) => sendFormPage(request, reply, page, { ids }));
  }
  app.get('/favicon.ico', async (_request, reply) =>
    reply.code(204).header('Cache-Control', 'max-age=86400').send(),
  );
  done();
}
