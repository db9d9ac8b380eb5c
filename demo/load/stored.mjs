// What the load check finds in the server's database after a run: opened read-only (better-sqlite3),
// so the check cannot change what it counts. The submissions of one form, and which of the case
// references the citizens' receipts gave are missing from it.
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * @param {string} dataDir the server's data folder (`DEMO_DATA_DIR`)
 * @param {string} form the form's path (`/parkering`)
 * @param {string[]} references the references the receipts gave
 * @returns {{ stored: number, missing: string[] }}
 */
export function storedSubmissions(dataDir, form, references) {
  const db = new Database(path.join(dataDir, 'demo.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const kept = new Set(
      db
        .prepare('SELECT reference FROM submissions WHERE form = ?')
        .all(form)
        .map((row) => row.reference),
    );
    return { stored: kept.size, missing: references.filter((reference) => !kept.has(reference)) };
  } finally {
    db.close();
  }
}
