// The draft endpoint the library's HttpDraftStore talks to: GET / PUT / DELETE /kladder/{key}, kept
// per logged-in citizen in SQLite (demo/store/drafts.mjs); nobody logged in (or a session that has
// ended) gets 401 and no draft. A draft is stored as the page sent it: this scope reads every body as
// bytes, whatever its type, up to the server's 10 MB. Changes come only from the page's own origin
// (demo/origin.mjs) with the page's CSRF token (`x-csrf-token`), besides the SameSite session cookie.
import { MAX_BODY_BYTES } from '../forms.mjs';
import { sendPage } from '../replies.mjs';
import { fromOwnOrigin } from '../origin.mjs';

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
    if (fromOwnOrigin(request)) return true;
    void sendPage(reply, 403, 'Ingen adgang', 'Kladden kan kun gemmes fra selve formularen.');
    return false;
  };

  /** The logged-in citizen's id, or null after answering 401 (drafts belong to a citizen). */
  const ownerOf = (request, reply) => {
    if (request.citizen) return request.citizen.id;
    reply.code(401).header('Cache-Control', 'no-store').send();
    return null;
  };

  app.get('/kladder/:key', async (request, reply) => {
    const key = keyOf(request, reply);
    const owner = key && ownerOf(request, reply);
    if (!owner) return reply;
    const draft = drafts.get(owner, key);
    if (!draft) return reply.code(204).header('Cache-Control', 'no-store').send(); // none (a 404 is logged as an error)
    return reply.header('Cache-Control', 'no-store').type(draft.type).send(draft.body);
  });

  /** @type {import('fastify').onRequestHookHandler} */
  const csrf = (request, reply, done) => app.csrfProtection(request, reply, done);

  // A change needs the page's CSRF token too (the draft store sends it as a header): the error
  // handler answers a refusal with the Danish 403 page.
  app.put('/kladder/:key', { onRequest: csrf }, async (request, reply) => {
    const key = keyOf(request, reply);
    const owner = key && sameOrigin(request, reply) && ownerOf(request, reply);
    if (!owner) return reply;
    const type = request.headers['content-type'] ?? '';
    if (!/^(application\/json|multipart\/form-data)\b/u.test(type) || !Buffer.isBuffer(request.body))
      return reply.code(415).send();
    drafts.put(owner, key, type, request.body);
    return reply.code(204).send();
  });

  app.delete('/kladder/:key', { onRequest: csrf }, async (request, reply) => {
    const key = keyOf(request, reply);
    const owner = key && sameOrigin(request, reply) && ownerOf(request, reply);
    if (!owner) return reply;
    drafts.delete(owner, key);
    return reply.code(204).send();
  });
  done();
}
