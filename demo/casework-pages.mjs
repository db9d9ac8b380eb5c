// The case-worker pages ("Modtagne ansøgninger"): the demo login, the list of received applications
// and one application's page. Each function takes the values and returns what the demo's layout needs
// (`renderPage`), the main content as nodes (demo/html.mjs `h`): every value is text, never markup.
// No script runs on these pages, except the library on the login page.
import { h } from './html.mjs';
import { LIBRARY_SCRIPT } from './layout.mjs';

/** The addresses of the case-worker pages. */
export const CASEWORK_URLS = Object.freeze({
  list: '/sagsbehandling',
  login: '/sagsbehandling/log-ind',
  logout: '/sagsbehandling/log-af',
  /** @param {string} reference */
  application: (reference) => `/sagsbehandling/ansoegninger/${encodeURIComponent(reference)}`,
  /** @param {string} reference @param {number} position */
  file: (reference, position) =>
    `/sagsbehandling/ansoegninger/${encodeURIComponent(reference)}/filer/${position}`,
});

/** The pages' own stylesheet (tables, the demo note, the bar with "Log af"). */
const STYLESHEETS = ['/demo/casework.css'];

/** When something arrived, as people in Denmark write it: "5. december 2026 kl. 19.22". */
const RECEIVED = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});

/** @typedef {import('./html.mjs').Element} Element */

/** @param {string} iso @returns {Element} a `<time>` element */
function receivedTime(iso) {
  return h('time', { datetime: iso }, RECEIVED.format(new Date(iso)));
}

/** A form's hidden entries (the CSRF token). @param {Record<string, string>} hidden */
const hiddenInputs = (hidden) =>
  Object.entries(hidden).map(([name, value]) => h('input', { type: 'hidden', name, value }));

/**
 * A table in a part of the page that scrolls sideways on its own, so a table wider than a narrow
 * screen never makes the page scroll sideways (WCAG 1.4.10 allows this for a table): a region named
 * `label`, reachable by keyboard (`tabindex="0"`) so it can be scrolled with the arrow keys.
 * @param {string} label @param {Element} table
 * @returns {Element}
 */
function scrollingTable(label, table) {
  return h(
    'div',
    { class: 'casework-table-scroll', role: 'region', 'aria-label': label, tabindex: '0' },
    table,
  );
}

/**
 * "Logget ind som …" and the "Log af" button, at the top of every page behind the login.
 * @param {{ name: string, unit: string }} worker
 * @param {Record<string, string>} hidden the form's hidden entries
 */
function workerBar(worker, hidden) {
  return h(
    'div',
    { class: 'casework-bar' },
    h('p', {}, 'Logget ind som ', h('strong', {}, worker.name), `, ${worker.unit} (demo)`),
    h(
      'form',
      { method: 'post', action: CASEWORK_URLS.logout },
      ...hiddenInputs(hidden),
      h('button', { class: 'demo-button casework-secondary', type: 'submit' }, 'Log af'),
    ),
  );
}

/**
 * The demo login: pick a fictional case worker.
 * @param {{ workers: readonly { id: string, name: string, unit: string }[], error?: string, hidden: Record<string, string> }} values
 *   `error`: the message when the form came back (nothing chosen); `hidden`: the form's hidden entries
 */
export function loginPage({ workers, error, hidden }) {
  const heading = 'Log ind som sagsbehandler';
  return {
    heading,
    title: error ? `Fejl: ${heading}` : heading,
    scripts: [LIBRARY_SCRIPT],
    stylesheets: STYLESHEETS,
    main: [
      h(
        'div',
        { class: 'casework-demo-note' },
        h(
          'p',
          {},
          h('strong', {}, 'Det her er en demo.'),
          ' Der er ingen rigtig sagsbehandler og ingen adgangskode: du vælger en opdigtet medarbejder i Eksempel Kommune og kan så se de ansøgninger, der er sendt til demoen.',
        ),
      ),
      h(
        'bf-form',
        {},
        h(
          'form',
          { class: 'demo-form', method: 'post', action: CASEWORK_URLS.login },
          ...hiddenInputs(hidden),
          h('bf-error-summary'),
          h(
            'bf-radio-group',
            {
              name: 'sagsbehandler',
              label: 'Hvem vil du logge ind som?',
              required: true,
              'message-required': 'Vælg, hvem du vil logge ind som',
              error,
            },
            ...workers.map((worker) => h('bf-option', { value: worker.id, hint: worker.unit }, worker.name)),
          ),
          h('button', { class: 'demo-button', type: 'submit' }, 'Log ind'),
        ),
      ),
    ],
  };
}

/**
 * The received applications, newest first.
 * @param {{
 *   worker: { name: string, unit: string },
 *   submissions: { reference: string, title: string, receivedAt: string, files: number }[],
 *   hidden: Record<string, string>,
 * }} values `hidden`: the "Log af" form's hidden entries
 */
