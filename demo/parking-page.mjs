// The parking application's page filled for one request: the header with the sender, the solution and
// the logged-in citizen, the session-timeout warning set to the server's session, the person step's
// name and folkeregisteradresse from the demo register, and a notice when the citizen's session has
// ended. `parkingPageFor` is the one place this happens (demo/routes/pages.mjs for GET,
// demo/routes/checked-form.mjs for the page sent back with errors). Every value is escaped.
import { escapeHtml } from './html.mjs';
import { LOGGED_OUT_PATH, sessionEndedNotice } from './login-pages.mjs';
import { refillPage } from './page-fields.mjs';
import { secondsLeft } from './session.mjs';

/** The sender and the solution, as the header shows them. */
const AUTHORITY = 'Eksempel Kommune';
const SOLUTION = 'Ansøg om beboerlicens til parkering';

/**
 * The warning's lead time for a session of this length: 2 minutes, or half a shorter session, never
 * less than the 20 seconds the element asks for (WCAG 2.2.1).
 * @param {number} sessionSeconds
 */
export function warnBeforeFor(sessionSeconds) {
  return Math.max(20, Math.min(120, Math.floor(sessionSeconds / 2)));
}

/**
 * The page's main content and header for this request.
 * @param {string} main the page's main content (demo/pages/parkering.html)
 * @param {import('fastify').FastifyRequest} request
 * @returns {{ main: string, header: string }}
 */
export function parkingPageFor(main, request) {
  const citizen = request.citizen;
  const user = citizen ? ` user="${escapeHtml(citizen.name)}"` : '';
  let header = `    <bf-header portal="Selvbetjening" authority="${AUTHORITY}" solution="${SOLUTION}"${user}></bf-header>`;
  if (!citizen) return { main: `      ${sessionEndedNotice(request.sessionEnded)}${main}`, header };

  const sessionSeconds = request.server.sessions.lengthMs / 1000;
  // The page is told the seconds left, not a moment: demo/scripts/parkering.js counts them on the browser's clock.
  header += `\n    <bf-session-timeout logged-out-href="${LOGGED_OUT_PATH}" warn-before="${warnBeforeFor(sessionSeconds)}" data-seconds-left="${secondsLeft(request)}"></bf-session-timeout>`;
  const register = new FormData();
  register.set('navn', citizen.name);
  register.set('folkeregisteradresse', citizen.address);
  return { main: refillPage(main, register, {}), header };
}
