// GET (and HEAD) of the form pages, and the favicon the browser asks for.
import { formPages, readMain } from '../form-pages.mjs';
import { renderPage } from '../layout.mjs';
import { sendHtml } from '../replies.mjs';

/** @type {import('fastify').FastifyPluginCallback} */
export function pageRoutes(app, _options, done) {
  for (const [url, page] of Object.entries(formPages)) {
    app.get(url, async (request, reply) => {
      const main = await readMain(page);
      const filled = page.forRequest?.(main, request) ?? { main };
      reply.header('Cache-Control', page.forRequest ? 'no-store' : 'no-cache');
      return sendHtml(reply, 200, renderPage({ ...page, ...filled }));
    });
  }
  app.get('/favicon.ico', async (_request, reply) =>
    reply.code(204).header('Cache-Control', 'max-age=86400').send(),
  );
  done();
}
