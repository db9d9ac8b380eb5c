/**
 * The page sweep's way through "Ansøg om beboerlicens til parkering" (/parkering): a citizen with a
 * mouse answering each step until the step asked for shows, so the sweep can check every step, the
 * exit page and the receipt. (test/e2e/parking.test.ts goes through it by keyboard and checks the flow.)
 */
import type { Page } from 'playwright-core';

/** The pages of the flow in order, by their heading; the exit page follows "Køretøj" for a company car. */
export const PARKING_STEPS = [
  'Om dig',
  'Adresse',
  'Køretøj',
  'Periode',
  'Dokumentation',
  'Erklæring',
  'Tjek dine svar',
] as const;
export type ParkingStep = (typeof PARKING_STEPS)[number];

/** Waits until every element of the page's form is defined and rendered. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main *')].every(
      (el) => !el.localName.startsWith('bf-') || customElements.get(el.localName),
    ),
  );
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('main *'))
      await el.updateComplete;
  });
}

/** The heading of the page of the flow that shows (the start page, a step or the exit page). */
export function shownHeading(page: Page): Promise<string> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('bf-step, bf-exit, bf-intro')].find(
      (element) => !(element as HTMLElement).hidden,
    );
    return shown?.shadowRoot?.querySelector('h1')?.textContent?.trim() ?? '';
  });
}

async function next(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Næste' }).click();
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('bf-step, bf-exit')].some(
        (element) =>
          !(element as HTMLElement).hidden &&
          element.shadowRoot?.querySelector('h1')?.textContent?.trim() === wanted,
      ),
    heading,
  );
}

/** The CPR number the demo login showed for the citizen logged in on a page (the login branch). */
const loggedInCpr = new WeakMap<Page, string>();

/**
 * On a server with the demo login ("Log ind med MitID (demo)" at /log-ind), "Gå i gang" leads there:
 * the citizen logs in as the first fictional person, keeping the CPR number the page shows for them,
 * and comes back to the application, a draft left by another row thrown away. On a server without
 * it, the flow starts at once.
 */
async function logInIfAsked(page: Page): Promise<void> {
  await page.waitForFunction(
    () => location.pathname === '/log-ind' || document.querySelector('bf-step:not([hidden])') !== null,
  );
  if (new URL(page.url()).pathname !== '/log-ind') return;
  await settled(page);
  const hint = (await page.locator('bf-option').first().getAttribute('hint')) ?? '';
  const cpr = /(\d{6})-?(\d{4})/u.exec(hint);
  if (cpr) loggedInCpr.set(page, `${cpr[1]}${cpr[2]}`);
  await page.getByRole('radio').first().check();
  // The rows share one server, so another row may have left a draft for this citizen (a step change
  // or a form sent back keeps one): the page asks for it on load, and "Start forfra" throws it away,
  // so each row reaches its own state.
  const draft = page.waitForResponse(
    (answer) =>
      answer.request().method() === 'GET' && new URL(answer.url()).pathname === '/kladder/parkering',
  );
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname === '/parkering');
  await settled(page);
  await page.waitForFunction(() => document.querySelector('bf-step:not([hidden])') !== null);
  if ((await draft).status() === 200) {
    await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === 'DELETE' && answer.ok()),
      page.getByRole('button', { name: 'Start forfra' }).click(),
    ]);
  }
}

/** What each step needs before "Næste" lets the citizen on. */
const ANSWER: Record<ParkingStep, (page: Page) => Promise<void>> = {
  'Om dig': async (page) => {
    const cpr = loggedInCpr.get(page);
    if (cpr) await page.getByRole('textbox', { name: /CPR-nummer/u }).fill(cpr);
    await page.getByRole('textbox', { name: /Mobilnummer/u }).fill('12345678');
    await page.getByRole('textbox', { name: /E-mail/u }).fill('bo@eksempel.dk');
  },
  Adresse: async (page) => {
    await page.getByRole('combobox', { name: /adresse/u }).fill('Søndergade 3');
    await page.getByRole('option', { name: /Søndergade 3, 3\. 12/u }).click();
  },
  Køretøj: async (page) => {
    await page.getByRole('radio', { name: 'Jeg ejer eller leaser bilen' }).check();
    await page.getByRole('textbox', { name: /registreringsnummer/u }).fill('AB 12 345');
  },
  Periode: async (page) => {
    const parts = page.locator('bf-date-input[name=startdato] input');
    await parts.nth(0).fill('1');
    await parts.nth(1).fill('3');
    await parts.nth(2).fill(String(new Date().getFullYear() + 1));
    await page.getByRole('radio', { name: '1 år' }).check();
  },
  Dokumentation: async (page) => {
    await page.locator('bf-file-upload[name=dokumentation] input[type=file]').setInputFiles({
      name: 'registreringsattest.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 registreringsattest'),
    });
  },
  Erklæring: async (page) => {
    await page.locator('bf-declaration[name=erklaering] input[type=checkbox]').check();
  },
  'Tjek dine svar': async () => {},
};

/**
 * From the start page (already open) to `target`: "Gå i gang" (and the demo login, where the server
 * has it), then each step answered and left with "Næste". `'exit'` answers "Køretøj" with a company car the citizen does not have and goes on to the
 * exit page.
 */
export async function walkTo(page: Page, target: ParkingStep | 'exit'): Promise<void> {
  await page.getByRole('button', { name: 'Gå i gang' }).click();
  await logInIfAsked(page);
  for (const [index, step] of PARKING_STEPS.entries()) {
    if (step === target) return;
    if (target === 'exit' && step === 'Køretøj') {
      await page.getByRole('radio', { name: /som jeg ikke har til rådighed/u }).check();
      await page.getByRole('textbox', { name: /registreringsnummer/u }).fill('AB 12 345');
      return next(page, 'Du kan ikke få beboerlicens til bilen');
    }
    await ANSWER[step](page);
    await next(page, PARKING_STEPS[index + 1]);
  }
}
