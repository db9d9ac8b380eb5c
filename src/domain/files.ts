/**
 * Files chosen for upload: size limits, the `accept` list, the checks a chosen file must pass and
 * the texts that describe them. Pure functions, no DOM: a `File` fits `FileLike`, and so does the
 * `{ originalname, mimetype, size }` a server gets from a multipart body (after renaming), so the
 * demo server re-checks uploads with the same rules.
 *
 * The checks are a convenience for the citizen, never a security boundary: the server must check
 * type (by content), size and count again.
 */
import type { ParseResult } from './result.js';

/** What the checks read from a file: a `File` has all of it. */
export interface FileLike {
  /** The file name, e.g. `lønseddel.pdf`. */
  readonly name: string;
  /** The MIME type the browser reports, e.g. `application/pdf`; `''` when it does not know. */
  readonly type: string;
  /** Size in bytes. */
  readonly size: number;
  /** Last modification time (ms since epoch); used only to tell duplicates apart. */
  readonly lastModified?: number;
}

// ── Sizes ───────────────────────────────────────────────────────────────────────────────────────

/** `{ ok: true, bytes }` or `{ ok: false, code: 'format' }`. */
export type FileSizeResult = ParseResult<{ bytes: number }, 'format'>;

/**
 * Decimal (SI) units as file managers on phones and macOS show them: 1 kB = 1000 bytes; the binary
 * units (KiB, MiB, GiB) are accepted too.
 */
const SIZE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  byte: 1,
  bytes: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/**
 * Parses a size limit: a number of bytes (`1048576`, or a number), or a number with a unit
 * (`500kB`, `10MB`, `10 mb`, `1,5 MB`, `1.5GB`, `512 KiB`). Units are case-insensitive and decimal
 * (1 kB = 1000 bytes) unless binary (KiB, MiB, GiB). The result is a whole number of bytes.
 * Negative, empty and malformed sizes give `format`.
 */
export function parseFileSize(input: string | number): FileSizeResult {
  if (typeof input === 'number') {
    return Number.isFinite(input) && input >= 0
      ? { ok: true, bytes: Math.round(input) }
      : { ok: false, code: 'format' };
  }
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/iu.exec(input);
  if (!match) return { ok: false, code: 'format' };
  const factor = SIZE_UNITS[match[2].toLowerCase()];
  // No fractions of a byte: "10.000" without a unit is ambiguous (ten, or ten thousand?).
  if (factor === undefined || (factor === 1 && !/^\d+$/u.test(match[1])))
    return { ok: false, code: 'format' };
  const bytes = Math.round(Number(match[1].replace(',', '.')) * factor);
  return Number.isSafeInteger(bytes) ? { ok: true, bytes } : { ok: false, code: 'format' };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function formatDecimal(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format)
    numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(value);
}

/** The unit symbols `fileSizeParts` chooses from (decimal, as file managers on phones and macOS show). */
export type FileSizeUnit = 'B' | 'kB' | 'MB' | 'GB' | 'TB';

const UNITS: readonly FileSizeUnit[] = ['B', 'kB', 'MB', 'GB', 'TB'];

/**
 * A size split for people: the largest decimal unit that keeps the number under 1000 once rounded
 * to one decimal, and that number (whole bytes below 1 kB): 2_500_000 → `{ value: 2.5, unit: 'MB' }`.
 */
export function fileSizeParts(bytes: number): { value: number; unit: FileSizeUnit } {
  let unit = 0;
  let value = Math.max(0, bytes);
  while (unit < UNITS.length - 1 && Math.round(value * 10) / 10 >= 1000) {
    value /= 1000;
    unit++;
  }
  return { value: unit === 0 ? Math.round(value) : Math.round(value * 10) / 10, unit: UNITS[unit] };
}

/**
 * A size for people, with decimal units and at most one decimal, in the locale's number style:
 * `formatFileSize(2_500_000, 'da')` → "2,5 MB"; `'en'` → "2.5 MB". Below 1 kB it counts bytes ("512 B").
 */
export function formatFileSize(bytes: number, locale: string): string {
  const { value, unit } = fileSizeParts(bytes);
  return `${formatDecimal(value, locale)} ${unit}`;
}

// ── Types: the accept list ─────────────────────────────────────────────────────────────────────

const ZIP = ['application/zip', 'application/x-zip-compressed'] as const;

/**
 * Common file types: extension → the MIME types browsers and operating systems report for it.
 * Used to tell whether a file's name and its MIME type contradict each other, to check a file
 * whose MIME type the browser does not know, and to name a MIME type for people ("PDF").
 */
