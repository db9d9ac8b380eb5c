// Files a citizen attached to a form that came back with errors: kept on disk so the page sent back can
// list them (`<bf-stored-file>`) and the next submission can refer to them, instead of the citizen
// choosing them again. The way docs/server-round-trip.md tells a server to do it:
// - a reference is 16 random bytes (base64url), never a path or a name; the file lives under it;
// - every reference that comes back is checked against the record (well-formed, known, not expired)
//   before it is used; an unknown one is ignored;
// - the name is data for people only (escaped when written back), never a file name on disk;
// - removed files and expired ones are deleted.
// The demo has no login yet, so a record is bound to no session; the solution with login (issue 16)
// adds the session to the record and checks it too.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** How long a held file is kept: long enough to fix a form, not a day longer (milliseconds). */
export const HOLD_FOR_MS = 2 * 60 * 60 * 1000;

const REFERENCE = /^[A-Za-z0-9_-]{22}$/u;

/**
 * @typedef {object} HeldFile
 * @property {string} reference the opaque reference
 * @property {string} name the file name as the citizen's browser gave it (text for people)
 * @property {number} size bytes
 * @property {string} type the MIME type the browser reported
 * @property {number} expires when the record lapses (ms since epoch)
 */

/** Files on disk under random references, each with a small JSON record beside it. */
export class HeldFiles {
  /** @param {{ dir?: string, now?: () => number }} [options] */
  constructor({ dir = path.join(os.tmpdir(), 'borgerform-demo-held-files'), now = Date.now } = {}) {
    this.dir = dir;
    this.now = now;
  }

  /**
   * Keeps a posted file; returns its record.
   * @param {File} file
   * @returns {Promise<HeldFile>}
   */
  async keep(file) {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const reference = randomBytes(16).toString('base64url');
    /** @type {HeldFile} */
    const record = {
      reference,
      name: file.name,
      size: file.size,
      type: file.type,
      expires: this.now() + HOLD_FOR_MS,
    };
    await writeFile(this.#path(reference), new Uint8Array(await file.arrayBuffer()), { mode: 0o600 });
    await writeFile(this.#path(reference, '.json'), JSON.stringify(record), { mode: 0o600 });
    return record;
  }

  /**
   * The record of a reference that came back from a page, or null when it is malformed, unknown or
   * expired (an expired one is deleted).
   * @param {unknown} reference
   * @returns {Promise<HeldFile | null>}
   */
  async find(reference) {
    if (typeof reference !== 'string' || !REFERENCE.test(reference)) return null;
    let record;
    try {
      record = JSON.parse(await readFile(this.#path(reference, '.json'), 'utf8'));
    } catch {
      return null;
    }
    if (record?.reference !== reference || !(record.expires > this.now())) {
      await this.remove(reference);
      return null;
    }
    return record;
  }

  /** The file's bytes, for the case it is finally sent with. @param {HeldFile} record */
  async read(record) {
    return readFile(this.#path(record.reference));
  }

  /** Deletes a held file (a reference the citizen removed); a malformed one is ignored. @param {unknown} reference */
  async remove(reference) {
    if (typeof reference !== 'string' || !REFERENCE.test(reference)) return;
    await rm(this.#path(reference), { force: true });
    await rm(this.#path(reference, '.json'), { force: true });
  }

  #path(reference, suffix = '') {
    return path.join(this.dir, `${reference}${suffix}`);
  }
}

/**
 * The posted references of each upload field, checked: `<name>-removed` files are deleted, and
 * `<name>-kept` entries are replaced in `formData` by the references that are really held (an
 * unknown, malformed or expired one is dropped, so it cannot count toward `required`).
 * @param {FormData} formData the posted form (changed in place)
 * @param {readonly string[]} names the page's upload fields
 * @param {HeldFiles} held
 * @returns {Promise<Map<string, HeldFile[]>>} name → the held files the citizen kept
 */
export async function checkHeldReferences(formData, names, held) {
  const kept = new Map();
  for (const name of names) {
    for (const reference of formData.getAll(`${name}-removed`)) await held.remove(reference);
    formData.delete(`${name}-removed`);
    const records = [];
    for (const reference of formData.getAll(`${name}-kept`)) {
      const record = await held.find(reference);
      if (record && !records.some((other) => other.reference === record.reference)) records.push(record);
    }
    formData.delete(`${name}-kept`);
    for (const record of records) formData.append(`${name}-kept`, record.reference);
    kept.set(name, records);
  }
  return kept;
}

/**
 * For the page sent back with errors: the files posted now are held too, so every file the citizen
 * attached is listed again.
 * @param {FormData} formData
 * @param {Map<string, HeldFile[]>} kept from `checkHeldReferences`
 * @param {HeldFiles} held
 * @returns {Promise<Record<string, HeldFile[]>>} name → the files to list
 */
export async function holdPostedFiles(formData, kept, held) {
  const listed = {};
  for (const [name, records] of kept) {
    const posted = formData.getAll(name).filter((entry) => typeof entry !== 'string' && entry.size > 0);
    listed[name] = [...records, ...(await Promise.all(posted.map((file) => held.keep(file))))];
  }
  return listed;
}

/**
 * For the receipt: the form with each kept reference replaced by its file, as if it had been chosen
 * again; the held copies are deleted (the case has them now).
 * @param {FormData} formData
 * @param {Map<string, HeldFile[]>} kept
 * @param {HeldFiles} held
 * @returns {Promise<FormData>}
 */
export async function withHeldFiles(formData, kept, held) {
  const complete = new FormData();
  for (const [name, value] of formData)
    if (!kept.has(name.replace(/-kept$/u, ''))) complete.append(name, value);
  for (const [name, records] of kept) {
    for (const entry of formData.getAll(name)) complete.append(name, entry);
    for (const record of records) {
      complete.append(name, new File([await held.read(record)], record.name, { type: record.type }));
      await held.remove(record.reference);
    }
  }
  return complete;
}
