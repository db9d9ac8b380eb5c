// POST /submit, where the contact form posts: a receipt listing what arrived.
import { readForm } from '../forms.mjs';
import { sendReceipt } from '../receipt.mjs';

/** @type {import('fastify').FastifyPluginCallback} */
export function submitRoutes(app, _options, done) {
  app.post('/submit', async (request, reply) => sendReceipt(reply, await readForm(request)));
  done();
}
