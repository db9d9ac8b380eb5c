// The headers of a file a citizen sent, when a case worker downloads it: always a download
// (`Content-Disposition: attachment`), never shown in the browser, whatever its name or type says. The
// name is the citizen's and may hold anything (quotes, markup, emoji, path separators, control
// characters): it is given as a plain ASCII `filename` and as the exact UTF-8 name in `filename*`
// (RFC 6266 with RFC 8187, formerly RFC 5987), both safe to put in a header.

/** Types a browser shows but never runs, given as sent; anything else is sent as plain bytes. */
const PASSIVE_TYPES = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
]);

/** The name given when nothing usable is left of the citizen's. */
const FALLBACK_NAME = 'fil';

/**
 * The citizen's name as a file name with no folder in it: the part after the last `/` or `\`, without
 * control characters, and not a dot name (`.`, `..`) that means a folder.
 * @param {string} name
 */
export function baseName(name) {
  const last = String(name)
    .split(/[/\\]/u)
    .at(-1)
    ?.replace(/\p{Cc}/gu, '') // control characters (C0, DEL, C1)
    .trim();
  return !last || /^\.+$/u.test(last) ? FALLBACK_NAME : last;
}

/**
 * `Content-Disposition: attachment` with the name in both forms: an ASCII stand-in (every character
 * outside printable ASCII, and `"`, `\`, `%`, replaced by `_`) and the UTF-8 name percent-encoded.
 * @param {string} name the name the citizen's browser sent
 * @returns {string}
 */
export function attachmentDisposition(name) {
  const base = baseName(name);
  const ascii = base.replace(/[^\x20-\x7e]|["\\%]/gu, '_');
  // RFC 8187 attr-char: letters, digits and !#$&+-.^_`|~ as they are; every other byte encoded.
  const encoded = encodeURIComponent(base).replace(
    /['()*]/gu,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The type to send a stored file as: its own when it is a passive type (`application/pdf`), else
 * `application/octet-stream`, so no HTML, SVG or script type ever reaches the browser.
 * @param {string} type the type the citizen's browser sent
 */
export function attachmentType(type) {
  const essence = String(type).split(';')[0].trim().toLowerCase();
  return PASSIVE_TYPES.has(essence) ? essence : 'application/octet-stream';
}

/**
 * Every header of a download: the disposition, the type, `nosniff`, no caching (citizen data), and a
 * policy that lets nothing in the file run even if a browser opened it.
 * @param {{ name: string, type: string }} file
 * @returns {Record<string, string>}
 */
export function attachmentHeaders(file) {
  return {
    'Content-Disposition': attachmentDisposition(file.name),
    'Content-Type': attachmentType(file.type),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  };
}
