// What citizens sent, kept in SQLite: each submission under a case reference, every entry in the order
// sent, files with their bytes. The reference is random (not a count), so one citizen's receipt says
// nothing about how many others applied, and it cannot be guessed.
import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when read aloud or copied (no 0/O, 1/I/L). */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A case reference such as `EK-7K3P-Q9D2` (Eksempel Kommune). */
export function newReference() {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, pick).join('');
  return `EK-${group()}-${group()}`;
}

/**
 * @typedef {object} StoredEntry
 * @property {string} name
 * @property {string | null} value the text, or null for a file
 * @property {{ name: string, type: string, size: number } | null} file
 */

export class SubmissionStore {
  /** @param {import('better-sqlite3').Database} db */
  constructor(db) {
    this.db = db;
    this.insertSubmission = db.prepare(
      'INSERT INTO submissions (reference, form, received_at) VALUES (?, ?, ?)',
    );
    this.insertEntry = db.prepare(
      `INSERT INTO submission_entries (submission_id, position, name, value, file_name, file_type, file_data)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /**
   * Keeps a submission (all or nothing) and returns its new reference.
   * @param {string} form which form it came from (`/flytning`)
   * @param {FormData} formData
   * @param {Date} [now]
   * @param {{ ids: import('./submission-ids.mjs').SubmissionIds, id: string }} [once] keep it once per
   *   submission id: when the id was used already, nothing is kept and the first reference returned
   * @returns {Promise<string>}
   */
  async save(form, formData, now = new Date(), once = undefined) {
    // The files' bytes are read first: the transaction itself is synchronous.
    const entries = await Promise.all(
      [...formData].map(async ([name, value]) =>
        typeof value === 'string'
          ? { name, value, file: null }
          : {
              name,
              value: null,
              file: { name: value.name, type: value.type, data: Buffer.from(await value.arrayBuffer()) },
            },
      ),
    );
    return this.db.transaction(() => {
      const earlier = once?.ids.referenceOf(once.id);
      if (earlier) return earlier; // a double submit that passed the first check at the same time
      for (;;) {
        const reference = newReference();
        let id;
        try {
          id = this.insertSubmission.run(reference, form, now.toISOString()).lastInsertRowid;
        } catch (error) {
          if (error?.code === 'SQLITE_CONSTRAINT_UNIQUE') continue; // that reference is taken: draw again
          throw error;
        }
        entries.forEach((entry, position) =>
          this.insertEntry.run(
            id,
            position,
            entry.name,
            entry.value,
            entry.file?.name ?? null,
            entry.file?.type ?? null,
            entry.file?.data ?? null,
          ),
        );
        once?.ids.claim(once.id, reference);
        return reference;
      }
    })();
  }

  /**
   * A submission by its reference: when it came, from which form, and its entries (files without their
   * bytes), in the order sent: an entry's index is its position (`file(reference, position)`).
   * @param {string} reference
   * @returns {{ reference: string, form: string, receivedAt: string, entries: StoredEntry[] } | null}
   */
  get(reference) {
    const row = this.db
      .prepare('SELECT id, reference, form, received_at AS receivedAt FROM submissions WHERE reference = ?')
      .get(reference);
    if (!row) return null;
    const entries = this.db
      .prepare(
        `SELECT name, value, file_name AS fileName, file_type AS fileType, length(file_data) AS size
         FROM submission_entries WHERE submission_id = ? ORDER BY position`,
      )
      .all(row.id)
      .map((entry) => ({
        name: entry.name,
        value: entry.value,
        file:
          entry.value === null
            ? { name: entry.fileName ?? '', type: entry.fileType ?? '', size: entry.size ?? 0 }
            : null,
      }));
    return { reference: row.reference, form: row.form, receivedAt: row.receivedAt, entries };
  }

  /**
   * Every submission, newest first: reference, form, when it came and how many files it holds.
   * @returns {{ reference: string, form: string, receivedAt: string, files: number }[]}
   */
  list() {
    return this.db
      .prepare(
        `SELECT s.reference, s.form, s.received_at AS receivedAt,
                (SELECT count(*) FROM submission_entries e
                  WHERE e.submission_id = s.id AND e.value IS NULL AND length(e.file_data) > 0) AS files
         FROM submissions s ORDER BY s.received_at DESC, s.id DESC`,
      )
      .all();
  }

  /**
   * One file of a submission with its bytes, by the entry's position; null when there is none.
   * @param {string} reference
   * @param {number} position
   * @returns {{ name: string, type: string, data: Buffer } | null}
   */
  file(reference, position) {
    const row = this.db
      .prepare(
        `SELECT e.file_name AS name, e.file_type AS type, e.file_data AS data
         FROM submission_entries e JOIN submissions s ON s.id = e.submission_id
         WHERE s.reference = ? AND e.position = ? AND e.value IS NULL`,
      )
      .get(reference, position);
    return row ? { name: row.name ?? '', type: row.type ?? '', data: row.data ?? Buffer.alloc(0) } : null;
  }

  /** How many submissions are kept. */
  count() {
    return Number(this.db.prepare('SELECT count(*) AS n FROM submissions').get().n);
  }
}