const KNOWN_TYPES: Readonly<Record<string, readonly string[]>> = {
  pdf: ['application/pdf', 'application/x-pdf'],
  jpg: ['image/jpeg', 'image/pjpeg'],
  jpeg: ['image/jpeg', 'image/pjpeg'],
  jfif: ['image/jpeg', 'image/pjpeg'],
  png: ['image/png', 'image/x-png'],
  gif: ['image/gif'],
  webp: ['image/webp'],
  heic: ['image/heic', 'image/heif'],
  heif: ['image/heif', 'image/heic'],
  avif: ['image/avif'],
  tif: ['image/tiff'],
  tiff: ['image/tiff'],
  bmp: ['image/bmp', 'image/x-ms-bmp'],
  svg: ['image/svg+xml'],
  txt: ['text/plain'],
  csv: ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', 'text/x-csv'],
  rtf: ['application/rtf', 'text/rtf'],
  doc: ['application/msword'],
  // Office and OpenDocument files are zip archives; some systems report them as such.
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', ...ZIP],
  xls: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...ZIP],
  ppt: ['application/vnd.ms-powerpoint'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation', ...ZIP],
  odt: ['application/vnd.oasis.opendocument.text', ...ZIP],
  ods: ['application/vnd.oasis.opendocument.spreadsheet', ...ZIP],
  odp: ['application/vnd.oasis.opendocument.presentation', ...ZIP],
  xml: ['application/xml', 'text/xml'],
  json: ['application/json'],
  html: ['text/html'],
  htm: ['text/html'],
  zip: [...ZIP],
  mp3: ['audio/mpeg', 'audio/mp3'],
  m4a: ['audio/mp4', 'audio/x-m4a'],
  wav: ['audio/wav', 'audio/x-wav', 'audio/wave'],
  mp4: ['video/mp4'],
  mov: ['video/quicktime'],
  webm: ['video/webm', 'audio/webm'],
  // Programs: listed so that a program posing as a document (a ".pdf" with a program's MIME type,
  // or "x.exe" claiming application/pdf) is recognised as a contradiction.
  exe: [
    'application/x-msdownload',
    'application/vnd.microsoft.portable-executable',
    'application/x-msdos-program',
    'application/x-dosexec',
  ],
  msi: ['application/x-msi', 'application/x-ms-installer', 'application/x-msdownload'],
  dll: ['application/x-msdownload'],
  bat: ['application/x-bat', 'application/x-msdos-program'],
  cmd: ['application/x-bat', 'application/x-msdos-program'],
  com: ['application/x-msdownload', 'application/x-msdos-program'],
  js: ['text/javascript', 'application/javascript', 'application/x-javascript'],
  mjs: ['text/javascript', 'application/javascript'],
  vbs: ['text/vbscript', 'application/x-vbscript'],
  ps1: ['application/x-powershell'],
  sh: ['application/x-sh', 'text/x-shellscript'],
  jar: ['application/java-archive', 'application/x-java-archive'],
  apk: ['application/vnd.android.package-archive'],
  dmg: ['application/x-apple-diskimage'],
};

let mimeNames: ReadonlyMap<string, string> | undefined;

/**
 * The display name of each MIME type ("PDF", "JPG", "DOCX"): the first extension whose main MIME
 * type (first in its list) it is, else the first extension that lists it at all. Made on first use,
 * so a bundle that imports only `formatList` (the postcode and address fields) leaves the table of
 * types out instead of building it at load.
 */
function mimeNamesTable(): ReadonlyMap<string, string> {
  if (mimeNames) return mimeNames;
  const names = new Map<string, string>();
  const entries = Object.entries(KNOWN_TYPES);
  for (const [extension, mimes] of entries)
    if (!names.has(mimes[0])) names.set(mimes[0], extension.toUpperCase());
  for (const [extension, mimes] of entries) {
    for (const mime of mimes) if (!names.has(mime)) names.set(mime, extension.toUpperCase());
  }
  return (mimeNames = names);
}

/** One entry of an `accept` list. */
export type AcceptToken =
  | { readonly kind: 'extension'; readonly extension: string }
  | { readonly kind: 'mime'; readonly mime: string }
  | { readonly kind: 'wildcard'; readonly group: string };

/**
 * Splits an HTML `accept` list (`.pdf,image/*,application/msword`) into tokens: extensions
 * (lower-cased, without the dot), exact MIME types (lower-cased, without parameters) and
 * wildcards (`image/*`). Empty and malformed entries are skipped, duplicates dropped.
 */
