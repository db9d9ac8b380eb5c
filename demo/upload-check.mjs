// The server's own check of the files posted to a form page's upload fields (`bf-file-upload`), against
// the field's attributes in the page: `accept`, `max-size`, `max-files` (1 without `multiple`) and
// `max-total-size`, with the files the server already holds for the field counted in. The library's
// own rules (`selectFiles` in src/domain/files.ts) judge name, MIME type, emptiness, size and count,
// and its Danish texts (or the field's own `message-<key>`) say why, as the field says it in the
// browser. On top, the server reads each file's first bytes (file-type's magic numbers), so a file
// whose content is not the type its name and MIME type claim is refused too, and a name that cannot
// be shown as text is refused. A refused file is taken out of the posted form: it is neither held nor
// stored. A file name is text for people only, never a path.
import { fileTypeFromBuffer } from 'file-type';
import { groupRejections, rejectionText, SIZE_KEYS } from '../dist/components/file-upload/rejections.js';
import {
  acceptedTypeNames,
  checkFile,
  describeAccept,
  fileExtension,
  fileSizeParts,
  matchesAccept,
  parseAccept,
  parseFileSize,
  selectFiles,
} from '../dist/domain/files.js';
import { formatMessage } from '../dist/i18n/format.js';
import { da } from '../dist/i18n/locales/da.js';
import { pageFields } from './page-fields.mjs';

/** The longest file name taken (most file systems allow 255). */
export const MAX_NAME_LENGTH = 255;

/** Types with no magic number: their content is taken when it is text (no NUL byte). */
const SIGNATURELESS = new Set(['txt', 'csv']);

/** Control characters (C0, DEL, C1): a name with one cannot be shown as text. */
const CONTROL = /\p{Cc}/u;

/**
 * A key's Danish text with its parameters filled in: the field's own `message-<key>` attribute
 * (`fileTooLarge` → `message-file-too-large`) when the page gives one, as the element reads it, else
 * the catalogue's.
 * @param {Map<string, string | true>} attributes the field's attributes in the page
 */
function termOf(attributes) {
  return (key, params = {}) => {
    const override = attributes.get(`message-${key.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)}`);
    return formatMessage(typeof override === 'string' ? override : da[key], params, 'da');
  };
}

/** A size for people, as the field writes it ("10 MB"). */
function sizeText(bytes) {
  const { value, unit } = fileSizeParts(bytes);
  return formatMessage(da[SIZE_KEYS[unit]], { size: value }, 'da');
}

/** A size attribute in bytes; undefined when absent or unreadable (no limit, as in the field). */
function bytesOf(attribute) {
  if (typeof attribute !== 'string' || attribute === '') return undefined;
  const parsed = parseFileSize(attribute);
  return parsed.ok ? parsed.bytes : undefined;
}

