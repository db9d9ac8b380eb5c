// Every answer that is not the page asked for, in Danish: what Fastify's routing found no route for
// (404, or 405 with `Allow` when the address exists for other methods), what its body parsing and the
// form reader refused (413, 415, 400), a change the CSRF check refused (403), a request target that cannot be read (400) and everything else
// (500). An error is logged by its kind only: its message could quote request data.
import {
  sendBadForm,
  sendBadUrl,
  sendCatalogueMissing,
  sendForbidden,
  sendMethodNotAllowed,
  sendNotFound,
  sendServerError,
  sendTooLarge,
  sendUnsupportedType,
} from './replies.mjs';

/** The methods of an address with no route of its own: this server only reads, except its forms. */
const READ_ONLY = ['GET', 'HEAD'];

/** The order methods are listed in `Allow`. */
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * The request's path for the log: never the query string, where a GET form would put citizen data,
 * and nothing of a target that is not a path.
 */
export function pathOf(/** @type {string} */ url) {
  if (!url.startsWith('/')) return '(invalid)';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * The kind of an error, for the log: its class and code (`TypeError`, `FST_ERR_…`, `ENOENT`), never
 * its message.
 * @param {unknown} error
 */
export function errorKind(error) {
  const { name, code } = /** @type {{ name?: unknown, code?: unknown }} */ (error ?? {});
  const kind = typeof name === 'string' ? name : 'Error';
  return typeof code === 'string' && /^[A-Z0-9_]+$/u.test(code) ? `${kind} (${code})` : kind;
}

/**
 * Installs the answers on the app: call before any route is added (the methods of each address are
 * collected as routes are added).
 * @param {import('fastify').FastifyInstance} app
 * @param {{ log: boolean, catalogueBuilt: () => Promise<boolean> }} options
 */
export function installErrorPages(app, { log, catalogueBuilt }) {
  /** Exact address → the methods its routes take (wildcard mounts are read-only anyway). */
  const methods = new Map();
  app.addHook('onRoute', ({ url, method }) => {
    if (url.includes('*') || url.includes(':')) return;
    const known = methods.get(url) ?? new Set();
    for (const each of [method].flat()) known.add(each);
    methods.set(url, known);
  });

  // Only a path ("origin form") is a target here, not "http://host/path" or "*": this server is
  // nobody's proxy.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/')) return sendBadUrl(reply);
  });

  app.setNotFoundHandler(async (request, reply) => {
    const path = pathOf(request.url);
    const allowed = methods.has(path)
      ? METHOD_ORDER.filter((method) => methods.get(path).has(method))
      : READ_ONLY;
    if (!allowed.includes(request.method)) return sendMethodNotAllowed(reply, allowed);
    if (path.startsWith('/catalogue/') && !(await catalogueBuilt())) return sendCatalogueMissing(reply);
    return sendNotFound(reply);
  });

  app.setErrorHandler((error, request, reply) => {
    const status = /** @type {{ statusCode?: number }} */ (error).statusCode ?? 500;
    if (status === 413) return sendTooLarge(reply);
    if (status === 415) return sendUnsupportedType(reply);
    if (status === 403) return sendForbidden(reply); // a change without a valid CSRF token
    if (status >= 400 && status < 500) return sendBadForm(reply);
    if (log)
      console.error(`Error while answering ${request.method} ${pathOf(request.url)}: ${errorKind(error)}`);
    return sendServerError(reply);
  });
}

/**
 * Fastify's `frameworkErrors` option: a request that fails before routing (a path that cannot be
 * decoded) gets the Danish 400 page. Such a request has no route, so no `onResponse` hook: its log
 * line is written here.
 * @param {{ log: boolean }} options
 * @returns {(error: Error, request: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => void}
 */
export function frameworkErrorAnswer({ log }) {
  return (_error, request, reply) => {
    if (log) reply.raw.once('finish', () => console.log(`${request.method} ${pathOf(request.url)} 400`));
    void sendBadUrl(reply);
  };
}
