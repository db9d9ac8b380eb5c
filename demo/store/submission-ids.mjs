// The one-time submission ids: one is given with every rendered form (per browser and form page), and
// a submission is kept once per id. A second POST with the same id (a double click, a reload of the
// POST, a replay) finds the reference of the first. The browser's id is kept only as its SHA-256.
// Ids never used are forgotten after two days.
import { createHash, randomBytes } from 'node:crypto';

/** How long an unused id is kept. */
const UNUSED_KEPT_MS = 2 * 24 * 60 * 60 * 1000;

const hashOf = (/** @type {string} */ browser) => createHash('sha256').update(browser).digest('hex');

export class SubmissionIds {
  /** @param {import('better-sqlite3').Database} db */
  constructor(db) {
    this.insert = db.prepare('INSERT INTO submission_ids (id, browser, form, issued_at) VALUES (?, ?, ?, ?)');
    this.select = db.prepare(
      'SELECT reference FROM submission_ids WHERE id = ? AND browser = ? AND form = ?',
    );
    this.selectReference = db.prepare('SELECT reference FROM submission_ids WHERE id = ?');
    this.update = db.prepare('UPDATE submission_ids SET reference = ? WHERE id = ? AND reference IS NULL');
    this.prune = db.prepare('DELETE FROM submission_ids WHERE reference IS NULL AND issued_at < ?');
  }

  /**
   * A new id for a form page rendered for a browser.
   * @param {string} browser the browser's id (demo/session.mjs `browserId`)
   * @param {string} form the form page's path
   */
  issue(browser, form, now = new Date()) {
    this.prune.run(new Date(now.getTime() - UNUSED_KEPT_MS).toISOString());
    const id = randomBytes(18).toString('base64url');
    this.insert.run(id, hashOf(browser), form, now.toISOString());
    return id;
  }

  /**
   * The id as given to this browser for this form: `reference` null while unused; undefined when it
   * was not given (or not to this browser, or not for this form).
   * @param {string} id @param {string} browser @param {string} form
   * @returns {{ reference: string | null } | undefined}
   */
  find(id, browser, form) {
    if (!browser) return undefined;
    return this.select.get(id, hashOf(browser), form);
  }

  /** The reference kept under `id`, or null. Call inside the transaction that keeps a submission. */
  referenceOf(/** @type {string} */ id) {
    return this.selectReference.get(id)?.reference ?? null;
  }

  /** Marks `id` used by `reference`. Call inside the transaction that keeps the submission. */
  claim(/** @type {string} */ id, /** @type {string} */ reference) {
    this.update.run(reference, id);
  }
}
