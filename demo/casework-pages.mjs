// The markup of the case-worker pages ("Modtagne ansøgninger"): the demo login, the list of received
// applications and one application's page. Each function takes the values and returns what the
// demo's layout needs (`renderPage`); every value is written as text (escaped), the markup around it
// is the demo's own. No script runs on these pages, except the library on the login page.
import { escapeHtml } from './html.mjs';
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

/** @param {string} iso @returns {string} a `<time>` element */
function receivedTime(iso) {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(RECEIVED.format(new Date(iso)))}</time>`;
}

/** "Logget ind som …" and the "Log af" button, at the top of every page behind the login. */
function workerBar(worker) {
  return `      <div class="casework-bar">
        <p>Logget ind som <strong>${escapeHtml(worker.name)}</strong>, ${escapeHtml(worker.unit)} (demo)</p>
        <form method="post" action="${CASEWORK_URLS.logout}">
          <button class="demo-button casework-secondary" type="submit">Log af</button>
        </form>
      </div>`;
}

/**
 * The demo login: pick a fictional case worker.
 * @param {{ workers: readonly { id: string, name: string, unit: string }[], error?: string }} values
 *   `error`: the message when the form came back (nothing chosen)
 */
export function loginPage({ workers, error }) {
  const options = workers
    .map(
      (worker) =>
        `          <bf-option value="${escapeHtml(worker.id)}" hint="${escapeHtml(worker.unit)}">${escapeHtml(worker.name)}</bf-option>`,
    )
    .join('\n');
  const errorAttribute = error ? ` error="${escapeHtml(error)}"` : '';
  return {
    heading: 'Log ind som sagsbehandler',
    title: error ? 'Fejl: Log ind som sagsbehandler' : 'Log ind som sagsbehandler',
    scripts: [LIBRARY_SCRIPT],
    stylesheets: STYLESHEETS,
    main: `      <div class="casework-demo-note">
        <p><strong>Det her er en demo.</strong> Der er ingen rigtig sagsbehandler og ingen adgangskode:
        du vælger en opdigtet medarbejder i Eksempel Kommune og kan så se de ansøgninger, der er sendt til
        demoen.</p>
      </div>
      <bf-form>
        <form class="demo-form" method="post" action="${CASEWORK_URLS.login}">
          <bf-error-summary></bf-error-summary>
          <bf-radio-group
            name="sagsbehandler"
            label="Hvem vil du logge ind som?"
            required
            message-required="Vælg, hvem du vil logge ind som"${errorAttribute}
          >
${options}
          </bf-radio-group>
          <button class="demo-button" type="submit">Log ind</button>
        </form>
      </bf-form>`,
  };
}

/**
 * The received applications, newest first.
 * @param {{ worker: { name: string, unit: string }, submissions: { reference: string, title: string, receivedAt: string, files: number }[] }} values
 */
export function listPage({ worker, submissions }) {
  const rows = submissions.map(
    ({ reference, title, receivedAt, files }) => `            <tr>
              <th scope="row"><a href="${escapeHtml(CASEWORK_URLS.application(reference))}">${escapeHtml(reference)}</a></th>
              <td>${escapeHtml(title)}</td>
              <td>${receivedTime(receivedAt)}</td>
              <td class="casework-number">${files}</td>
            </tr>`,
  );
  const table = rows.length
    ? `      <table class="casework-table">
        <caption>${rows.length === 1 ? '1 ansøgning' : `${rows.length} ansøgninger`}, den nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Referencenummer</th>
            <th scope="col">Formular</th>
            <th scope="col">Modtaget</th>
            <th scope="col" class="casework-number">Filer</th>
          </tr>
        </thead>
        <tbody>
${rows.join('\n')}
        </tbody>
      </table>`
    : '      <p>Der er ikke kommet nogen ansøgninger endnu.</p>';
  return {
    heading: 'Modtagne ansøgninger',
    stylesheets: STYLESHEETS,
    path: CASEWORK_URLS.list,
    main: `${workerBar(worker)}
      <p>Her er alt, hvad borgerne har sendt til demoen. Vælg et referencenummer for at se svarene og
      hente filerne.</p>
${table}`,
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
 * }} values `fileSize`: a size for people ("2,5 MB")
 */
export function applicationPage({ worker, submission, title, sections, fileSize }) {
  const { reference, receivedAt, entries } = submission;
  const summary = sections.length
    ? sections.map(summarySection).join('\n')
    : '        <p>Formularen har ingen felter, som kan vises som svar. Se de sendte oplysninger nedenfor.</p>';
  const posted = entries.map(
    (entry, position) => `            <tr>
              <td class="casework-number">${position + 1}</td>
              <th scope="row">${escapeHtml(entry.name)}</th>
              <td>${postedValue(reference, entry, position, fileSize)}</td>
            </tr>`,
  );
  return {
    heading: `Ansøgning ${reference}`,
    stylesheets: STYLESHEETS,
    main: `${workerBar(worker)}
      <p><a href="${CASEWORK_URLS.list}">Tilbage til modtagne ansøgninger</a></p>
      <dl class="casework-facts">
        <div><dt>Formular</dt><dd>${escapeHtml(title)}</dd></div>
        <div><dt>Modtaget</dt><dd>${receivedTime(receivedAt)}</dd></div>
      </dl>
      <section class="casework-summary" aria-labelledby="svar">
        <h2 id="svar">Svarene, som borgeren så dem</h2>
${summary}
      </section>
      <section class="casework-posted" aria-labelledby="sendt">
        <h2 id="sendt">Det, der blev sendt</h2>
        <p>Hvert felt, som formularen sendte, i den rækkefølge det kom.</p>
        <table class="casework-table">
          <caption>${entries.length === 1 ? '1 felt' : `${entries.length} felter`}</caption>
          <thead>
            <tr>
              <th scope="col" class="casework-number">Nr.</th>
              <th scope="col">Navn</th>
              <th scope="col">Værdi</th>
            </tr>
          </thead>
          <tbody>
${posted.join('\n')}
          </tbody>
        </table>
      </section>`,
  };
}

/** One step's rows, under the step's heading (none outside a wizard). */
function summarySection({ step, rows }) {
  const heading = step ? `        <h3>${escapeHtml(step)}</h3>\n` : '';
  const items = rows.map(
    (row) =>
      `          <div><dt>${escapeHtml(row.label)}</dt><dd${row.answered ? '' : ' class="demo-empty"'}>${escapeHtml(row.answer)}</dd></div>`,
  );
  return `${heading}        <dl class="demo-answers casework-answers">\n${items.join('\n')}\n        </dl>`;
}

/** A posted value as text, a file as its download link, an empty one as "Tom". */
function postedValue(reference, entry, position, fileSize) {
  if (entry.file) {
    if (!entry.file.name && entry.file.size === 0) return '<span class="demo-empty">Ingen fil valgt</span>';
    const size = escapeHtml(fileSize(entry.file.size));
    return `<a href="${escapeHtml(CASEWORK_URLS.file(reference, position))}" download>Hent filen <span class="casework-file-name">${escapeHtml(entry.file.name)}</span></a> (${size})`;
  }
  if (entry.value === '') return '<span class="demo-empty">Tom</span>';
  return `<span class="casework-value">${escapeHtml(entry.value ?? '')}</span>`;
}
