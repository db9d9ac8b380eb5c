// The JSON answers of a form page's POST, for a page whose script sends the form itself (`bf-form`'s
// `submitHandler`, demo/scripts/parkering.js) and asks for them with `Accept: application/json`. A
// native post (no script) asks for HTML and gets the pages it always got. See demo/README.md, "How
// the parking application sends".
import { SECURITY_HEADERS } from './replies.mjs';

/**
 * Whether the request asks for JSON rather than a page: its `Accept` names `application/json` and
 * not `text/html` (a browser's navigation names `text/html`).
 * @param {import('fastify').FastifyRequest} request
 */
export function wantsJson(request) {
  const accept = request.headers.accept ?? '';
  return /\bapplication\/json\b/iu.test(accept) && !/\btext\/html\b/iu.test(accept);
}

/**
 * Sends a JSON answer, never cached (it can carry a citizen's case reference).
 * @param {import('fastify').FastifyReply} reply
 * @param {number} status
 * @param {Record<string, unknown>} body
 */
export function sendJson(reply, status, body) {
  return reply
    .code(status)
    .headers({ ...SECURITY_HEADERS, 'Cache-Control': 'no-store' })
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(body));
}
