/**
 * Every page and state of the demo that the page sweep (test/e2e/page-sweep.test.ts) checks, one row
 * each. A new page or state is one more row: its name, the status of the document it ends on, and
 * how a citizen's browser gets there from a fresh page (a navigation, then clicks and typing).
 * `BROKEN_SERVER_ROWS` run on a server made to fail (the 500 page). Not swept: the component
 * catalogue (/catalogue/, Storybook's own pages without the server's policy; each story runs under axe
 * in the storybook project).
 */
import type { Page } from 'playwright-core';
import { AASE, BO, logInAsCaseWorker, logInInBrowser } from '../login-support.js';
import { settled } from './parking-walk.js';
import { failedSubmit, fillContactForm, parkingAt, postForm, sendContactForm, visit } from './reach.js';
import { STEPWISE_PAGES, stepwiseAt, walkStepwise } from './stepwise-walk.js';

export interface SweepRow {
  /** What the citizen sees, e.g. `/parkering: step "Adresse"`. */
  name: string;
  /** The status of the document the state ends on. */
  status: number;
  /** Brings a fresh page (the sweep listening to it already) to the state; `base` is the server's address. */
  reach(page: Page, base: string): Promise<void>;
}

export const SWEEP_ROWS: SweepRow[] = [
  // ── The pages as they load ──
  { name: '/ (Kontakt kommunen)', status: 200, reach: (page, base) => visit(page, base, '/') },
  { name: '/flytning (Anmeld flytning)', status: 200, reach: (page, base) => visit(page, base, '/flytning') },
  { name: '/parkering: the start page', status: 200, reach: (page, base) => visit(page, base, '/parkering') },

  // ── What the citizen does on them ──
  {
    name: '/: a failed submit',
    status: 200,
    reach: async (page, base) => {
      await visit(page, base, '/');
      await failedSubmit(page, 'Send');
    },
  },
  {
    name: '/: the receipt (/submit)',
    status: 200,
    reach: sendContactForm,
  },
  {
    name: '/flytning: a failed submit',
    status: 200,
    reach: async (page, base) => {
      await visit(page, base, '/flytning');
      await failedSubmit(page, 'Send');
    },
  },
  {
    name: '/flytning: a choice that reveals a field',
    status: 200,
    reach: async (page, base) => {
      await visit(page, base, '/flytning');
      await page.getByRole('radio', { name: 'Ja' }).check();
      await page.locator('bf-text-field[slot="conditional-ja"]').waitFor();
    },
  },
  {
    name: '/flytning: a prefilled value opened for editing, the address typed by hand',
    status: 200,
    reach: async (page, base) => {
      await visit(page, base, '/flytning');
      await page.getByRole('button', { name: 'Rediger Navn' }).click();
      await page.getByRole('button', { name: 'Jeg kan ikke finde min adresse' }).click();
      await page.getByRole('group', { name: 'Skriv adressen selv' }).waitFor();
    },
  },
  {
    name: '/flytning: files chosen, one of them refused',
    status: 200,
    reach: async (page, base) => {
      await visit(page, base, '/flytning');
      await page.locator('bf-file-upload[name=lejekontrakt] input[type=file]').setInputFiles([
        {
          name: 'lejekontrakt-med-et-meget-langt-filnavn-uden-mellemrum.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4'),
        },
        { name: 'noter.txt', mimeType: 'text/plain', buffer: Buffer.from('noter') },
      ]);
      await page.locator('bf-file-upload [part~="file-name"]').first().waitFor();
      await page
        .getByText(/noter\.txt er ikke en tilladt filtype/u)
        .first()
        .waitFor();
    },
  },
  {
    name: '/flytning: the server sends the form back (422)',
    status: 422,
    reach: async (page, base) => {
      await visit(page, base, '/flytning');
      await postForm(page, { action: '/flytning', fields: { cpr: '010101', postnummer: '12' } });
    },
  },
  ...(
    ['Om dig', 'Adresse', 'Køretøj', 'Periode', 'Dokumentation', 'Erklæring', 'Tjek dine svar'] as const
  ).map((step): SweepRow => ({ name: `/parkering: step "${step}"`, status: 200, reach: parkingAt(step) })),
  {
    name: '/parkering: step "Om dig" after "Næste" with nothing filled in',
    status: 200,
    reach: async (page, base) => {
      await parkingAt('Om dig')(page, base);
      await failedSubmit(page, 'Næste');
    },
  },
  {
    name: '/parkering: step "Adresse" with the suggestions open',
    status: 200,
    reach: async (page, base) => {
      await parkingAt('Adresse')(page, base);
      await page.getByRole('combobox', { name: /adresse/u }).fill('Søndergade');
      await page.getByRole('option').first().waitFor();
    },
  },
  { name: '/parkering: the exit page (a company car)', status: 200, reach: parkingAt('exit') },
  {
    name: '/parkering: a step opened again from "Tjek dine svar" ("Rediger")',
    status: 200,
    reach: async (page, base) => {
      await parkingAt('Tjek dine svar')(page, base);
      await page.getByRole('link', { name: 'Rediger mobilnummer' }).click();
      await page.getByRole('heading', { name: 'Om dig' }).waitFor();
    },
  },

  {
    name: '/parkering: the receipt',
    status: 200,
    reach: async (page, base) => {
      await parkingAt('Tjek dine svar')(page, base);
      await page.getByRole('button', { name: 'Send ansøgningen' }).click();
      await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    },
  },
  {
    name: '/parkering: the server sends the form back (422)',
    status: 422,
    reach: async (page, base) => {
      await parkingAt('Om dig')(page, base); // where the server has the demo login, logged in
      await postForm(page, {
        action: '/parkering',
        fields: { bil: 'egen', registreringsnummer: 'ABC 1234', startdato: '2020-01-01' },
      });
    },
  },
  {
    name: '/parkering: a draft kept on the server is offered',
    status: 200,
    reach: async (page, base) => {
      const saved = page.waitForResponse(
        (answer) =>
          answer.request().method() === 'PUT' &&
          new URL(answer.url()).pathname === '/kladder/parkering' &&
          answer.ok(),
      );
      await parkingAt('Adresse')(page, base);
      const save = page.getByRole('button', { name: 'Gem kladde' });
      if ((await save.count()) > 0) await save.click(); // a page that keeps a draft when asked
      await saved; // (a page that keeps it on each step has done so already)
      await visit(page, base, '/parkering'); // later, in the same browser: the same session
      await page.getByText(/^Du har en kladde fra/u).waitFor();
    },
  },

  // ── The demo login ("Log ind med MitID (demo)") and what a logged-in citizen sees ──
  // ── The same application, one server-rendered page a step, without the host's script ──
  {
    name: '/parkering/trinvis: the start page',
    status: 200,
    reach: (page, base) => visit(page, base, '/parkering/trinvis'),
  },
  ...STEPWISE_PAGES.map((slug): SweepRow => ({
    name: `/parkering/trinvis/${slug}`,
    status: 200,
    reach: stepwiseAt(slug),
  })),
  {
    name: '/parkering/trinvis/om-dig: the server sends the step back (422), the summary focused',
    status: 422,
    reach: async (page, base) => {
      await walkStepwise(page, base, 'om-dig');
      await postForm(page, { action: '/parkering/trinvis/om-dig', fields: {} });
      await page.locator('bf-error-summary [part~="summary"]').waitFor();
    },
  },
  {
    name: '/parkering/trinvis/dokumentation: a held file listed again',
    status: 200,
    reach: async (page, base) => {
      await walkStepwise(page, base, 'erklaering');
      await page.getByRole('link', { name: 'Tilbage' }).click();
      await page.waitForURL((url) => url.pathname === '/parkering/trinvis/dokumentation');
      await page.locator('bf-file-upload bf-stored-file').waitFor({ state: 'attached' });
    },
  },
  { name: '/parkering/trinvis/ikke-muligt (the exit page)', status: 200, reach: stepwiseAt('exit') },
  {
    name: '/parkering/trinvis: the receipt',
    status: 200,
    reach: async (page, base) => {
      await walkStepwise(page, base, 'tjek');
      await page.getByRole('button', { name: 'Send ansøgningen' }).click();
      await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    },
  },

  { name: '/log-ind (the demo login)', status: 200, reach: (page, base) => visit(page, base, '/log-ind') },
  {
    name: '/log-ind: "Log ind" with nobody chosen',
    status: 200,
    reach: async (page, base) => {
      await visit(page, base, '/log-ind');
      await failedSubmit(page, 'Log ind');
    },
  },
  {
    name: '/log-ind: the server sends it back, nobody chosen (422)',
    status: 422,
    reach: async (page, base) => {
      await visit(page, base, '/log-ind');
      await postForm(page, { action: '/log-ind', fields: {} });
    },
  },
  {
    // The other steps are swept logged in as the first citizen (sweep/parking-walk.ts); this is the longest name.
    name: '/parkering: bf-header with the longest name of the register and "Log af"',
    status: 200,
    reach: async (page, base) => {
      await logInInBrowser(page, base, AASE);
      await page.locator('bf-header').getByText(AASE.name).waitFor();
    },
  },
  {
    name: '/parkering: the session-timeout warning open',
    status: 200,
    reach: async (page, base) => {
      // The page's clock is Playwright's: run on to the warning (2 minutes before the end of a
      // 30-minute session), then on at its own pace, with the checks well inside those 2 minutes.
      await page.clock.install();
      await logInInBrowser(page, base, BO);
      const timeout = page.locator('bf-session-timeout');
      const warnBefore = Number(await timeout.getAttribute('warn-before'));
      const left = await timeout.evaluate(
        (element) => Number((element as HTMLElement & { expiresAt: string }).expiresAt) - Date.now(),
      );
      await page.clock.runFor(left - warnBefore * 1000 + 500);
      await page.getByText('Du er ved at blive logget af').waitFor();
    },
  },
  {
    name: '/logget-af: after "Log af" in the header',
    status: 200,
    reach: async (page, base) => {
      await logInInBrowser(page, base, BO);
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/logget-af'),
        page.getByRole('button', { name: 'Log af' }).click(),
      ]);
      await settled(page);
    },
  },
  {
    name: '/parkering: a POST with nobody logged in (401)',
    status: 401,
    reach: async (page, base) => {
      await visit(page, base, '/parkering');
      await postForm(page, { action: '/parkering', fields: { bil: 'egen' } });
    },
  },

  // ── The guards: a token gone stale brings the form back ──
  {
    name: '/: a token gone stale (403, the form filled back in)',
    status: 403,
    reach: async (page, base) => {
      await fillContactForm(page, base);
      await page.context().clearCookies({ name: 'bf_demo_csrf' }); // a cleared cookie, a new browser session
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByText(/siden var for gammel/u).waitFor();
      await settled(page);
    },
  },
  {
    name: '/log-ind: a token gone stale (403, the login again)',
    status: 403,
    reach: async (page, base) => {
      await visit(page, base, '/log-ind');
      await page.context().clearCookies({ name: 'bf_demo_csrf' });
      await page.getByRole('radio', { name: BO.name }).check();
      await page.getByRole('button', { name: 'Log ind' }).click();
      await page.getByText(/siden var for gammel/u).waitFor();
      await settled(page);
    },
  },

  // ── The CMS page ("Skriv til kommunen", the municipality's own page) ──
  {
    name: '/cms/kontakt (a CMS page)',
    status: 200,
    reach: (page, base) => visit(page, base, '/cms/kontakt'),
  },
  {
    name: '/cms/kontakt: a failed submit',
    status: 200,
    reach: async (page, base) => {
      await visit(page, base, '/cms/kontakt');
      await failedSubmit(page, 'Send beskeden');
    },
  },
  {
    name: '/cms/kontakt: the server sends it back (422)',
    status: 422,
    reach: async (page, base) => {
      await visit(page, base, '/cms/kontakt');
      await postForm(page, {
        action: '/cms/kontakt',
        fields: { navn: 'Bo', email: 'ikke en adresse', emne: 'andet' },
      });
    },
  },
  {
    name: '/cms/kontakt: the receipt',
    status: 200,
    reach: async (page, base) => {
      await visit(page, base, '/cms/kontakt');
      await page.getByRole('textbox', { name: /Navn/u }).fill('Bo Nørgaard');
      await page.getByRole('textbox', { name: /E-mail/u }).fill('bo@eksempel.dk');
      await page.getByRole('radio', { name: 'Affald og genbrug' }).check();
      await page.getByRole('textbox', { name: /besked/u }).fill('Skraldespanden blev ikke tømt.');
      await page.getByRole('button', { name: 'Send beskeden' }).click();
      await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    },
  },

  // ── "Modtagne ansøgninger": the case-worker pages ──
  {
    name: '/sagsbehandling/log-ind (the case workers’ demo login)',
    status: 200,
    reach: (page, base) => visit(page, base, '/sagsbehandling'), // anyone not logged in is sent there
  },
  {
    name: '/sagsbehandling/log-ind: "Log ind" with nobody chosen',
    status: 200,
    reach: async (page, base) => {
      await visit(page, base, '/sagsbehandling/log-ind');
      await failedSubmit(page, 'Log ind');
    },
  },
  {
    name: '/sagsbehandling/log-ind: the server sends it back, nobody chosen (422)',
    status: 422,
    reach: async (page, base) => {
      await visit(page, base, '/sagsbehandling/log-ind');
      await postForm(page, { action: '/sagsbehandling/log-ind', fields: {} });
    },
  },
  {
    name: '/sagsbehandling: the list of received applications',
    status: 200,
    reach: async (page, base) => {
      await sendContactForm(page, base); // at least one in the list
      await logInAsCaseWorker(page, base);
      await page.locator('.casework-table').waitFor();
    },
  },
  {
    name: '/sagsbehandling/ansoegninger/…: a parking application with a file',
    status: 200,
    reach: async (page, base) => {
      await parkingAt('Tjek dine svar')(page, base);
      await page.getByRole('button', { name: 'Send ansøgningen' }).click();
      const reference = page.locator('.demo-reference');
      await reference.waitFor();
      const sent = (await reference.textContent()) ?? '';
      await logInAsCaseWorker(page, base, 'Yusuf Lindholm');
      await page.getByRole('link', { name: sent }).click();
      await page.getByRole('heading', { name: `Ansøgning ${sent}`, level: 1 }).waitFor();
      await page.getByRole('link', { name: /^Hent filen registreringsattest\.pdf/u }).waitFor();
    },
  },

  // ── The server's error pages, each reached as a browser reaches it ──
  {
    name: 'an address that does not exist (404)',
    status: 404,
    reach: (page, base) => visit(page, base, '/findes-ikke'),
  },
  {
    name: 'a GET of an address that only takes POST (405)',
    status: 405,
    reach: (page, base) => visit(page, base, '/submit'),
  },
  {
    name: 'an address that cannot be read (400)',
    status: 400,
    reach: (page, base) => visit(page, base, '/%E0%A4%A'),
  },
  {
    name: 'a form sent as text/plain (415)',
    status: 415,
    reach: async (page, base) => {
      await visit(page, base, '/');
      await postForm(page, { action: '/submit', enctype: 'text/plain', fields: { navn: 'Bo' } });
    },
  },
  {
    name: 'a form over 10 MB (413)',
    status: 413,
    reach: async (page, base) => {
      await visit(page, base, '/');
      await postForm(page, { action: '/submit', fields: { besked: 'x'.repeat(10 * 1024 * 1024 + 1) } });
    },
  },
  {
    // A browser never sends this PUT from a page: the server's real answer to it (sent by Playwright
    // with the other origin) is given to the browser as the answer to a GET of the same address.
    name: 'a draft change from another origin (403)',
    status: 403,
    reach: async (page, base) => {
      const address = new URL('/kladder/parkering', base).href;
      await page.route(address, async (route) =>
        route.fulfill({
          response: await route.fetch({
            method: 'PUT',
            headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
            postData: '{}',
          }),
        }),
      );
      await visit(page, base, '/kladder/parkering');
    },
  },
];

