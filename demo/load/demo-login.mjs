// The demo login as a citizen of the load check goes through it, for a server with the demo login
// ("Log ind med MitID (demo)" at /log-ind, the login branch): open the login page, choose a fictional
// citizen among its options (citizen `index` takes option `index` modulo their number), keep the CPR
// number the page shows for them (the application asks for the citizen's own), post; the server sets
// the session cookie and redirects to the application, which is then the open page.
// `PARKING_STEPS_WITH_LOGIN` is the parking application with these steps in place of opening the page.
import { attribute } from './html-form.mjs';
import { StepError } from './citizen.mjs';
import { PARKING_STEPS } from './parking-application.mjs';

export const LOGIN_PATH = '/log-ind';

/** The CPR number a login option's hint shows for the demo ("CPR-nummer i demoen: 120385-1237"). */
const SHOWN_CPR = /CPR-nummer i demoen: (\d{6})-?(\d{4})/u;

/** @type {import('./parking-application.mjs').Step[]} */
export const DEMO_LOGIN_STEPS = [
  { name: 'open the login page', run: (citizen) => citizen.open(LOGIN_PATH).then(() => {}) },
  {
    name: 'log in',
    run: async (citizen) => {
      const kind = `POST ${LOGIN_PATH}`;
      const options = citizen.memory.page.form(LOGIN_PATH)?.byTag('bf-option') ?? [];
      if (options.length === 0) throw new StepError(kind, 'the login page lists nobody to log in as');
      const option = options[citizen.index % options.length];
      const cpr = SHOWN_CPR.exec(attribute(option, 'hint') ?? '');
      if (cpr) citizen.memory.cpr = `${cpr[1]}${cpr[2]}`;
      await citizen.submit(LOGIN_PATH, () => [['borger', attribute(option, 'value') ?? '']], {
        followKind: 'GET /parkering after the login',
      });
    },
  },
];

/** The parking application for a server with the demo login: log in (which opens it), then as before. */
export const PARKING_STEPS_WITH_LOGIN = [...DEMO_LOGIN_STEPS, ...PARKING_STEPS.slice(1)];
