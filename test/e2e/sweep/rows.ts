/**
 * Every page and state of the demo that the page sweep (test/e2e/page-sweep.test.ts) checks, one row
 * each. A new page or state is one more row: its name, the status of the document it ends on, and
 * how a citizen's browser gets there from a fresh page (a navigation, then clicks and typing).
 * `BROKEN_SERVER_ROWS` run on a server made to fail (the 500 page). Not swept: the component
 * catalogue (/catalogue/, Storybook's own pages without the server's policy; each story runs under axe
 * in the storybook project).
 */
import type { Page } from 'playwright-core';
import { settled, walkTo, type ParkingStep } from './parking-walk.js';

export interface SweepRow {
  /** What the citizen sees, e.g. `/parkering: step "Adresse"`. */
  name: string;
  /** The status of the document the state ends on. */
  status: number;
  /** Brings a fresh page (the sweep listening to it already) to the state; `base` is the server's address. */
  reach(page: Page, base: string): Promise<void>;
}

/** Opens `path` and waits until its elements have rendered. */
async function visit(page: Page, base: string, path: string): Promise<void> {
  await page.goto(new URL(path, base).href);
  await settled(page);
}

/**
 * Submits a form made in the page, as a browser without the library's check would send it: the hidden
 * inputs of the page's own form (a CSRF token, a one-time submission id, when the server writes them),
 * then `fields`, and `files` (name → file name) as small PDFs chosen in file inputs.
 */
async function postForm(
  page: Page,
  form: { action: string; enctype?: string; fields: Record<string, string>; files?: Record<string, string> },
): Promise<void> {
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate(({ action, enctype, fields, files = {} }) => {
      const element = document.createElement('form');
      const own = document.querySelector(`form[action="${new URL(action, location.href).pathname}"]`);
      for (const hidden of own?.querySelectorAll('input[type=hidden]') ?? [])
        element.append(hidden.cloneNode());
      Object.assign(element, {
        method: 'post',
        action,
        enctype: enctype ?? 'application/x-www-form-urlencoded',
      });
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement('textarea');
        Object.assign(input, { name, value, hidden: true });
        element.append(input);
      }
      for (const [name, fileName] of Object.entries(files)) {
        const input = Object.assign(document.createElement('input'), { type: 'file', name, hidden: true });
        const chosen = new DataTransfer();
        chosen.items.add(new File(['%PDF-1.4'], fileName, { type: 'application/pdf' }));
        input.files = chosen.files;
        element.append(input);
      }
      document.body.append(element);
      element.submit();
    }, form),
  ]);
  await settled(page);
}

/** The parking application's start page, then the flow to `step`. */
function parkingAt(step: ParkingStep | 'exit'): SweepRow['reach'] {
  return async (page, base) => {
    await visit(page, base, '/parkering');
    await walkTo(page, step);
  };
}

/** A failed submit in the browser: the library's errors and the error summary show. */
async function failedSubmit(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction(() => document.querySelectorAll('form [user-invalid]').length > 0);
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
    reach: async (page, base) => {
      await visit(page, base, '/');
      await page.getByRole('textbox', { name: /Fornavn/u }).fill('Åse');
      await page.getByRole('textbox', { name: /Efternavn/u }).fill('Ærø');
      await page.getByRole('textbox', { name: /E-mail/u }).fill('aase@eksempel.dk');
      await Promise.all([page.waitForURL('**/submit'), page.getByRole('button', { name: 'Send' }).click()]);
    },
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