/**
 * Rows on a server that cannot keep a file (its folder for held files is a file): a form sent back
 * with an attached file fails there, and the citizen gets the server's 500 page.
 */
export const BROKEN_SERVER_ROWS: SweepRow[] = [
  {
    name: 'the server fails (500)',
    status: 500,
    reach: async (page, base) => {
      await visit(page, base, '/flytning');
      await postForm(page, {
        action: '/flytning',
        enctype: 'multipart/form-data',
        fields: { postnummer: '12' },
        files: { lejekontrakt: 'lejekontrakt.pdf' },
      });
    },
  },
];

/** How long a login lasts on the server of `SESSION_ENDED_ROWS`: the warning shows at once. */
export const SHORT_SESSION_SECONDS = 20;

/** Logs in, and waits until the session has run out and the page has gone to "Du er logget af". */
async function sessionRanOut(page: Page, base: string): Promise<void> {
  await logInInBrowser(page, base, BO);
  await page.waitForURL((url) => url.pathname === '/logget-af', {
    timeout: (SHORT_SESSION_SECONDS + 20) * 1000,
  });
}

/**
 * Rows on a server whose logins last `SHORT_SESSION_SECONDS`: what a citizen whose session ran out
 * sees ("Du er blevet logget af"), on the pages that say so.
 */
export const SESSION_ENDED_ROWS: SweepRow[] = [
  {
    name: '/log-ind: after the session ran out',
    status: 200,
    reach: async (page, base) => {
      await sessionRanOut(page, base);
      await visit(page, base, '/log-ind');
      await page.getByText('Du er blevet logget af').waitFor();
    },
  },
  {
    name: '/parkering: the start page after the session ran out',
    status: 200,
    reach: async (page, base) => {
      await sessionRanOut(page, base);
      await visit(page, base, '/parkering');
      await page.getByText('Du er blevet logget af').waitFor();
    },
  },
  {
    name: '/parkering: a POST after the session ran out (401)',
    status: 401,
    reach: async (page, base) => {
      await sessionRanOut(page, base);
      await visit(page, base, '/parkering');
      await postForm(page, { action: '/parkering', fields: { bil: 'egen' } });
      await page.getByRole('heading', { name: 'Du er blevet logget af', level: 1 }).waitFor();
    },
  },
];
