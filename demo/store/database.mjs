// The demo's SQLite database (better-sqlite3): one file under the data folder, created on first start
// and migrated on every start. Each migration runs once, in order, inside a transaction; the number of
// migrations applied is kept in SQLite's own `user_version`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The schema, one step per entry; add a step at the end, never change one that has shipped. */
const MIGRATIONS = [
  // 1: what citizens sent, entry by entry in the order sent (a file's bytes in the row with its name).
  `CREATE TABLE submissions (
     id INTEGER PRIMARY KEY,
     reference TEXT NOT NULL UNIQUE,
     form TEXT NOT NULL,
     received_at TEXT NOT NULL
   );
   CREATE TABLE submission_entries (
     submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     name TEXT NOT NULL,
     value TEXT,
     file_name TEXT,
     file_type TEXT,
     file_data BLOB,
     PRIMARY KEY (submission_id, position)
   );`,
  // 2: drafts kept for the citizen's session (the HTTP draft store's endpoint), as the page sent them.
  `CREATE TABLE drafts (
     session TEXT NOT NULL,
     key TEXT NOT NULL,
     content_type TEXT NOT NULL,
     body BLOB NOT NULL,
     saved_at TEXT NOT NULL,
     PRIMARY KEY (session, key)
   );`,
  // 3: the demo login's sessions (the cookie's token only as its SHA-256) and drafts kept per citizen
  // instead of per browser, so a draft survives closing the browser; the old per-browser drafts go.
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     citizen TEXT NOT NULL,
     created_at TEXT NOT NULL,
     expires_at INTEGER NOT NULL
   );
   DELETE FROM drafts;
   ALTER TABLE drafts RENAME COLUMN session TO citizen;`,
  // 4: the one-time submission id of each rendered form (per browser and form page, the browser's id
  // only as its SHA-256) and the submission kept under it, so a double submit or a replayed POST is
  // kept once.
  `CREATE TABLE submission_ids (
     id TEXT PRIMARY KEY,
     browser TEXT NOT NULL,
     form TEXT NOT NULL,
     issued_at TEXT NOT NULL,
     reference TEXT UNIQUE REFERENCES submissions (reference) ON DELETE CASCADE
   );
   CREATE INDEX submission_ids_issued_at ON submission_ids (issued_at);`,
];

/** The number of migrations this server knows. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Opens (creating the folder and the file when needed) and migrates the database at `file`.
 * @param {string} file
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL'); // readers never wait for the writer (the case-worker page)
  db.pragma('foreign_keys = ON');
  const applied = Number(db.pragma('user_version', { simple: true }));
  if (applied > SCHEMA_VERSION) {
    db.close();
    throw new Error(`${file} has schema ${applied}; this server knows ${SCHEMA_VERSION}`);
  }
  for (let step = applied; step < SCHEMA_VERSION; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step]);
      db.pragma(`user_version = ${step + 1}`);
    })();
  }
  return db;
}
