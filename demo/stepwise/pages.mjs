// The pages of the stepwise parking application, built as nodes (demo/html.mjs) in the demo's layout:
// the start page, one page per step, "Tjek dine svar" and the exit page. Their Borgerform elements are
// rendered on the server (demo/server-render.mjs: declarative shadow roots), so the form shows before
// any script runs; they load the library's hydrating script and no script of the host's: every step is
// a `<bf-form>` around a plain `<form method="post">` that posts to the server, which answers with the
// next page or the same step with `error`s. Without JavaScript the form shows but cannot be sent (the
// native inputs in shadow roots are not submitted): a `<noscript>` notice says so. The
// library's flow elements need a wizard (and the host's script) to act, so the back link, "Trin 2 af
// 6", the `h1` and the summary's rows are plain HTML here, in the library's own Danish texts
// (dist/i18n). Imports the built library: load it when first needed.
import { formatMessage } from '../../dist/i18n/format.js';
import { da } from '../../dist/i18n/locales/da.js';
import { CSRF_ENTRY } from '../form-guard.mjs';
import { h, parseContent, append } from '../html.mjs';
import { renderPage } from '../layout.mjs';
import { LOGIN_PATH } from '../login-pages.mjs';
import { fillPage } from '../page-fields.mjs';
import { parkingPage } from '../form-pages.mjs';
import { AUTHORITY, SOLUTION } from '../parking-page.mjs';
import { HYDRATING_SCRIPT, renderOnServer } from '../server-render.mjs';
import { CHECK, pathOf, RETURN_TO_CHECK, STEPS } from './flow.mjs';

/** The variant's own stylesheet (the back link, "Trin 2 af 6", the answers' "Rediger" links). */
const STYLESHEET = '/demo/trinvis.css';

/** A text of the library's Danish catalogue, filled in. */
const term = (/** @type {keyof typeof da} */ key, params = {}) => formatMessage(da[key], params, 'da');

/** Where the login sends the citizen afterwards (demo/routes/login.mjs reads `videre`). */
export const LOGIN_THEN_FIRST_STEP = `${LOGIN_PATH}?videre=${encodeURIComponent(pathOf(STEPS[0].slug))}`;

/** The page's header: the sender and the solution (the citizen and "Log af" are in `userBar`). */
const header = () => [h('bf-header', { portal: 'Selvbetjening', authority: AUTHORITY, solution: SOLUTION })];

/**
 * "Logget ind som …" and "Log af" as a form that posts to the server (`bf-header`'s "Log af" is a
 * button for the host's script).
 * @param {{ name: string }} citizen
 * @param {string} csrfToken
 */
function userBar(citizen, csrfToken) {
  return h(
    'div',
    { class: 'demo-user-bar' },
    h('p', {}, term('headerUser', { name: citizen.name })),
    h(
      'form',
      { method: 'post', action: '/log-af' },
      h('input', { type: 'hidden', name: CSRF_ENTRY, value: csrfToken }),
      h('button', { class: 'demo-link-button', type: 'submit' }, term('headerLogout')),
    ),
  );
}

/** The "Tilbage" link above a page's content. */
const backLink = (/** @type {string} */ href) =>
  h('a', { class: 'demo-back-link', href }, term('wizardBack'));

/**
 * Without JavaScript a step's fields show (rendered on the server) but are not sent with the form: the
 * native inputs sit in shadow roots, and only the library's script makes the elements take part.
 */
export const NO_SCRIPT_NOTICE =
  'Du skal slå JavaScript til for at sende formularen. Uden JavaScript kan du se spørgsmålene, men dine svar bliver ikke sendt.';

/** The notice for a browser without JavaScript, above a form that needs the script to send it. */
const noScriptNotice = () => h('noscript', {}, h('p', { class: 'demo-noscript' }, NO_SCRIPT_NOTICE));

/**
 * A page of the variant in the demo's layout, its header and content rendered on the server (their
 * Borgerform elements as declarative shadow roots), with the hydrating script.
 */
