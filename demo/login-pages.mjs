// The demo login's pages: "Log ind med MitID" (a demo that picks one of the fictional citizens in
// demo/register.mjs; there is no MitID here), "Du er logget af", "Du er ikke logget ind" for a request
// that needs a login, and the notice that a session has ended. Every value is escaped.
import { escapeHtml } from './html.mjs';
import { LIBRARY_SCRIPT, renderPage } from './layout.mjs';
import { CITIZENS } from './register.mjs';

/** The login page's address. */
export const LOGIN_PATH = '/log-ind';
/** The page after "Log af" and after the session ran out. */
export const LOGGED_OUT_PATH = '/logget-af';

/** The radio group's message when no citizen is chosen. */
const CHOOSE_CITIZEN = 'Vælg, hvem du vil logge ind som';

/** "You were logged off" for a citizen whose session ended; '' for anyone else. */
export function sessionEndedNotice(ended) {
  if (!ended) return '';
  return `<bf-alert variant="warning" heading="Du er blevet logget af">
        <p>Det sker, når siden ikke har været brugt i et stykke tid. Dine svar er gemt som kladde. Log ind igen for at fortsætte.</p>
      </bf-alert>\n`;
}

/**
 * The demo login page.
 * @param {{ ended?: boolean, error?: boolean }} [state] `ended`: the citizen's session ended;
 *   `error`: the form came back without a choice
 */
export function loginPage({ ended = false, error = false } = {}) {
  const options = CITIZENS.map(
    (citizen) =>
      `<bf-option value="${escapeHtml(citizen.id)}" hint="${escapeHtml(`${citizen.address}. CPR-nummer i demoen: ${citizen.cpr.slice(0, 6)}-${citizen.cpr.slice(6)}`)}">${escapeHtml(citizen.name)}</bf-option>`,
  );
  const errorAttribute = error ? ` error="${escapeHtml(CHOOSE_CITIZEN)}"` : '';
  return renderPage({
    heading: 'Log ind med MitID (demo)',
    title: error ? 'Fejl: Log ind med MitID (demo)' : 'Log ind med MitID (demo)',
    scripts: [LIBRARY_SCRIPT],
    path: LOGIN_PATH,
    main: `      ${sessionEndedNotice(ended)}<bf-alert variant="info" heading="Dette er ikke MitID">
        <p>Demoen har ingen rigtig login. Vælg en af de opdigtede borgere, så logger du ind som dem.</p>
      </bf-alert>
      <bf-form>
        <form class="demo-form" method="post" action="${LOGIN_PATH}">
          <bf-radio-group name="borger" label="Hvem vil du logge ind som?" required message-required="${CHOOSE_CITIZEN}"${errorAttribute}>
            ${options.join('\n            ')}
          </bf-radio-group>
          <button class="demo-button" type="submit">Log ind</button>
        </form>
      </bf-form>`,
  });
}

/** The page after "Log af", and after the session ran out. */
export function loggedOutPage() {
  return renderPage({
    heading: 'Du er logget af',
    main: `      <p>Hvis du var i gang med en ansøgning, er dine svar gemt som kladde. Du kan fortsætte, når du logger ind igen.</p>
      <p><a href="${LOGIN_PATH}">Log ind igen</a></p>`,
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
      ? `      <p>Det sker, når siden ikke har været brugt i et stykke tid. Vi har ikke modtaget det, du sendte.</p>
      <p>Dine svar er gemt som kladde. Log ind igen, så kan du fortsætte, hvor du slap.</p>
      <p><a href="${LOGIN_PATH}">Log ind igen</a></p>`
      : `      <p>Du skal logge ind, før du kan sende ansøgningen.</p>
      <p><a href="${LOGIN_PATH}">Log ind</a></p>`,
  });
}
