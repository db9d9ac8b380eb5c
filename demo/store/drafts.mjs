// Drafts on the server, for the library's HttpDraftStore (src/drafts/http-draft-store.ts): each kept
// per session and key exactly as the page sent it (JSON, or multipart when files travel with it), so
// the server needs to understand nothing of a draft to keep it and give it back.

export class DraftRepository {
  /** @param {import('better-sqlite3').Database} db */
  constructor(db) {
    this.select = db.prepare('SELECT content_type AS type, body FROM drafts WHERE session = ? AND key = ?');
    this.upsert = db.prepare(
      `INSERT INTO drafts (session, key, content_type, body, saved_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (session, key) DO UPDATE SET content_type = excluded.content_type, body = excluded.body,
       saved_at = excluded.saved_at`,
    );
    this.remove = db.prepare('DELETE FROM drafts WHERE session = ? AND key = ?');
  }

  /**
   * @param {string} session
   * @param {string} key
   * @returns {{ type: string, body: Buffer } | undefined}
   */
  get(session, key) {
    return this.select.get(session, key);
  }

  /** @param {string} session @param {string} key @param {string} type @param {Buffer} body */
  put(session, key, type, body, now = new Date()) {
    this.upsert.run(session, key, type, body, now.toISOString());
  }

  /** @param {string} session @param {string} key */
  delete(session, key) {
    this.remove.run(session, key);
  }
}