async function page(
  /** @type {{ heading: string, title?: string, main: any[], ownHeadings?: boolean }} */ parts,
) {
  return renderPage({
    ...parts,
    main: await renderOnServer(parts.main),
    scripts: [HYDRATING_SCRIPT],
    stylesheets: [STYLESHEET],
    header: await renderOnServer(header()),
    path: pathOf(),
  });
}

/** "{step} – {solution}", with "Fejl: " while the page shows problems (REQUIREMENTS 1.4, 2.3). */
const titleOf = (/** @type {string} */ heading, /** @type {boolean} */ problems) =>
  problems ? term('errorTitle', { title: `${heading} – ${SOLUTION}` }) : `${heading} – ${SOLUTION}`;

/**
 * The start page: purpose, time, steps, what one needs (the parking page's `bf-intro`, written out),
 * "Gå i gang" as a link (to the login first when nobody is logged in).
 * @param {{
 *   intro: Awaited<ReturnType<typeof import('./flow.mjs').introParts>>,
 *   citizen: { name: string } | null,
 *   csrfToken: string,
 *   notice?: import('../html.mjs').Element,
 *   saved?: boolean,
 * }} parts `citizen`: the logged-in citizen (none: "Gå i gang" goes to the login first); `notice`:
 *   the citizen's session has ended; `saved`: the server has answers from before (go on, or start over)
 */
export function startPage({ intro, citizen, csrfToken, notice, saved = false }) {
  const facts = [
    intro.durationMinutes > 0 ? term('introDuration', { count: intro.durationMinutes }) : '',
    term('introSteps', { noun: term('introNoun'), count: STEPS.length }),
    term(intro.canSave ? 'introCanSave' : 'introCannotSave'),
  ].filter(Boolean);
  const start = citizen ? pathOf(STEPS[0].slug) : LOGIN_THEN_FIRST_STEP;
  return page({
    heading: intro.heading,
    title: intro.heading,
    ownHeadings: true,
    main: [
      citizen ? userBar(citizen, csrfToken) : undefined,
      notice,
      h('h1', {}, intro.heading),
      ...intro.purpose,
      h('ul', {}, ...facts.map((fact) => h('li', {}, fact))),
      intro.needs.length ? h('h2', {}, term('introNeeds')) : undefined,
      intro.needs.length ? h('ul', {}, ...intro.needs) : undefined,
      h('p', {}, h('a', { class: 'demo-button', href: start }, term('introStart'))),
      citizen && saved ? startOver(csrfToken) : undefined,
      h(
        'p',
        {},
        'Det er den samme ansøgning som ',
        h('a', { href: parkingPage.path }, 'ansøgningen på én side'),
        ', men her er hvert trin en side for sig, som serveren tjekker, og kommunen bruger ikke sit eget JavaScript.',
      ),
    ].filter((node) => node !== undefined),
  });
}

/** "Start forfra": the answers kept from before are forgotten (a form that posts to the start page). */
function startOver(/** @type {string} */ csrfToken) {
  return h(
    'form',
    { class: 'demo-start-over', method: 'post', action: pathOf() },
    h('input', { type: 'hidden', name: CSRF_ENTRY, value: csrfToken }),
    h('p', {}, 'Du har svar gemt fra sidst. „Gå i gang“ fortsætter med dem.'),
    h('button', { class: 'demo-link-button', type: 'submit' }, 'Start forfra uden dem'),
  );
}

/**
 * One step's page: the back link, then the form with the error summary, "Trin n af 6", the step's
 * `h1`, its fields filled and the button that posts it.
 * @param {{
 *   index: number,
 *   fields: import('../templates.mjs').Template,
 *   fill: import('../page-fields.mjs').Fill,
 *   returning: boolean,
 *   problems: boolean,
 *   citizen: { name: string },
 *   csrfToken: string,
 *   multipart: boolean,
 * }} parts `index` in `STEPS`; `returning`: opened from "Tjek dine svar", which it goes back to
 */
