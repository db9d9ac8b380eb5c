// The parking application's configuration, set from script (JS properties, DESIGN §2.8): the address
// field's provider (a municipality points an AdressevaelgerProvider at its own proxy; the demo uses
// the offline provider over the library's sample addresses), the registration number's own rule (a
// host's validator, demo/scripts/registration-number.js), and the demo login: a citizen who is not
// logged in goes from "Gå i gang" to the login page; a logged-in citizen gets drafts on the server
// (demo/routes/drafts.mjs, per citizen), the session-timeout warning counting the seconds the server
// gave, "Forbliv logget på" and "Log af" on the server (demo/routes/login.mjs). The form is sent by
// this script (`bf-form`'s `submitHandler`): the same multipart body to the same action, asking for
// JSON, so a server that is down or a refused answer never leaves the page (demo/README.md, "How the
// parking application sends"); without scripts the form posts as a plain form.
import { HttpDraftStore, OfflineAddressProvider } from '/dist/cdn/borgerform.js';
import { sampleAddresses } from '/dist/address/sample-addresses.js';
import { registrationNumberValidator } from '/demo/scripts/registration-number.js';

const LOGIN = '/log-ind';
const LOGGED_OUT = '/logget-af';

const provider = new OfflineAddressProvider(sampleAddresses);
for (const field of document.querySelectorAll('bf-address-input')) field.provider = provider;

for (const field of document.querySelectorAll('bf-text-field[name="registreringsnummer"]'))
  field.validators = [registrationNumberValidator];

/** The header shows the logged-in citizen (the server writes `user` only then). */
const loggedIn = document.querySelector('bf-header[user]') !== null;

// The server asks each change for the page's CSRF token (demo/form-guard.mjs), given in a meta tag.
const csrfMeta = document.querySelector('meta[name="csrf-token"]');
const guardHeaders = { 'x-csrf-token': csrfMeta?.content ?? '' };

/** The hidden entries of every form page (demo/form-guard.mjs): the CSRF token and the one-time submission id. */
const CSRF_ENTRY = 'bf-csrf';
const SUBMISSION_ENTRY = 'bf-submission';

/** A new token from the server (it restarted): for the form's entry, the meta tag and the scripts' header. */
function useToken(form, token) {
  guardHeaders['x-csrf-token'] = token;
  csrfMeta?.setAttribute('content', token);
  const entry = form.querySelector(`input[name="${CSRF_ENTRY}"]`);
  if (entry) entry.value = token;
}

/** An answer the form shows as its failure message, in the server's Danish words. */
function refusal(message) {
  return Object.assign(new Error(message), { userMessage: message });
}

/** Posts the form's entries to its action, asking for JSON; a failed request, or an answer that is not JSON, throws. */
async function post(form, data) {
  const response = await fetch(form.action, {
    method: 'POST',
    body: data,
    headers: { accept: 'application/json' },
  });
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json'))
    throw new Error(`The server answered ${response.status} without JSON`);
  return response.json();
}

/**
 * Sends the form as the native post would (the same entries: token, submission id, held files,
 * chosen files) and tells `bf-form` what the server said. A rejection (no connection, a server error)
 * is the library's own Danish failure message; the answers stay either way.
 */
function sendWith(form) {
  /** Takes what the server gives to send again with: a new token, a new submission id. */
  const take = (answer) => {
    if (answer.csrfToken) useToken(form, answer.csrfToken);
    const entry = form.querySelector(`input[name="${SUBMISSION_ENTRY}"]`);
    if (answer.submissionId && entry) entry.value = answer.submissionId;
    return answer;
  };
  return async (_payload, data) => {
    let answer = take(await post(form, data));
    // The token went stale (the server restarted while the page was open): sent once more with the
    // new one, under the same submission id, so it is kept at most once.
    if (answer.csrfToken && !answer.submissionId) {
      data.set(CSRF_ENTRY, answer.csrfToken);
      answer = take(await post(form, data));
    }
    if (answer.errors) return { errors: answer.errors };
    if (answer.reference) return { reference: answer.reference, receiptUrl: answer.receipt };
    if (typeof answer.message === 'string') throw refusal(answer.message);
    throw new Error('The server answered JSON without a reference');
  };
}

for (const bfForm of document.querySelectorAll('bf-form')) {
  const form = bfForm.querySelector('form[method="post"]');
  if (form) bfForm.submitHandler = sendWith(form);
}

if (loggedIn) {
  for (const form of document.querySelectorAll('bf-form[draft-key]'))
    form.draftStore = new HttpDraftStore({ baseUrl: '/kladder', headers: guardHeaders });

  // The warning counts the seconds the server gave on this browser's clock, so a wrong clock on the
  // citizen's computer cannot move it; "Forbliv logget på" asks the server for a full session again.
  const endsIn = (seconds) => Date.now() + seconds * 1000;
  for (const timeout of document.querySelectorAll('bf-session-timeout')) {
    timeout.expiresAt = String(endsIn(Number(timeout.dataset.secondsLeft)));
    timeout.extend = async () => {
      const response = await fetch('/session/forlaeng', { method: 'POST', headers: guardHeaders });
      if (!response.ok) throw new Error(`The session was not extended (${response.status})`);
      const { secondsLeft } = await response.json();
      return endsIn(secondsLeft);
    };
  }

  // "Log af" (the header or the warning): the session ends on the server (the form empties itself).
  const logOut = async () => {
    await fetch('/log-af', { method: 'POST', headers: guardHeaders }).catch(() => undefined);
    window.location.assign(LOGGED_OUT);
  };
  document.addEventListener('bf-logout', () => void logOut());

  // Just logged in (demo/routes/login.mjs sends the citizen to ?start=1): the flow starts at its first
  // step, once the form has looked for a draft (a step change saves one, which must not replace it).
  const address = new URL(window.location.href);
  if (address.searchParams.has('start')) {
    window.history.replaceState(window.history.state, '', address.pathname);
    const form = document.querySelector('bf-form');
    await form?.updateComplete;
    await form?.drafts.ready;
    document.querySelector('bf-intro:not([hidden])')?.start();
  }
} else {
  // Nobody logged in: "Gå i gang" leads to the login page instead of the first step; a page that
  // opens past its start page (a reload after the session ended) goes there too.
  for (const intro of document.querySelectorAll('bf-intro')) {
    intro.addEventListener('bf-intro-start', (event) => {
      event.stopPropagation();
      window.location.assign(LOGIN);
    });
    if (intro.hidden) window.location.assign(LOGIN);
  }
}
