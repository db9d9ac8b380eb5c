// The demo login (no real login code: "Log ind med MitID" picks a fictional citizen), "Log af", the
// logged-out page, and the keep-alive behind "Forbliv logget på". Every change is guarded as the
// forms are (demo/form-guard.mjs `checkChange`): only from the server's own pages, with the page's
// CSRF token (the login form's hidden entry; for "Log af" and "Forbliv logget på" the `x-csrf-token`
// header of the page's scripts, or the hidden entry of a plain form's "Log af"), besides the SameSite
// session cookie. The login sends the citizen to the parking application, or to the page of the
// stepwise application it was asked from (`videre`, only one of those pages).
import { checkChange, CSRF_COOKIE, CSRF_ENTRY, newCsrfToken, SEND_AGAIN } from '../form-guard.mjs';
import { readForm } from '../forms.mjs';
import { LOGGED_OUT_PATH, LOGIN_PATH, loggedOutPage, loginPage } from '../login-pages.mjs';
import { citizenById } from '../register.mjs';
import { sendHtml, sendPage } from '../replies.mjs';
import { endSession, forgetBrowser, SESSION_COOKIE, secondsLeft, startSession } from '../session.mjs';
import { isStepwisePage } from '../stepwise/flow.mjs';

/** Where a citizen goes once logged in: the parking application, started (demo/scripts/parkering.js). */
export const AFTER_LOGIN = '/parkering?start=1';

/** The login form's entry with where to go afterwards instead (one of the stepwise application's pages). */
const NEXT_ENTRY = 'videre';

/** The keep-alive's address ("Forbliv logget på"). */
export const EXTEND_PATH = '/session/forlaeng';

/** @type {import('fastify').FastifyPluginCallback} */
export function loginRoutes(app, _options, done) {
  /**
   * Answers 403 to a change from another origin or without a valid token; true when it may go on. The
   * token is the posted form's (a plain form's "Log af") or the page script's header.
   */
  const guarded = async (request, reply) => {
    const formData = request.body instanceof URLSearchParams ? await readForm(request) : undefined;
    if (checkChange(app, request, formData) === 'ok') return true;
    reply.header('Cache-Control', 'no-store');
    void sendPage(reply, 403, 'Ingen adgang', 'Det kan kun gøres fra demoens egne sider.');
    return false;
  };

  /** The login page with a fresh token (and where to go afterwards, `next`, when it is not the default). */
  const sendLoginPage = async (request, reply, status, { next, ...state } = {}) => {
    const csrfToken = newCsrfToken(request, reply);
    reply.header('Cache-Control', 'no-store');
    const hidden = { [CSRF_ENTRY]: csrfToken, ...(isStepwisePage(next) ? { [NEXT_ENTRY]: next } : {}) };
    const page = await loginPage({ ...state, csrfToken, hidden });
    return sendHtml(reply, status, page);
  };

  app.get(LOGIN_PATH, async (request, reply) =>
    sendLoginPage(request, reply, 200, {
      ended: request.sessionEnded,
      next: /** @type {Record<string, string>} */ (request.query)[NEXT_ENTRY],
    }),
  );

  app.post(LOGIN_PATH, async (request, reply) => {
    const formData = await readForm(request);
    const verdict = checkChange(app, request, formData);
    if (verdict === 'forged') {
      reply.header('Cache-Control', 'no-store');
      return sendPage(reply, 403, 'Ingen adgang', 'Det kan kun gøres fra demoens egne sider.');
    }
    // Our own login page with a token gone stale (a restart, "Log af" in another tab): the page again.
    const next = formData.get(NEXT_ENTRY);
    if (verdict === 'stale') return sendLoginPage(request, reply, 403, { notice: SEND_AGAIN.stale, next });
    const citizen = citizenById(formData.get('borger'));
    if (!citizen) return sendLoginPage(request, reply, 422, { error: true, next });
    // Another citizen than the one this browser's session was (live or ended, say a session that ran
    // out on a shared computer): nothing the browser was given before counts for them, as after "Log
    // af". The same citizen logging in again keeps the forms open in other tabs working.
    const before = app.sessions.find(request.cookies[SESSION_COOKIE]);
    if (before && before.citizen !== citizen.id) forgetBrowser(request, reply, [CSRF_COOKIE]);
    startSession(request, reply, citizen);
    return reply.redirect(isStepwisePage(next) ? next : AFTER_LOGIN, 303);
  });

  app.post('/log-af', async (request, reply) => {
    if (!(await guarded(request, reply))) return reply;
    endSession(request, reply, [CSRF_COOKIE]);
    return reply.redirect(LOGGED_OUT_PATH, 303);
  });

  app.get(LOGGED_OUT_PATH, async (_request, reply) => sendHtml(reply, 200, await loggedOutPage()));

  // "Forbliv logget på": the session gets a full length from now; the page is told how many seconds
  // that is (not a moment: a wrong clock on the citizen's computer then cannot move the warning).
  app.post(EXTEND_PATH, async (request, reply) => {
    if (!(await guarded(request, reply))) return reply;
    reply.header('Cache-Control', 'no-store');
    const endsAt = request.citizen ? app.sessions.extend(request.sessionToken) : null;
    if (endsAt === null) return reply.code(401).send({ loggedIn: false });
    request.sessionEndsAt = endsAt;
    return reply.send({ loggedIn: true, secondsLeft: secondsLeft(request) });
  });
  done();
}
