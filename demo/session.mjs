// The demo's login session: a random token in an HttpOnly, SameSite=Strict cookie, set when a citizen
// logs in on the demo login page (demo/routes/login.mjs) and tied on the server to that citizen and
// an end time (demo/store/sessions.mjs). No citizen data is ever in the cookie. Each request learns
// who is logged in (`request.citizen`, null when nobody is or the session has ended), how long the
// session has left (`request.sessionEndsAt`), and whether the cookie names a session that has ended
// (`request.sessionEnded`: the pages then say the citizen was logged off).
import fastifyCookie from '@fastify/cookie';
import { citizenById } from './register.mjs';

export const SESSION_COOKIE = 'bf_demo_session';

/** A session's length when `DEMO_SESSION_SECONDS` does not say (30 minutes). */
export const DEFAULT_SESSION_SECONDS = 30 * 60;

/** The cookie's attributes: a browser session's cookie (gone when the browser closes), HttpOnly, SameSite. */
const cookieOptions = (request) => ({
  httpOnly: true,
  sameSite: 'strict',
  path: '/',
  secure: request.protocol === 'https',
});

/**
 * Registers the cookie plugin and reads the session of every request.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ sessions: import('./store/sessions.mjs').SessionStore }} options
 */
export async function useSessions(app, { sessions }) {
  await app.register(fastifyCookie);
  app.decorate('sessions', sessions);
  app.decorateRequest('citizen', null);
  app.decorateRequest('sessionToken', '');
  app.decorateRequest('sessionEndsAt', 0);
  app.decorateRequest('sessionEnded', false);
  app.addHook('onRequest', (request, _reply, done) => {
    const token = request.cookies[SESSION_COOKIE];
    const session = sessions.find(token);
    const citizen = session?.live ? citizenById(session.citizen) : null;
    if (session && citizen) {
      request.citizen = citizen;
      request.sessionToken = /** @type {string} */ (token);
      request.sessionEndsAt = session.expiresAt;
    } else request.sessionEnded = session !== null;
    done();
  });
}

/**
 * Logs a citizen in: a new session (a new token, never the one the browser had) and its cookie.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @param {import('./register.mjs').Citizen} citizen
 */
export function startSession(request, reply, citizen) {
  const old = request.cookies[SESSION_COOKIE];
  if (old) request.server.sessions.end(old);
  const { token } = request.server.sessions.start(citizen.id);
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(request));
}

/**
 * "Log af": the session ends on the server and the cookie is removed.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 */
export function endSession(request, reply) {
  const token = request.cookies[SESSION_COOKIE];
  if (token) request.server.sessions.end(token);
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

/** Whole seconds the request's session has left (0 when nobody is logged in). */
export function secondsLeft(request, now = Date.now()) {
  return request.citizen ? Math.max(0, Math.floor((request.sessionEndsAt - now) / 1000)) : 0;
}

/**
 * Whether a changing request comes from the page's own origin: the `Origin` header a browser sends
 * with a script's request, or, for a form the page posts (its `Origin` is `null` under the demo's
 * `Referrer-Policy: no-referrer`), `Sec-Fetch-Site: same-origin`, which no page can set.
 */
export function fromOwnOrigin(request) {
  const origin = request.headers.origin;
  if (origin && origin === `${request.protocol}://${request.headers.host}`) return true;
  return request.headers['sec-fetch-site'] === 'same-origin';
}