export function listPage({ worker, submissions, hidden }) {
  const rows = submissions.map(({ reference, title, receivedAt, files }) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('a', { href: CASEWORK_URLS.application(reference) }, reference)),
      h('td', {}, title),
      h('td', {}, receivedTime(receivedAt)),
      h('td', { class: 'casework-number' }, String(files)),
    ),
  );
  const table = rows.length
    ? scrollingTable(
        'Tabel over modtagne ansøgninger',
        h(
          'table',
          { class: 'casework-table' },
          h(
            'caption',
            {},
            `${rows.length === 1 ? '1 ansøgning' : `${rows.length} ansøgninger`}, den nyeste først`,
          ),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Referencenummer'),
              h('th', { scope: 'col' }, 'Formular'),
              h('th', { scope: 'col' }, 'Modtaget'),
              h('th', { scope: 'col', class: 'casework-number' }, 'Filer'),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
      )
    : h('p', {}, 'Der er ikke kommet nogen ansøgninger endnu.');
  return {
    heading: 'Modtagne ansøgninger',
    stylesheets: STYLESHEETS,
    path: CASEWORK_URLS.list,
    main: [
      workerBar(worker, hidden),
      h(
        'p',
        {},
        'Her er alt, hvad borgerne har sendt til demoen. Vælg et referencenummer for at se svarene og hente filerne.',
      ),
      table,
    ],
  };
}

/**
 * One application: the answers as the citizen saw them on "Tjek dine svar", then every posted value in
 * the order sent, each file as a download.
 * @param {{
 *   worker: { name: string, unit: string },
 *   submission: { reference: string, receivedAt: string, entries: import('./store/submissions.mjs').StoredEntry[] },
 *   title: string,
 *   sections: import('./casework-rows.mjs').SummarySection[],
 *   fileSize: (bytes: number) => string,
 *   hidden: Record<string, string>,
 * }} values `fileSize`: a size for people ("2,5 MB"); `hidden`: the "Log af" form's hidden entries
 */
export function applicationPage({ worker, submission, title, sections, fileSize, hidden }) {
  const { reference, receivedAt, entries } = submission;
  const summary = sections.length
    ? sections.flatMap(summarySection)
    : [h('p', {}, 'Formularen har ingen felter, som kan vises som svar. Se de sendte oplysninger nedenfor.')];
  const posted = entries.map((entry, position) =>
    h(
      'tr',
      {},
      h('td', { class: 'casework-number' }, String(position + 1)),
      h('th', { scope: 'row' }, entry.name),
      h('td', {}, ...[postedValue(reference, entry, position, fileSize)].flat()),
    ),
  );
  return {
    heading: `Ansøgning ${reference}`,
    stylesheets: STYLESHEETS,
    main: [
      workerBar(worker, hidden),
      h('p', {}, h('a', { href: CASEWORK_URLS.list }, 'Tilbage til modtagne ansøgninger')),
      h(
        'dl',
        { class: 'casework-facts' },
        h('div', {}, h('dt', {}, 'Formular'), h('dd', {}, title)),
        h('div', {}, h('dt', {}, 'Modtaget'), h('dd', {}, receivedTime(receivedAt))),
      ),
      h(
        'section',
        { class: 'casework-summary', 'aria-labelledby': 'svar' },
        h('h2', { id: 'svar' }, 'Svarene, som borgeren så dem'),
        ...summary,
      ),
      h(
        'section',
        { class: 'casework-posted', 'aria-labelledby': 'sendt' },
        h('h2', { id: 'sendt' }, 'Det, der blev sendt'),
        h('p', {}, 'Hvert felt, som formularen sendte, i den rækkefølge det kom.'),
        scrollingTable(
          'Tabel over de sendte felter',
          h(
            'table',
            { class: 'casework-table' },
            h('caption', {}, entries.length === 1 ? '1 felt' : `${entries.length} felter`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col', class: 'casework-number' }, 'Nr.'),
                h('th', { scope: 'col' }, 'Navn'),
                h('th', { scope: 'col' }, 'Værdi'),
              ),
            ),
            h('tbody', {}, ...posted),
          ),
        ),
      ),
    ],
  };
}

/**
 * One step's rows, under the step's heading (none outside a wizard).
 * @param {import('./casework-rows.mjs').SummarySection} section
 * @returns {Element[]}
 */
function summarySection({ step, rows }) {
  const list = h(
    'dl',
    { class: 'demo-answers casework-answers' },
    ...rows.map((row) =>
      h(
        'div',
        {},
        h('dt', {}, row.label),
        h('dd', { class: row.answered ? undefined : 'demo-empty' }, row.answer),
      ),
    ),
  );
  return step ? [h('h3', {}, step), list] : [list];
}

/** A posted value as text, a file as its download link, an empty one as "Tom". */
function postedValue(reference, entry, position, fileSize) {
  if (entry.file) {
    if (!entry.file.name && entry.file.size === 0)
      return h('span', { class: 'demo-empty' }, 'Ingen fil valgt');
    return [
      h(
        'a',
        { href: CASEWORK_URLS.file(reference, position), download: true },
        'Hent filen ',
        h('span', { class: 'casework-file-name' }, entry.file.name),
      ),
      ` (${fileSize(entry.file.size)})`,
    ];
  }
  if (entry.value === '') return h('span', { class: 'demo-empty' }, 'Tom');
  return h('span', { class: 'casework-value' }, entry.value ?? '');
}
