// The draft endpoint the library's HttpDraftStore talks to: GET / PUT / DELETE /kladder/{key}, kept
// per session in SQLite (demo/store/drafts.mjs). A draft is stored as the page sent it: this scope
// reads every body as bytes, whatever its type, up to the server's 10 MB. Changes come only from the
// page's own origin (the Origin header a browser sends with PUT and DELETE) with the page's CSRF
// token (`x-csrf-token`), besides the SameSite session cookie.
import { MAX_BODY_BYTES } from '../forms.mjs';
import { sendPage } from '../replies.mjs';

const KEY = /^[\w-]{1,100}$/u;

/** @type {import('fastify').FastifyPluginCallback<{ drafts: import('../store/drafts.mjs').DraftRepository }>} */
export function draftRoutes(app, { drafts }, done) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_request, body, parsed) =>
    parsed(null, body),
  );

  /** The key, or null after answering 404. */
  const keyOf = (request, reply) => {
    const key = request.params.key;
    if (KEY.test(key)) return key;
    reply.code(404).send();
    return null;
  };

  /** Whether a change comes from the page's own origin; answers 403 when not. */
  const sameOrigin = (request, reply) => {
    const origin = request.headers.origin;
    if (origin && origin === `${request.protocol}://${request.headers.host}`) return true;
    void sendPage(reply, 403, 'Ingen adgang', 'Kladden kan kun gemmes fra selve formularen.');
    return false;
  };

  app.get('/kladder/:key', async (request, reply) => {
    const key = keyOf(request, reply);
    if (!key) return reply;
    const draft = drafts.get(request.session, key);
    if (!draft) return reply.code(204).header('Cache-Control', 'no-store').send(); // none (a 404 is logged as an error)
    return reply.header('Cache-Control', 'no-store').type(draft.type).send(draft.body);
  });

  /** @type {import('fastify').onRequestHookHandler} */
  const csrf = (request, reply, done) => app.csrfProtection(request, reply, done);

  // A change needs the page's CSRF token too (the draft store sends it as a header): the error
  // handler answers a refusal with the Danish 403 page.
  app.put('/kladder/:key', { onRequest: csrf }, async (request, reply) => {
    const key = keyOf(request, reply);
    if (!key || !sameOrigin(request, reply)) return reply;
    const type = request.headers['content-type'] ?? '';
    if (!/^(application\/json|multipart\/form-data)\b/u.test(type) || !Buffer.isBuffer(request.body))
      return reply.code(415).send();
    drafts.put(request.session, key, type, request.body);
    return reply.code(204).send();
  });

  app.delete('/kladder/:key', { onRequest: csrf }, async (request, reply) => {
    const key = keyOf(request, reply);
    if (!key || !sameOrigin(request, reply)) return reply;
    drafts.delete(request.session, key);
    return reply.code(204).send();
  });
  done();
}
