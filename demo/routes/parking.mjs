// POST /parkering, "Ansøg om beboerlicens til parkering": only for a logged-in citizen (otherwise a
// Danish page says so; the answers are in the draft on the server), checked again on the server with
// the library's own rules, sent back with the messages or kept with a receipt (`checked-form.mjs`).
// The page's own rules are here too: the exit (a company car the citizen does not have at their
// disposal), the registration number (the host's validator, demo/scripts/registration-number.js),
// and, for the demo, that the CPR number is the logged-in citizen's.
import { parkingPage } from '../form-pages.mjs';
import { sendJson, wantsJson } from '../json-answers.mjs';
import { notLoggedInPage } from '../login-pages.mjs';
import { sendHtml } from '../replies.mjs';
import { registrationNumberValidator } from '../scripts/registration-number.js';
import { postCheckedForm } from './checked-form.mjs';

/** The page's `draft-key` (demo/pages/parkering.html). */
export const PARKING_DRAFT_KEY = 'parkering';

/** The answer to "Hvem ejer eller bruger bilen?" that ends the flow on the page's exit. */
const COMPANY_CAR_NOT_AT_DISPOSAL = 'firmabil-uden-raadighed';

/** The CPR number's digits as posted (the field sends DDMMYYSSSS; a hand-made request may not). */
const digitsOf = (value) => (typeof value === 'string' ? value.replace(/\D/gu, '') : '');

/** What the page's script shows when nobody is logged in (the page `notLoggedInPage` in a sentence). */
export function notLoggedInMessage(/** @type {boolean} */ ended) {
  return ended
    ? 'Du er blevet logget af, og vi har ikke modtaget det, du sendte. Dine svar er her stadig. Log ind igen i en ny fane, og send igen.'
    : 'Du skal logge ind, før du kan sende ansøgningen. Vi har ikke modtaget det, du sendte.';
}

/**
 * The page's own rules; the fields' rules (`required`, the CPR number's form) come from the page.
 * @param {FormData} formData
 * @param {import('fastify').FastifyRequest} request
 */
export function parkingRules(formData, request) {
  const errors = {};
  if (formData.get('bil') === COMPANY_CAR_NOT_AT_DISPOSAL)
    errors.bil = 'Du kan ikke få beboerlicens til en firmabil, som du ikke har til rådighed';
  const plate = formData.get('registreringsnummer');
  if (typeof plate === 'string' && registrationNumberValidator.check({ value: plate }))
    errors.registreringsnummer = registrationNumberValidator.message;
  const cpr = digitsOf(formData.get('cpr'));
  if (cpr.length === 10 && request.citizen && cpr !== request.citizen.cpr)
    errors.cpr = 'Skriv dit eget CPR-nummer. Det passer ikke med den, der er logget ind';
  return errors;
}

/**
 * @type {import('fastify').FastifyPluginCallback<{
 *   heldFiles: import('../held-files.mjs').HeldFiles,
 *   submissions: import('../store/submissions.mjs').SubmissionStore,
 *   ids: import('../store/submission-ids.mjs').SubmissionIds,
 *   drafts: import('../store/drafts.mjs').DraftRepository,
 * }>}
 */
export function parkingRoutes(app, { heldFiles, submissions, ids, drafts }, done) {
  // Nobody logged in, or the session has ended: nothing is read or kept (the draft holds the answers).
  // Answered before the body is read; the connection is closed after it, so the rest is never read.
  // The page's own script (asking for JSON) gets the same in a sentence it shows in the form.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || request.citizen) return;
    reply.headers({ 'Cache-Control': 'no-store', Connection: 'close' });
    if (wantsJson(request))
      return sendJson(reply, 401, { message: notLoggedInMessage(request.sessionEnded) });
    return sendHtml(reply, 401, await notLoggedInPage(request.sessionEnded));
  });
  postCheckedForm(app, parkingPage, {
    heldFiles,
    submissions,
    ids,
    rules: parkingRules,
    draft: { key: PARKING_DRAFT_KEY, drafts },
    notOnReceipt: ['cpr'], // kept with the application, never shown back
  });
  done();
}
