// The case worker's demo login: the fictional case workers one can log in as, and their sessions. A
// case-worker session is a role of its own, separate from the citizen's session (session.mjs): its
// own random token in its own cookie, sent only to /sagsbehandling, looked up in its own table. A
// citizen's session id is never in that table, so it never opens a case-worker page.
//
// The sessions are kept in memory, in this server process, not in the database: a demo login needs
// nothing to survive a restart (a restart logs the case worker out, who then picks a name again), and
// logging out removes the session on the server, so a copied cookie is worthless afterwards.
import { randomBytes } from 'node:crypto';

/** The case worker's cookie: HttpOnly, SameSite=Strict, and only sent to the case-worker pages. */
export const CASEWORKER_COOKIE = 'bf_demo_sagsbehandler';

/** Where the case-worker pages live (the cookie's path). */
export const CASEWORK_PATH = '/sagsbehandling';

/** How long a login lasts: one working day. */
const SESSION_MS = 8 * 60 * 60 * 1000;

/** The fictional case workers of Eksempel Kommune (the demo login shows them; no one real). */
export const CASE_WORKERS = Object.freeze([
  { id: 'sanne', name: 'Sanne Mølgaard', unit: 'Borgerservice' },
  { id: 'yusuf', name: 'Yusuf Lindholm', unit: 'Parkering og trafik' },
]);

/** @typedef {(typeof CASE_WORKERS)[number]} CaseWorker */

/** The sessions of logged-in case workers, for one server. */
export class CaseWorkerSessions {
  /** @type {Map<string, { worker: CaseWorker, expires: number }>} */
  #sessions = new Map();

  /**
   * Logs a case worker in; returns the new session's token, or null when the id is no case worker's.
   * @param {string} id
   * @param {number} [now]
   */
  start(id, now = Date.now()) {
    const worker = CASE_WORKERS.find((candidate) => candidate.id === id);
    if (!worker) return null;
    for (const [token, session] of this.#sessions) if (session.expires <= now) this.#sessions.delete(token);
    const token = randomBytes(32).toString('base64url');
    this.#sessions.set(token, { worker, expires: now + SESSION_MS });
    return token;
  }

  /**
   * The case worker whose session the token is, or null (no token, an unknown or an expired one).
   * @param {string | undefined} token
   * @param {number} [now]
   * @returns {CaseWorker | null}
   */
  worker(token, now = Date.now()) {
    const session = token ? this.#sessions.get(token) : undefined;
    if (!session) return null;
    if (session.expires > now) return session.worker;
    this.#sessions.delete(/** @type {string} */ (token));
    return null;
  }

  /** Ends a session (logging out). @param {string | undefined} token */
  end(token) {
    if (token) this.#sessions.delete(token);
  }
}

/** The options of the case worker's cookie. */
export const CASEWORKER_COOKIE_OPTIONS = Object.freeze({
  httpOnly: true,
  sameSite: /** @type {const} */ ('strict'),
  path: CASEWORK_PATH,
});
