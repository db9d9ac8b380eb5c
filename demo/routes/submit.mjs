// POST /submit, where the contact form posts: kept in the database, and a receipt with the case
// reference listing what arrived.
import { readForm } from '../forms.mjs';
import { sendReceipt } from '../receipt.mjs';

/** @type {import('fastify').FastifyPluginCallback<{ submissions: import('../store/submissions.mjs').SubmissionStore }>} */
export function submitRoutes(app, { submissions }, done) {
  app.post('/submit', async (request, reply) => {
    const formData = await readForm(request);
    const reference = await submissions.save('/submit', formData);
    return sendReceipt(reply, formData, reference);
  });
  done();
}
