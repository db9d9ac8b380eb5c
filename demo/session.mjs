// The demo's login session: a random token in an HttpOnly, SameSite=Strict cookie, set when a citizen
// logs in on the demo login page (demo/routes/login.mjs) and tied on the server to that citizen and
// an end time (demo/store/sessions.mjs). No citizen data is ever in the cookie. Each request learns
// who is logged in (`request.citizen`, null when nobody is or the session has ended), how long the
// session has left (`request.sessionEndsAt`), and whether the cookie names a session that has ended
// (`request.sessionEnded`: the pages then say the citizen was logged off).
//
// Apart from the login, each browser gets an id of its own (`browserId`), given with the first form
// page it opens: the forms' CSRF tokens and submission ids (demo/form-guard.mjs) are tied to it, not to
// the login, so logging in (a new session) never makes a form the citizen is filling in another tab
// stale, and the contact, moving and CMS forms work for a visitor who never logs in.
import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { citizenById } from './register.mjs';

export const SESSION_COOKIE = 'bf_demo_session';
/** The browser's own id (random, no citizen data), independent of the login. */
export const BROWSER_COOKIE = 'bf_demo_browser';

/** A token or id as the cookies carry them: 32 random bytes, base64url. */
const RANDOM_ID = /^[\w-]{43}$/u;

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
  app.decorateRequest('browser', '');
  app.addHook('onRequest', (request, _reply, done) => {
    const browser = request.cookies[BROWSER_COOKIE];
    if (browser && RANDOM_ID.test(browser)) request.browser = browser;
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
 * "Log af": the session ends on the server and the cookie is removed, and with it the browser's id
 * and the CSRF secret (`forgetBrowser`), so on a shared computer nothing sent before (a form's
 * submission id, a token) counts for the next person.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @param {readonly string[]} [alsoClear] further cookies of the browser's to remove (the CSRF secret)
 */
export function endSession(request, reply, alsoClear = []) {
  const token = request.cookies[SESSION_COOKIE];
  if (token) request.server.sessions.end(token);
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
  forgetBrowser(request, reply, alsoClear);
}

/**
 * Removes the browser's id and the `alsoClear` cookies it has: forms and tokens given before are
 * stale from now on (the next page gives new ones).
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @param {readonly string[]} [alsoClear]
 */
export function forgetBrowser(request, reply, alsoClear = []) {
  for (const name of [BROWSER_COOKIE, ...alsoClear])
    if (request.cookies[name] !== undefined) reply.clearCookie(name, cookieOptions(request));
  request.browser = '';
}

/**
 * Whole seconds the request's session has left (0 when nobody is logged in), rounded up: a page that
 * counts them down ends at the session's end or just after it, never before it, so when the page goes
 * to "Du er logget af" the server has ended the session too (and the pages say so).
 */
export function secondsLeft(request, now = Date.now()) {
  return request.citizen ? Math.max(0, Math.ceil((request.sessionEndsAt - now) / 1000)) : 0;
}

/**
 * The browser's id (`request.browser`); a new one, and its cookie, when the browser has none yet.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @returns {string}
 */
export function browserId(request, reply) {
  if (!request.browser) {
    request.browser = randomBytes(32).toString('base64url');
    reply.setCookie(BROWSER_COOKIE, request.browser, cookieOptions(request));
  }
  return request.browser;
}
