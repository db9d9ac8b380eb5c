// What the parking application's page gets for one request: the header with the sender, the solution
// and the logged-in citizen, the session-timeout warning set to the server's session, the person
// step's name and folkeregisteradresse from the demo register (filled by `fillPage` as `prefilled`,
// before the citizen's own answers), and a notice when the citizen's session has ended.
// `parkingPageFor` is the one place this is decided (demo/send-form.mjs uses it for GET and for the
// page sent back with errors, demo/routes/checked-form.mjs for the receipt's header). Built as nodes
// (demo/html.mjs): every value is text.
import { h } from './html.mjs';
import { LOGGED_OUT_PATH, sessionEndedNotice } from './login-pages.mjs';
import { secondsLeft } from './session.mjs';

/** The sender and the solution, as the header shows them. */
export const AUTHORITY = 'Eksempel Kommune';
export const SOLUTION = 'Ansøg om beboerlicens til parkering';

/**
 * The warning's lead time for a session of this length: 2 minutes, or half a shorter session, never
 * less than the 20 seconds the element asks for (WCAG 2.2.1).
 * @param {number} sessionSeconds
 */
export function warnBeforeFor(sessionSeconds) {
  return Math.max(20, Math.min(120, Math.floor(sessionSeconds / 2)));
}

/**
 * The page's header, prefilled answers and notice for this request.
 * @param {import('fastify').FastifyRequest} request
 * @returns {import('./form-pages.mjs').PageForRequest}
 */
export function parkingPageFor(request) {
  const citizen = request.citizen;
  const bfHeader = h('bf-header', {
    portal: 'Selvbetjening',
    authority: AUTHORITY,
    solution: SOLUTION,
    user: citizen?.name,
  });
  if (!citizen) {
    const notice = sessionEndedNotice(request.sessionEnded);
    return { header: [bfHeader], ...(notice ? { notice } : {}) };
  }
  const sessionSeconds = request.server.sessions.lengthMs / 1000;
  // The page is told the seconds left, not a moment: demo/scripts/parkering.js counts them on the browser's clock.
  const timeout = h('bf-session-timeout', {
    'logged-out-href': LOGGED_OUT_PATH,
    'warn-before': warnBeforeFor(sessionSeconds),
    'data-seconds-left': secondsLeft(request),
  });
  return {
    header: [bfHeader, timeout],
    prefilled: { navn: citizen.name, folkeregisteradresse: citizen.address },
  };
}
