// The guards of every state-changing request: where it comes from (demo/origin.mjs), cross-site
// request forgery (the official @fastify/csrf-protection: a secret in an HttpOnly, SameSite=Strict
// cookie and a token bound to the browser's id, demo/session.mjs, not to the login, sent in each form
// as a hidden entry and by the page's scripts as a header) and the one-time submission id in each
// rendered form, so a double submit or a replayed POST is stored once.
import { randomBytes } from 'node:crypto';
import fastifyCsrf from '@fastify/csrf-protection';
import { requestSource } from './origin.mjs';
import { browserId } from './session.mjs';

/** The hidden entry with the CSRF token in every `<form method="post">`. */
export const CSRF_ENTRY = 'bf-csrf';
/** The hidden entry with the form's one-time submission id. */
export const SUBMISSION_ENTRY = 'bf-submission';
/** The header the page's scripts (the draft store, "Log af", "Forbliv logget på") send the token in (read from `<meta name="csrf-token">`). */
export const CSRF_HEADER = 'x-csrf-token';
/** The cookie with the CSRF secret (never any citizen data). */
export const CSRF_COOKIE = 'bf_demo_csrf';

/** What the citizen reads above their answers when the form must be sent again. */
export const SEND_AGAIN = {
  stale:
    'Vi kunne ikke tage imod formularen, fordi siden var for gammel. Dine svar er her stadig. Tjek dem, og send igen.',
  'unknown-id':
    'Vi kunne ikke se, hvilken formular du sendte. Dine svar er her stadig. Tjek dem, og send igen.',
};

/**
 * Registers the CSRF plugin (after the cookies: each token is bound to the browser's id). The HMAC
 * key is new on every start, so a token from before a restart is stale: the form comes back filled in.
 * @param {import('fastify').FastifyInstance} app
 */
export async function useCsrf(app) {
  app.decorateRequest('postedCsrfToken', null);
  await app.register(fastifyCsrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true },
    getToken: (request) => request.postedCsrfToken ?? request.headers[CSRF_HEADER],
    getUserInfo: (request) => request.browser,
    csrfOpts: { hmacKey: randomBytes(32) },
  });
}

/** A new token for this browser (sets the id and secret cookies when the browser has none). */
export function newCsrfToken(
  /** @type {import('fastify').FastifyRequest} */ request,
  /** @type {import('fastify').FastifyReply} */ reply,
) {
  return reply.generateCsrf({ userInfo: browserId(request, reply) });
}

/**
 * Whether the request's token is valid for this browser (checked by the plugin): the form's posted
 * token, or without a form the header's.
 * @param {import('fastify').FastifyInstance} app
 * @param {import('fastify').FastifyRequest} request
 * @param {FormData} [formData]
 */
function tokenIsValid(app, request, formData) {
  const token = formData?.get(CSRF_ENTRY);
  request.postedCsrfToken = formData ? (typeof token === 'string' ? token : '') : null;
  let valid = false;
  // The plugin's check as a hook: it calls next() for a valid token, else answers through the reply
  // it is given, here one that only notes the refusal (the route answers it in Danish).
  app.csrfProtection(request, /** @type {any} */ ({ send: () => undefined }), () => {
    valid = true;
  });
  return valid;
}

/**
 * @typedef {object} PostCheck what a form POST is, before its answers are looked at
 * @property {'forged' | 'stale' | 'unknown-id' | 'replay' | 'new'} verdict `forged`: another origin,
 *   or no valid token and nothing says it is our page: 403, nothing kept; `stale`: our page with a
 *   token that is no longer valid (a restart, "Log af"): the form again, filled in; `unknown-id`:
 *   no submission id, or one this browser was not given for this form; `replay`: the id was used,
 *   `reference` is the first submission's; `new`: keep it under `id`
 * @property {string} [id]
 * @property {string} [reference]
 * @property {FormData} answers the posted form without the guards' entries
 */

/**
 * Checks a form POST: origin, token, submission id.
 * @param {import('fastify').FastifyInstance} app
 * @param {import('fastify').FastifyRequest} request
 * @param {FormData} formData
 * @param {{ ids: import('./store/submission-ids.mjs').SubmissionIds, form: string }} options `form`:
 *   the page the ids were given for
 * @returns {PostCheck}
 */
export function checkPost(app, request, formData, { ids, form }) {
  const answers = new FormData();
  for (const [name, value] of formData)
    if (name !== CSRF_ENTRY && name !== SUBMISSION_ENTRY) answers.append(name, value);
  const source = requestSource(request);
  if (source === 'foreign') return { verdict: 'forged', answers };
  const id = formData.get(SUBMISSION_ENTRY);
  const issued = typeof id === 'string' ? ids.find(id, request.browser, form) : undefined;
  if (!tokenIsValid(app, request, formData)) {
    // Our own page sending an id this browser used (its cookie is SameSite=Strict): a reload of the
    // POST after the token went stale (a restart) gets the first receipt, not the form to send again.
    if (source === 'own' && typeof id === 'string' && issued?.reference)
      return { verdict: 'replay', id, reference: issued.reference, answers };
    return { verdict: source === 'own' ? 'stale' : 'forged', answers };
  }
  if (typeof id !== 'string' || !issued) return { verdict: 'unknown-id', answers };
  if (issued.reference !== null) return { verdict: 'replay', id, reference: issued.reference, answers };
  return { verdict: 'new', id, answers };
}

/**
 * Checks a change that is not a form page's POST (a login, "Log af", "Forbliv logget på", a draft):
 * `forged` from another origin, or without a valid token unless it is our own page (`stale`);
 * `ok` otherwise. The token is the form's hidden entry, or the header when no form is given.
 * @param {import('fastify').FastifyInstance} app
 * @param {import('fastify').FastifyRequest} request
 * @param {FormData} [formData]
 * @returns {'ok' | 'stale' | 'forged'}
 */
export function checkChange(app, request, formData) {
  const source = requestSource(request);
  if (source === 'foreign') return 'forged';
  if (tokenIsValid(app, request, formData)) return source === 'own' ? 'ok' : 'forged';
  return source === 'own' ? 'stale' : 'forged';
}
