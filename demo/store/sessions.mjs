// The demo login's sessions in SQLite: which citizen a session cookie belongs to and when it ends on
// the server. The cookie holds a random token; the table holds only its SHA-256, so a copy of the
// database opens no session. A session lasts a fixed time from login and is moved only by "Forbliv
// logget på" (`extend`), so the page's countdown and the server always agree.
import { createHash, randomBytes } from 'node:crypto';

/** A session token as the cookie carries it: 32 random bytes, base64url. */
const TOKEN = /^[\w-]{43}$/u;

/** How long an ended session is remembered, so the citizen is told they were logged off (ms). */
const REMEMBER_ENDED_MS = 24 * 60 * 60 * 1000;

const hashOf = (token) => createHash('sha256').update(token).digest('hex');

/**
 * @typedef {object} SessionState
 * @property {string} citizen the register id of the logged-in citizen
 * @property {number} expiresAt when the session ends (ms since epoch)
 * @property {boolean} live whether it has not ended yet
 */

export class SessionStore {
  /**
   * @param {import('better-sqlite3').Database} db
   * @param {{ seconds: number, now?: () => number }} options `seconds`: a session's length
   */
  constructor(db, { seconds, now = Date.now }) {
    this.lengthMs = seconds * 1000;
    this.now = now;
    this.insert = db.prepare(
      'INSERT INTO sessions (id, citizen, created_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.select = db.prepare('SELECT citizen, expires_at AS expiresAt FROM sessions WHERE id = ?');
    this.move = db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ? AND expires_at > ?');
    this.remove = db.prepare('DELETE FROM sessions WHERE id = ?');
    this.forget = db.prepare('DELETE FROM sessions WHERE expires_at < ?');
  }

  /**
   * Starts a session for a citizen; returns the token for the cookie.
   * @param {string} citizen
   * @returns {{ token: string, expiresAt: number }}
   */
  start(citizen) {
    const now = this.now();
    this.forget.run(now - REMEMBER_ENDED_MS);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = now + this.lengthMs;
    this.insert.run(hashOf(token), citizen, new Date(now).toISOString(), expiresAt);
    return { token, expiresAt };
  }

  /**
   * The session of a cookie's token (live or ended), or null for none.
   * @param {unknown} token
   * @returns {SessionState | null}
   */
  find(token) {
    if (typeof token !== 'string' || !TOKEN.test(token)) return null;
    const row = this.select.get(hashOf(token));
    return row ? { ...row, live: row.expiresAt > this.now() } : null;
  }

  /**
   * Moves a live session's end to a full length from now; returns the new end, or null when the
   * session has ended (an ended session is never brought back).
   * @param {string} token
   * @returns {number | null}
   */
  extend(token) {
    const now = this.now();
    const expiresAt = now + this.lengthMs;
    return this.move.run(expiresAt, hashOf(token), now).changes === 1 ? expiresAt : null;
  }

  /** Ends a session ("Log af"). @param {string} token */
  end(token) {
    if (TOKEN.test(token)) this.remove.run(hashOf(token));
  }
}
