// Files a citizen attached to a form that came back with errors: kept on disk so the page sent back can
// list them (`<bf-stored-file>`) and the next submission can refer to them, instead of the citizen
// choosing them again. The way docs/server-round-trip.md tells a server to do it:
// - a reference is 16 random bytes (base64url), never a path or a name; the file lives under it;
// - every reference that comes back is checked against the record (well-formed, known, not expired)
//   before it is used; an unknown one is ignored;
// - the name is data for people only (escaped when written back), never a file name on disk;
// - removed files and expired ones are deleted.
// A record is bound to no session (a file held for a form that anyone may send): its reference is 16
// random bytes that only the page sent back knows. Binding it to the browser's id as well would be
// the next step for a server with logins.
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
 * The posted references of each upload field, checked: `<name>-removed` files are deleted, and each
 * `<name>-kept` entry stays in `formData`, in its place, only when its reference is really held (an
 * unknown, malformed, expired or repeated one is dropped, so it cannot count toward `required`).
 * Every other entry keeps its place too.
 * @param {FormData} formData the posted form (changed in place)
 * @param {readonly string[]} names the page's upload fields
 * @param {HeldFiles} held
 * @returns {Promise<Map<string, HeldFile[]>>} name → the held files the citizen kept
 */
export async function checkHeldReferences(formData, names, held) {
  const removedOf = new Map(names.map((name) => [`${name}-removed`, name]));
  const keptOf = new Map(names.map((name) => [`${name}-kept`, name]));
  const entries = [...formData];
  for (const [entry, value] of entries) if (removedOf.has(entry)) await held.remove(value);
  /** @type {Map<string, HeldFile[]>} */
  const kept = new Map(names.map((name) => [name, []]));
  const checked = [];
  for (const [entry, value] of entries) {
    if (removedOf.has(entry)) continue;
    const field = keptOf.get(entry);
    if (field === undefined) {
      checked.push([entry, value]);
      continue;
    }
    const record = await held.find(value);
    const records = /** @type {HeldFile[]} */ (kept.get(field));
    if (!record || records.some((other) => other.reference === record.reference)) continue;
    records.push(record);
    checked.push([entry, record.reference]);
  }
  for (const entry of new Set(entries.map(([name]) => name))) formData.delete(entry);
  for (const [entry, value] of checked) formData.append(entry, value);
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
 * For the receipt: the form with each kept reference replaced, in its place, by its file, as if it had
 * been chosen again, so every entry stays in the order sent; the held copies are deleted (the case has
 * them now).
 * @param {FormData} formData
 * @param {Map<string, HeldFile[]>} kept
 * @param {HeldFiles} held
 * @returns {Promise<FormData>}
 */
export async function withHeldFiles(formData, kept, held) {
  const complete = new FormData();
  for (const [name, value] of formData) {
    const field = name.endsWith('-kept') ? name.slice(0, -'-kept'.length) : undefined;
    const record =
      field !== undefined ? kept.get(field)?.find((each) => each.reference === value) : undefined;
    if (field !== undefined && kept.has(field)) {
      if (record)
        complete.append(field, new File([await held.read(record)], record.name, { type: record.type }));
    } else complete.append(name, value);
  }
  for (const records of kept.values()) for (const record of records) await held.remove(record.reference);
  return complete;
}
