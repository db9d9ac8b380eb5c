// The demo login (no real login code: "Log ind med MitID" picks a fictional citizen), "Log af", the
// logged-out page, and the keep-alive behind "Forbliv logget på". Every change comes only from the
// page's own origin (the Origin header), besides the SameSite session cookie.
import { readForm } from '../forms.mjs';
import { LOGGED_OUT_PATH, LOGIN_PATH, loggedOutPage, loginPage } from '../login-pages.mjs';
import { citizenById } from '../register.mjs';
import { sendHtml, sendPage } from '../replies.mjs';
import { endSession, fromOwnOrigin, secondsLeft, startSession } from '../session.mjs';

/** Where a citizen goes once logged in: the parking application, started (demo/scripts/parkering.js). */
export const AFTER_LOGIN = '/parkering?start=1';

/** The keep-alive's address ("Forbliv logget på"). */
export const EXTEND_PATH = '/session/forlaeng';

/** @type {import('fastify').FastifyPluginCallback} */
export function loginRoutes(app, _options, done) {
  /** Answers 403 to a change from another origin; true when it may go on. */
  const ownOrigin = (request, reply) => {
    if (fromOwnOrigin(request)) return true;
    sendPage(reply, 403, 'Ingen adgang', '<p>Det kan kun gøres fra demoens egne sider.</p>');
    return false;
  };

  app.get(LOGIN_PATH, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return sendHtml(reply, 200, loginPage({ ended: request.sessionEnded }));
  });

  app.post(LOGIN_PATH, async (request, reply) => {
    if (!ownOrigin(request, reply)) return reply;
    const citizen = citizenById((await readForm(request)).get('borger'));
    if (!citizen) {
      reply.header('Cache-Control', 'no-store');
      return sendHtml(reply, 422, loginPage({ error: true }));
    }
    startSession(request, reply, citizen);
    return reply.redirect(AFTER_LOGIN, 303);
  });

  app.post('/log-af', async (request, reply) => {
    if (!ownOrigin(request, reply)) return reply;
    endSession(request, reply);
    return reply.redirect(LOGGED_OUT_PATH, 303);
  });

  app.get(LOGGED_OUT_PATH, async (_request, reply) => sendHtml(reply, 200, loggedOutPage()));

  // "Forbliv logget på": the session gets a full length from now; the page is told how many seconds
  // that is (not a moment: a wrong clock on the citizen's computer then cannot move the warning).
  app.post(EXTEND_PATH, async (request, reply) => {
    if (!ownOrigin(request, reply)) return reply;
    reply.header('Cache-Control', 'no-store');
    const endsAt = request.citizen ? app.sessions.extend(request.sessionToken) : null;
    if (endsAt === null) return reply.code(401).send({ loggedIn: false });
    request.sessionEndsAt = endsAt;
    return reply.send({ loggedIn: true, secondsLeft: secondsLeft(request) });
  });
  done();
}
