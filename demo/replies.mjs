// How the demo server answers with HTML: the security headers, a page in the demo's layout, and the
// Danish pages for every answer that is not the page asked for (404, 405, 413, 415, 400, 500).
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
 * A page the server writes in the demo's layout. `title` is plain text; `body` is trusted markup
 * written in the demo's own modules (values in it escaped).
 * @param {import('fastify').FastifyReply} reply
 * @param {number} status
 * @param {string} title
 * @param {string} body
 */
export function sendPage(reply, status, title, body) {
  return sendHtml(reply, status, renderPage({ heading: title, main: body }));
}

/** @param {import('fastify').FastifyReply} reply */
export function sendNotFound(reply) {
  return sendPage(
    reply,
    404,
    'Siden findes ikke',
    '<p>Vi kan ikke finde den side, du leder efter.</p>\n    <p><a href="/">Gå til formularen</a></p>',
  );
}

/** @param {import('fastify').FastifyReply} reply */
export function sendCatalogueMissing(reply) {
  return sendPage(
    reply,
    404,
    'Komponentkataloget er ikke bygget',
    '<p>Byg kataloget med <code>npm run build-storybook</code>, og indlæs siden igen.</p>',
  );
}

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {readonly string[]} allowed the methods the address takes
 */
export function sendMethodNotAllowed(reply, allowed) {
  reply.header('Allow', allowed.join(', '));
  return sendPage(reply, 405, 'Metoden er ikke tilladt', '<p>Adressen kan ikke bruges på den måde.</p>');
}

/** A body over the limit; the connection is closed after the answer, so the rest is never read. */
export function sendTooLarge(reply) {
  reply.header('Connection', 'close');
  return sendPage(reply, 413, 'Indholdet er for stort', '<p>Det, du har sendt, fylder mere end 10 MB.</p>');
}

/** A body that is not a form; the connection is closed after the answer. */
export function sendUnsupportedType(reply) {
  reply.header('Connection', 'close');
  return sendPage(
    reply,
    415,
    'Formatet understøttes ikke',
    '<p>Formularen skal sendes som en almindelig formular.</p>',
  );
}

/** A form body that cannot be read; the connection is closed after the answer. */
export function sendBadForm(reply) {
  reply.header('Connection', 'close');
  return sendPage(reply, 400, 'Ugyldig forespørgsel', '<p>Formularens indhold kunne ikke læses.</p>');
}

/** A request target that cannot be read. */
export function sendBadUrl(reply) {
  return sendPage(reply, 400, 'Ugyldig forespørgsel', '<p>Adressen kunne ikke læses.</p>');
}

export function sendServerError(reply) {
  return sendPage(reply, 500, 'Der opstod en fejl', '<p>Serveren kunne ikke svare. Prøv igen senere.</p>');
}