/** The field's limits, read from its attributes as `bf-file-upload` reads them. */
function rulesOf(attributes) {
  const text = (name) => {
    const value = attributes.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const maxFiles = Number(text('max-files'));
  return {
    accept: text('accept') ?? '',
    maxSize: bytesOf(text('max-size')),
    maxTotalSize: bytesOf(text('max-total-size')),
    maxFiles: !attributes.has('multiple')
      ? 1
      : Number.isFinite(maxFiles) && maxFiles >= 1
        ? Math.floor(maxFiles)
        : undefined,
  };
}

/** Whether a file name can be shown and kept as text: not empty, no control characters, not too long. */
export function isUsableName(name) {
  return name !== '' && [...name].length <= MAX_NAME_LENGTH && !CONTROL.test(name);
}

/**
 * Whether a file's content is what its name claims and within `accept`: the type its first bytes
 * show must be accepted and be a type of the name's extension (a `.pdf` that is a PNG, a program or
 * a web page is not). Content with no magic number passes only for a type that has none (`.txt`).
 * Every file passes when the field accepts every type.
 * @param {Uint8Array} bytes
 * @param {string} name
 * @param {string} accept the field's `accept`
 */
export async function contentMatches(bytes, name, accept) {
  const tokens = parseAccept(accept);
  if (tokens.length === 0) return true;
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return SIGNATURELESS.has(fileExtension(name)) && !bytes.includes(0);
  return (
    matchesAccept({ name: `content.${found.ext}`, type: found.mime }, tokens) &&
    matchesAccept({ name, type: '' }, found.mime)
  );
}

/** The type a file's name (or else its MIME type) claims, for people: "PDF"; '' when neither says. */
function claimedType(file) {
  const extension = fileExtension(file.name);
  if (extension) return extension.toUpperCase();
  return file.type ? (acceptedTypeNames(file.type)[0] ?? '') : '';
}

/**
 * The messages for one field's refused files, in the field's words: each file and reason on its own,
 * every file beyond `max-files` in one line at the end, as the field groups them.
 */
function messagesOf(rejected, rules, term) {
  const context = {
    term,
    locale: 'da',
    acceptedTypes: () =>
      describeAccept(rules.accept, 'da', {
        image: da.fileKindImage,
        audio: da.fileKindAudio,
        video: da.fileKindVideo,
      }),
    maxSize: () => sizeText(rules.maxSize ?? 0),
    maxTotalSize: () => sizeText(rules.maxTotalSize ?? 0),
    maxFiles: rules.maxFiles ?? 0,
  };
  const ours = [];
  const library = [];
  for (const { file, code } of rejected) {
    if (code === 'name') ours.push(term('fileNameUnusable'));
    else if (code === 'content' && claimedType(file))
      ours.push(
        term('fileContent', { name: file.name, type: claimedType(file), types: context.acceptedTypes() }),
      );
    else library.push({ file, code: code === 'content' ? 'type' : code });
  }
  const grouped = groupRejections(library).map((rejection) => rejectionText(rejection, context));
  return [...new Set([...ours, ...grouped])];
}

/**
 * Checks the files posted to each upload field of the page. Refused files, and text posted under an
 * upload field's name, are taken out of `formData` (the other entries keep their order); so is the
 * empty part a browser sends for a file input with no file.
 * @param {FormData} formData the posted form (changed in place)
 * @param {import('./templates.mjs').Template | string} page the form page (its template, or its HTML)
 * @param {Map<string, readonly { name: string, size: number, type: string }[]>} [held] field name → the
 *   files the server holds that the citizen kept (`checkHeldReferences`), counted toward the limits
 * @returns {Promise<Record<string, string>>} field name → Danish message, for each field with a refused file
 */
export async function checkUploads(formData, page, held = new Map()) {
  const errors = {};
  /** Upload field name → the files it keeps. */
  const taken = new Map();
  for (const [name, { tagName, attributes }] of pageFields(page)) {
    if (tagName !== 'bf-file-upload' || !formData.has(name)) continue;
    const rules = rulesOf(attributes);
    const rejected = [];
    const candidates = [];
    for (const file of formData.getAll(name)) {
      if (typeof file === 'string' || (file.name === '' && file.size === 0)) continue; // not a file
      if (!isUsableName(file.name)) rejected.push({ file, code: 'name' });
      else if (
        checkFile(file, rules).ok &&
        !(await contentMatches(new Uint8Array(await file.arrayBuffer()), file.name, rules.accept))
      )
        rejected.push({ file, code: 'content' });
      // Compared without its modification time (a server has none), as a held file is.
      else candidates.push({ file, name: file.name, size: file.size, type: file.type });
    }
    const selection = selectFiles(held.get(name) ?? [], candidates, rules);
    for (const { file, code } of selection.rejected) rejected.push({ file: file.file, code });
    taken.set(name, new Set(selection.accepted.map(({ file }) => file)));
    if (rejected.length > 0) errors[name] = messagesOf(rejected, rules, termOf(attributes)).join(' ');
  }
  keepOnly(formData, taken);
  return errors;
}

/** Takes out of `formData` every entry of an upload field that is not one of the files it keeps. */
function keepOnly(formData, taken) {
  const entries = [...formData];
  if (entries.every(([name, value]) => !taken.has(name) || taken.get(name).has(value))) return;
  for (const name of new Set(entries.map(([name]) => name))) formData.delete(name);
  for (const [name, value] of entries)
    if (!taken.has(name) || taken.get(name).has(value)) formData.append(name, value);
}
