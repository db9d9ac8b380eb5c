// Posted forms: the two encodings a browser uses, parsed by Fastify's official plugins, turned into the
// `FormData` the pages read (validate-moving.mjs, held-files.mjs, the receipt), with every entry in
// the order it was sent. No other body is accepted (415), and no body is kept past 10 MB (413): a
// declared `Content-Length` over the limit is refused before anything is read, and a body that grows
// past it while streaming is refused as soon as it does, the rest never read.
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';

/** The largest request body accepted (10 MB). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** An error that decides the answer: its `statusCode` picks the page (see errors.mjs). */
export class RequestError extends Error {
  /** @param {400 | 413 | 415} statusCode @param {string} code */
  constructor(statusCode, code) {
    super(code);
    this.name = 'RequestError';
    this.statusCode = statusCode;
    this.code = code;
  }
}

const tooLarge = () => new RequestError(413, 'BODY_TOO_LARGE');
const unreadable = () => new RequestError(400, 'FORM_UNREADABLE');

/**
 * The only body parsers of the app: `application/x-www-form-urlencoded` (read whole, at most
 * `bodyLimit`, by Fastify) as `URLSearchParams`, which keeps the order and parses as browsers do, and
 * `multipart/form-data`, streamed part by part (`readForm`). Fastify's own JSON and text parsers are
 * removed, so any other type is answered 415 before its body is read.
 * @param {import('fastify').FastifyInstance} app
 */
export async function acceptFormBodies(app) {
  app.removeAllContentTypeParsers();
  await app.register(formbody, { parser: (text) => new URLSearchParams(text) });
  await app.register(multipart, {
    // The names exactly as sent (a file name is data, never a path on this server).
    preservePath: true,
    // No single field or file can pass the body limit; names are not cut short (busboy's default is
    // 100 bytes). The whole body is counted in `readMultipart`.
    limits: {
      fieldNameSize: MAX_BODY_BYTES,
      fieldSize: MAX_BODY_BYTES,
      fileSize: MAX_BODY_BYTES,
      parts: 1000,
    },
  });
}

/**
 * The posted form as `FormData`. Throws a `RequestError`: 415 when the request has no form body, 413
 * when it is over the limit, 400 when it cannot be read.
 * @param {import('fastify').FastifyRequest} request
 * @returns {Promise<FormData>}
 */
export async function readForm(request) {
  if (request.isMultipart()) return readMultipart(request);
  if (!(request.body instanceof URLSearchParams)) throw new RequestError(415, 'NOT_A_FORM');
  const formData = new FormData();
  for (const [name, value] of request.body) formData.append(name, value);
  return formData;
}

/**
 * Reads a multipart body into `FormData`. @fastify/multipart limits each part but not the whole
 * body, so the bytes that arrive are counted here: past the limit the parser gets nothing more, the
 * rest of the body is dropped unread and the answer is 413.
 * @param {import('fastify').FastifyRequest} request
 */
async function readMultipart(request) {
  if (Number(request.headers['content-length']) > MAX_BODY_BYTES) throw tooLarge();
  const raw = request.raw;
  let received = 0;
  /** @type {(error: Error) => void} */
  let refuse = () => {};
  const overflow = new Promise((_resolve, reject) => (refuse = reject));
  const count = (/** @type {Buffer} */ chunk) => {
    received += chunk.length;
    if (received <= MAX_BODY_BYTES) return;
    raw.off('data', count);
    raw.unpipe(); // the parser gets nothing more …
    raw.resume(); // … and the rest is read and dropped until the answer closes the connection
    refuse(tooLarge());
  };
  // Starting the iteration pipes the request into the parser; the counter listens from the same
  // tick, before any data flows, so it sees every byte the parser sees.
  const collecting = collectParts(request.parts());
  raw.on('data', count);
  try {
    return await Promise.race([collecting, overflow]);
  } catch (error) {
    if (error instanceof RequestError) throw error;
    if (error?.statusCode === 413) throw tooLarge(); // the plugin's limits: a file, a field, the parts
    throw unreadable(); // a malformed body: busboy's or the plugin's own errors
  } finally {
    raw.off('data', count);
  }
}

/**
 * The parts in the order they came, files as `File`s.
 * @param {AsyncIterable<import('@fastify/multipart').Multipart>} parts
 */
async function collectParts(parts) {
  const formData = new FormData();
  for await (const part of parts) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      formData.append(part.fieldname, new File([bytes], part.filename ?? '', { type: part.mimetype }));
    } else {
      if (part.fieldnameTruncated || part.valueTruncated) throw tooLarge();
      // A field a browser sends is text; the plugin parses one marked as JSON into a value.
      if (typeof part.value !== 'string') throw unreadable();
      formData.append(part.fieldname, part.value);
    }
  }
  return formData;
}
