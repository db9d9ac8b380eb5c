// How the demo server answers with HTML: the security headers, a page in the demo's layout, and the
// Danish pages for every answer that is not the page asked for (404, 405, 413, 415, 403, 400, 500),
// built from nodes (demo/html.mjs), never from markup strings.
import { h } from './html.mjs';
import { renderPage } from './layout.mjs';

/**
 * The policy of every page this server writes itself (not the catalogue: Storybook needs inline
 * scripts), the one docs/cms.md gives hosts: Lit's `lit-html` is the only Trusted Types policy the
 * library creates.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Headers on every answer, whatever it is. */
export const SECURITY_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

export const HTML_TYPE = 'text/html; charset=utf-8';

/**
 * Sends markup this server wrote, under its policy.
 * @param {import('fastify').FastifyReply} reply
 * @param {number} status
 * @param {string} html
 */
export function sendHtml(reply, status, html) {
  return reply
    .code(status)
    .headers({
      'Content-Type': HTML_TYPE,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      ...SECURITY_HEADERS,
    })
    .send(html);
}

/**
 * A page the server writes in the demo's layout. `title` is text; `body` is text (one paragraph) or
 * nodes built with `h` (demo/html.mjs): never markup, so nothing in it is ever read as HTML.
 * @param {import('fastify').FastifyReply} reply
 * @param {number} status
 * @param {string} title
 * @param {string | import('./html.mjs').Node | readonly import('./html.mjs').Node[]} body
 */
export async function sendPage(reply, status, title, body) {
  const main = typeof body === 'string' ? h('p', {}, body) : body;
  return sendHtml(reply, status, await renderPage({ heading: title, main }));
}

/** A link back to the contact form, the demo's first page. */
const backToForm = () => h('p', {}, h('a', { href: '/' }, 'Gå til formularen'));

/** @param {import('fastify').FastifyReply} reply */
export function sendNotFound(reply) {
  return sendPage(reply, 404, 'Siden findes ikke', [
    h('p', {}, 'Vi kan ikke finde den side, du leder efter.'),
    backToForm(),
  ]);
}

/** @param {import('fastify').FastifyReply} reply */
export function sendCatalogueMissing(reply) {
  return sendPage(reply, 404, 'Komponentkataloget er ikke bygget', [
    h('p', {}, 'Byg kataloget med ', h('code', {}, 'npm run build-storybook'), ', og indlæs siden igen.'),
  ]);
}

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {readonly string[]} allowed the methods the address takes
 */
export function sendMethodNotAllowed(reply, allowed) {
  reply.header('Allow', allowed.join(', '));
  return sendPage(reply, 405, 'Metoden er ikke tilladt', 'Adressen kan ikke bruges på den måde.');
}

/** A body over the limit; the connection is closed after the answer, so the rest is never read. */
export function sendTooLarge(reply) {
  reply.header('Connection', 'close');
  return sendPage(reply, 413, 'Indholdet er for stort', 'Det, du har sendt, fylder mere end 10 MB.');
}

/** A body that is not a form; the connection is closed after the answer. */
export function sendUnsupportedType(reply) {
  reply.header('Connection', 'close');
  return sendPage(
    reply,
    415,
    'Formatet understøttes ikke',
    'Formularen skal sendes som en almindelig formular.',
  );
}

/** A form body that cannot be read; the connection is closed after the answer. */
export function sendBadForm(reply) {
  reply.header('Connection', 'close');
  return sendPage(reply, 400, 'Ugyldig forespørgsel', 'Formularens indhold kunne ikke læses.');
}

/** A request target that cannot be read. */
export function sendBadUrl(reply) {
  return sendPage(reply, 400, 'Ugyldig forespørgsel', 'Adressen kunne ikke læses.');
}

/**
 * A change that did not come from the demo's own page (another origin, or no valid CSRF token):
 * nothing was kept.
 * @param {import('fastify').FastifyReply} reply
 */
export function sendForbidden(reply) {
  reply.header('Cache-Control', 'no-store');
  return sendPage(reply, 403, 'Formularen blev ikke modtaget', [
    h('p', {}, 'Vi har ikke gemt noget, fordi det ikke blev sendt fra vores egen side.'),
    h('p', {}, 'Åbn formularen, og send den derfra.'),
    backToForm(),
  ]);
}

export function sendServerError(reply) {
  return sendPage(reply, 500, 'Der opstod en fejl', 'Serveren kunne ikke svare. Prøv igen senere.');
}