export function stepPage({ index, fields, fill, returning, problems, citizen, csrfToken, multipart }) {
  const step = STEPS[index];
  const action = returning ? `${pathOf(step.slug)}?${RETURN_TO_CHECK}` : pathOf(step.slug);
  const back = returning ? pathOf(CHECK.slug) : pathOf(index > 0 ? STEPS[index - 1].slug : '');
  const content = parseContent('');
  append(
    content,
    h(
      'bf-form',
      {},
      h(
        'form',
        {
          class: 'demo-form',
          method: 'post',
          action,
          enctype: multipart ? 'multipart/form-data' : undefined,
        },
        h('bf-error-summary', {}),
        h(
          'p',
          { class: 'demo-step-position' },
          term('stepIndicatorPosition', { current: index + 1, total: STEPS.length }),
        ),
        h('h1', {}, step.heading),
        fields.tree,
        h(
          'button',
          { class: 'demo-button', type: 'submit' },
          term(returning ? 'wizardBackToSummary' : 'wizardNext'),
        ),
      ),
    ),
  );
  return page({
    heading: step.heading,
    title: titleOf(step.heading, problems),
    ownHeadings: true,
    main: [
      userBar(citizen, csrfToken),
      backLink(back),
      noScriptNotice(),
      ...fillPage(content, fill).childNodes,
    ],
  });
}

/**
 * "Tjek dine svar": each step's answers under its heading, as the summary shows them (label, answer,
 * "Rediger" to the step, which returns here once saved), and the form that sends the application.
 * @param {{
 *   sections: { slug: string, heading: string, rows: import('../casework-rows.mjs').SummaryRow[] }[],
 *   send: import('../html.mjs').Element[],
 *   hidden: Record<string, string>,
 *   citizen: { name: string },
 *   csrfToken: string,
 *   notice?: string,
 * }} parts `send`: the parking page's own last-step button; `hidden`: the guards' entries
 */
export function checkPage({ sections, send, hidden, citizen, csrfToken, notice }) {
  const answers = sections.flatMap(({ slug, heading, rows }) => [
    h('h2', {}, heading),
    h(
      'dl',
      { class: 'demo-answers demo-check-answers' },
      ...rows.map((row) =>
        h(
          'div',
          {},
          h('dt', {}, row.label),
          h('dd', { class: row.answered ? undefined : 'demo-empty' }, row.answer),
          h(
            'dd',
            { class: 'demo-change' },
            h(
              'a',
              {
                href: `${pathOf(slug)}?${RETURN_TO_CHECK}`,
                'aria-label': term('summaryEditLabel', { label: row.label }),
              },
              term('summaryEdit'),
            ),
          ),
        ),
      ),
    ),
  ]);
  const content = parseContent('');
  append(
    content,
    h(
      'bf-form',
      {},
      h(
        'form',
        { class: 'demo-form', method: 'post', action: pathOf(CHECK.slug) },
        h('bf-error-summary', {}),
        h('h1', {}, CHECK.heading),
        ...answers,
        ...send,
      ),
    ),
  );
  return page({
    heading: CHECK.heading,
    title: titleOf(CHECK.heading, notice !== undefined),
    ownHeadings: true,
    main: [
      userBar(citizen, csrfToken),
      backLink(pathOf(STEPS.at(-1)?.slug)),
      noScriptNotice(),
      ...fillPage(content, { hidden, notice }).childNodes,
    ],
  });
}

/**
 * The exit page: the parking page's `bf-exit`, its heading as the `h1`, and back to the step.
 * @param {{
 *   exit: Awaited<ReturnType<typeof import('./flow.mjs').exitParts>>,
 *   back: string,
 *   citizen: { name: string },
 *   csrfToken: string,
 * }} parts
 */
export function exitPage({ exit, back, citizen, csrfToken }) {
  return page({
    heading: exit.heading,
    title: `${exit.heading} – ${SOLUTION}`,
    ownHeadings: true,
    main: [userBar(citizen, csrfToken), backLink(back), h('h1', {}, exit.heading), exit.content],
  });
}

/** The receipt's frame: the variant's header, rendered on the server, and the library's hydrating script. */
export const receiptFrame = async () => ({
  header: await renderOnServer(header()),
  scripts: [HYDRATING_SCRIPT],
});
