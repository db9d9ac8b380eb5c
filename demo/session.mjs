// The demo's session: a random id in an HttpOnly, SameSite=Strict cookie, given on the first request
// that has none. It ties drafts to one browser; the demo login (a later slice) will hang the citizen
// on it. No citizen data is ever in the cookie.
import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';

export const SESSION_COOKIE = 'bf_demo_session';

/** Registers the cookie plugin and gives every request a session id (`request.session`). */
export async function useSessions(app) {
  await app.register(fastifyCookie);
  app.decorateRequest('session', '');
  app.addHook('onRequest', (request, reply, done) => {
    const given = request.cookies[SESSION_COOKIE];
    if (given && /^[\w-]{43}$/u.test(given)) request.session = given;
    else {
      request.session = randomBytes(32).toString('base64url');
      reply.setCookie(SESSION_COOKIE, request.session, { httpOnly: true, sameSite: 'strict', path: '/' });
    }
    done();
  });
}
