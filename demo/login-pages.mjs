// The demo login's pages: "Log ind med MitID" (a demo that picks one of the fictional citizens in
// demo/register.mjs; there is no MitID here), "Du er logget af", "Du er ikke logget ind" for a request
// that needs a login, and the notice that a session has ended. Built as nodes (demo/html.mjs): every
// value is text.
import { h } from './html.mjs';
import { LIBRARY_SCRIPT, renderPage } from './layout.mjs';
import { CITIZENS } from './register.mjs';

/** The login page's address. */
export const LOGIN_PATH = '/log-ind';
/** The page after "Log af" and after the session ran out. */
export const LOGGED_OUT_PATH = '/logget-af';

/** The radio group's message when no citizen is chosen. */
const CHOOSE_CITIZEN = 'Vælg, hvem du vil logge ind som';

/**
 * "You were logged off" for a citizen whose session ended; undefined for anyone else.
 * @param {boolean} ended
 */
export function sessionEndedNotice(ended) {
  if (!ended) return undefined;
  return h(
    'bf-alert',
    { variant: 'warning', heading: 'Du er blevet logget af' },
    h(
      'p',
      {},
      'Det sker, når siden ikke har været brugt i et stykke tid. Dine svar er gemt som kladde. Log ind igen for at fortsætte.',
    ),
  );
}

/**
 * The demo login page.
 * @param {{ ended?: boolean, error?: boolean, notice?: string, hidden: Record<string, string>, csrfToken: string }} state
 *   `ended`: the citizen's session ended; `error`: the form came back without a choice; `notice`: why
 *   the form came back (a stale page); `hidden`: the form's hidden entries (the CSRF token)
 */
export function loginPage({ ended = false, error = false, notice, hidden, csrfToken }) {
  const options = CITIZENS.map((citizen) =>
    h(
      'bf-option',
      {
        value: citizen.id,
        hint: `${citizen.address}. CPR-nummer i demoen: ${citizen.cpr.slice(0, 6)}-${citizen.cpr.slice(6)}`,
      },
      citizen.name,
    ),
  );
  const heading = 'Log ind med MitID (demo)';
  return renderPage({
    heading,
    title: error || notice ? `Fejl: ${heading}` : heading,
    scripts: [LIBRARY_SCRIPT],
    path: LOGIN_PATH,
    csrfToken,
    main: [
      sessionEndedNotice(ended),
      notice === undefined
        ? undefined
        : h('bf-alert', { variant: 'warning', class: 'demo-notice' }, h('p', {}, notice)),
      h(
        'bf-alert',
        { variant: 'info', heading: 'Dette er ikke MitID' },
        h(
          'p',
          {},
          'Demoen har ingen rigtig login. Vælg en af de opdigtede borgere, så logger du ind som dem.',
        ),
      ),
      h(
        'bf-form',
        {},
        h(
          'form',
          { class: 'demo-form', method: 'post', action: LOGIN_PATH },
          ...Object.entries(hidden).map(([name, value]) => h('input', { type: 'hidden', name, value })),
          h(
            'bf-radio-group',
            {
              name: 'borger',
              label: 'Hvem vil du logge ind som?',
              required: true,
              'message-required': CHOOSE_CITIZEN,
              error: error ? CHOOSE_CITIZEN : undefined,
            },
            ...options,
          ),
          h('button', { class: 'demo-button', type: 'submit' }, 'Log ind'),
        ),
      ),
    ].filter((node) => node !== undefined),
  });
}

/** The page after "Log af", and after the session ran out. */
export function loggedOutPage() {
  return renderPage({
    heading: 'Du er logget af',
    main: [
      h(
        'p',
        {},
        'Hvis du var i gang med en ansøgning, er dine svar gemt som kladde. Du kan fortsætte, når du logger ind igen.',
      ),
      h('p', {}, h('a', { href: LOGIN_PATH }, 'Log ind igen')),
    ],
  });
}

/**
 * The answer to a request that needs a login: nobody is logged in, or the session has ended.
 * @param {boolean} ended the cookie names a session that has ended
 */
export function notLoggedInPage(ended) {
  return renderPage({
    heading: ended ? 'Du er blevet logget af' : 'Du er ikke logget ind',
    main: ended
      ? [
          h(
            'p',
            {},
            'Det sker, når siden ikke har været brugt i et stykke tid. Vi har ikke modtaget det, du sendte.',
          ),
          h('p', {}, 'Dine svar er gemt som kladde. Log ind igen, så kan du fortsætte, hvor du slap.'),
          h('p', {}, h('a', { href: LOGIN_PATH }, 'Log ind igen')),
        ]
      : [
          h('p', {}, 'Du skal logge ind, før du kan sende ansøgningen.'),
          h('p', {}, h('a', { href: LOGIN_PATH }, 'Log ind')),
        ],
  });
}
