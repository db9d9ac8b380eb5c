// Drafts on the server, for the library's HttpDraftStore (src/drafts/http-draft-store.ts): each kept
// per logged-in citizen (the register's id, never the CPR number) and key, exactly as the page sent it
// (JSON, or multipart when files travel with it), so the server needs to understand nothing of a draft
// to keep it and give it back, and a draft survives closing the browser and logging in again.

export class DraftRepository {
  /** @param {import('better-sqlite3').Database} db */
  constructor(db) {
    this.select = db.prepare('SELECT content_type AS type, body FROM drafts WHERE citizen = ? AND key = ?');
    this.upsert = db.prepare(
      `INSERT INTO drafts (citizen, key, content_type, body, saved_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (citizen, key) DO UPDATE SET content_type = excluded.content_type, body = excluded.body,
       saved_at = excluded.saved_at`,
    );
    this.remove = db.prepare('DELETE FROM drafts WHERE citizen = ? AND key = ?');
  }

  /**
   * @param {string} citizen the register's id of the logged-in citizen
   * @param {string} key
   * @returns {{ type: string, body: Buffer } | undefined}
   */
  get(citizen, key) {
    return this.select.get(citizen, key);
  }

  /** @param {string} citizen @param {string} key @param {string} type @param {Buffer} body */
  put(citizen, key, type, body, now = new Date()) {
    this.upsert.run(citizen, key, type, body, now.toISOString());
  }

  /** @param {string} citizen @param {string} key */
  delete(citizen, key) {
    this.remove.run(citizen, key);
  }
}