export function parseAccept(accept: string): AcceptToken[] {
  const tokens: AcceptToken[] = [];
  const seen = new Set<string>();
  for (const raw of accept.split(',')) {
    const entry = raw.trim().toLowerCase();
    let token: AcceptToken | undefined;
    if (/^\.[^\s/.][^\s/]*$/u.test(entry)) token = { kind: 'extension', extension: entry.slice(1) };
    else {
      const mime = normaliseMime(entry);
      const wildcard = /^([a-z0-9][a-z0-9!#$&^_.+-]*)\/\*$/u.exec(mime);
      if (wildcard) token = { kind: 'wildcard', group: wildcard[1] };
      else if (/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/u.test(mime))
        token = { kind: 'mime', mime };
    }
    if (!token) continue;
    const key = JSON.stringify(token);
    if (!seen.has(key)) tokens.push(token);
    seen.add(key);
  }
  return tokens;
}

function normaliseMime(type: string): string {
  return (type.split(';')[0] ?? '').trim().toLowerCase();
}

/** The part of a file name after its last dot, lower-cased; `''` when there is none. */
export function fileExtension(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : '';
}

function mimeMatches(mime: string, token: AcceptToken): boolean {
  if (token.kind === 'mime') return mime === token.mime;
  if (token.kind === 'wildcard') return mime.startsWith(`${token.group}/`);
  return false;
}

/** A name and a MIME type that are both known and belong to different kinds of file. */
function contradicts(extension: string, mime: string): boolean {
  const expected = KNOWN_TYPES[extension];
  if (!expected || !mime || mime === 'application/octet-stream' || !mimeNamesTable().has(mime)) return false;
  return !expected.includes(mime);
}

/**
 * Whether a file matches an `accept` list, by name AND by MIME type: it must match one entry, and
 * its name and MIME type must not contradict each other. A `.pdf` entry takes `rapport.pdf`
 * (any case) unless its MIME type is known to be something else (`application/x-msdownload`); an
 * `application/pdf` or `image/*` entry takes a file of that MIME type unless its extension is
 * known to be something else (`virus.exe` claiming `application/pdf`). When the browser reports
 * no MIME type, a MIME entry is matched through the file's extension. An empty list accepts every
 * file.
 */
export function matchesAccept(
  file: Pick<FileLike, 'name' | 'type'>,
  accept: string | readonly AcceptToken[],
): boolean {
  const tokens = typeof accept === 'string' ? parseAccept(accept) : accept;
  if (tokens.length === 0) return true;
  const extension = fileExtension(file.name);
  const mime = normaliseMime(file.type);
  if (contradicts(extension, mime)) return false;
  const name = file.name.toLowerCase();
  return tokens.some((token) => {
    if (token.kind === 'extension')
      return name.endsWith(`.${token.extension}`) && name.length > token.extension.length + 1;
    if (mime && mime !== 'application/octet-stream') return mimeMatches(mime, token);
    return (KNOWN_TYPES[extension] ?? []).some((known) => mimeMatches(known, token));
  });
}

/** Names for the wildcard groups in an accept list (`image` → "billede"), from the caller's catalogue. */
export type FileGroupNames = Readonly<Partial<Record<string, string>>>;

/**
 * The accepted types as people name them, in the order given, without repeats: extensions and
 * MIME types become "PDF", "JPG", "DOCX"; a wildcard takes its name from `groups`
 * (`{ image: 'billede' }`), or its group in capitals.
 */
export function acceptedTypeNames(
  accept: string | readonly AcceptToken[],
  groups: FileGroupNames = {},
): string[] {
  const tokens = typeof accept === 'string' ? parseAccept(accept) : accept;
  const names = tokens.map((token) => {
    if (token.kind === 'extension') return token.extension.toUpperCase();
    if (token.kind === 'wildcard') return groups[token.group] ?? token.group.toUpperCase();
    return (
      mimeNamesTable().get(token.mime) ??
      (token.mime.split('/')[1] ?? token.mime).replace(/^x-/u, '').toUpperCase()
    );
  });
  return [...new Set(names)];
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * The accepted types for a message, joined with the locale's "or": "PDF, JPG eller PNG" (da),
 * "PDF, JPG, or PNG" (en), through `Intl.ListFormat` with type `disjunction`. `''` for an empty list.
 */
export function describeAccept(
  accept: string | readonly AcceptToken[],
  locale: string,
  groups: FileGroupNames = {},
): string {
  return formatList(acceptedTypeNames(accept, groups), locale, 'disjunction');
}

/** Joins items with the locale's "and" (`conjunction`) or "or" (`disjunction`). */
export function formatList(
  items: readonly string[],
  locale: string,
  type: 'conjunction' | 'disjunction',
): string {
  const key = `${locale}|${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { type, style: 'long' })));
  return format.format(items);
}

// ── The checks ──────────────────────────────────────────────────────────────────────────────────

/**
 * Why a chosen file was not added.
 * - `type`: it does not match the accept list (by name and MIME type).
 * - `empty`: it has 0 bytes.
 * - `tooLarge`: it is larger than `maxSize`.
 * - `tooMany`: adding it would exceed `maxFiles`.
 * - `totalTooLarge`: adding it would make the files together larger than `maxTotalSize`.
 * - `duplicate`: the same file (name, size, type, modification time) is chosen already.
 */
export type FileRejectionCode = 'type' | 'empty' | 'tooLarge' | 'tooMany' | 'totalTooLarge' | 'duplicate';

/** The limits a chosen file is checked against. */
export interface FileRules {
  /** An HTML `accept` list, or its parsed tokens. Empty or absent: every type. */
  readonly accept?: string | readonly AcceptToken[];
  /** The largest size in bytes. Absent: no limit. */
  readonly maxSize?: number;
  /** The most files in total. Absent: no limit. */
  readonly maxFiles?: number;
  /** The largest size of all files together, in bytes. Absent: no limit. */
  readonly maxTotalSize?: number;
}

/** `{ ok: true }` or `{ ok: false, code }` for one file on its own (type, emptiness, size). */
export type FileCheckResult = ParseResult<object, 'type' | 'empty' | 'tooLarge'>;

/** Checks one file against type, emptiness and size, in that order. */
export function checkFile(file: FileLike, rules: FileRules = {}): FileCheckResult {
  if (rules.accept !== undefined && !matchesAccept(file, rules.accept)) return { ok: false, code: 'type' };
  if (file.size <= 0) return { ok: false, code: 'empty' };
  if (rules.maxSize !== undefined && file.size > rules.maxSize) return { ok: false, code: 'tooLarge' };
  return { ok: true };
}

/**
 * Whether two files are the same file chosen twice: same name, size and type, and the same
 * modification time where both have one (a file the server already holds has none; its name, size
 * and type, where known, decide). An unknown type (`''`) matches any.
 */
export function isSameFile(a: FileLike, b: FileLike): boolean {
  if (a.name !== b.name || a.size !== b.size) return false;
  if (a.type && b.type && a.type !== b.type) return false;
  return a.lastModified === undefined || b.lastModified === undefined || a.lastModified === b.lastModified;
}

/** The outcome of choosing files: the ones to add, and the ones turned away with the reason. */
export interface FileSelection<F extends FileLike> {
  readonly accepted: F[];
  readonly rejected: { readonly file: F; readonly code: FileRejectionCode }[];
}

/**
 * Decides which newly chosen files join the ones already chosen (`current`: chosen before, or held
 * by the server): each is checked for being a duplicate, then type, emptiness and size; the files
 * that pass are added in order until `maxFiles` (counting `current`) is reached, and the rest are
 * turned away as `tooMany`; a file that would take the total over `maxTotalSize` (counting
 * `current`) is turned away as `totalTooLarge`, and a later, smaller one may still fit.
 */
export function selectFiles<F extends FileLike>(
  current: readonly FileLike[],
  incoming: readonly F[],
  rules: FileRules = {},
): FileSelection<F> {
  const tokens = typeof rules.accept === 'string' ? parseAccept(rules.accept) : rules.accept;
  const checkRules: FileRules = { ...rules, accept: tokens };
  const accepted: F[] = [];
  const rejected: { file: F; code: FileRejectionCode }[] = [];
  const room = rules.maxFiles === undefined ? Infinity : Math.max(0, rules.maxFiles - current.length);
  let total = current.reduce((sum, file) => sum + file.size, 0);
  for (const file of incoming) {
    if ([...current, ...accepted].some((other) => isSameFile(other, file))) {
      rejected.push({ file, code: 'duplicate' });
      continue;
    }
    const result = checkFile(file, checkRules);
    if (!result.ok) rejected.push({ file, code: result.code });
    else if (accepted.length >= room) rejected.push({ file, code: 'tooMany' });
    else if (rules.maxTotalSize !== undefined && total + file.size > rules.maxTotalSize)
      rejected.push({ file, code: 'totalTooLarge' });
    else {
      accepted.push(file);
      total += file.size;
    }
  }
  return { accepted, rejected };
}
