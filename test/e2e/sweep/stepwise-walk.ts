/**
 * The page sweep's way through the stepwise parking application (/parkering/trinvis): a citizen with a
 * mouse, logged in from its start page, starting over, and answering each step's page until the page
 * asked for shows, so the sweep can check every step, "Tjek dine svar", the exit page and the receipt.
 * (test/e2e/parking-stepwise.test.ts goes through it by keyboard and checks the flow.)
 */
import type { Page } from 'playwright-core';
import { SOEREN } from '../login-support.js';
import { settled } from './parking-walk.js';

const BASE = '/parkering/trinvis';

/** Its pages in order, by their last path segment. */
export const STEPWISE_PAGES = [
  'om-dig',
  'adresse',
  'koeretoej',
  'periode',
  'dokumentation',
  'erklaering',
  'tjek',
] as const;
export type StepwisePage = (typeof STEPWISE_PAGES)[number];

/** Waits for the variant's page `slug` after a navigation, its elements rendered. */
async function arrived(page: Page, slug: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === `${BASE}/${slug}`);
  await settled(page);
}

/** "Næste" (a native POST), then the next page. */
async function next(page: Page, slug: string): Promise<void> {
  await Promise.all([arrived(page, slug), page.getByRole('button', { name: 'Næste' }).click()]);
}

/** Each page's answers, given with the mouse and typing, then "Næste". */
const ANSWER: Record<Exclude<StepwisePage, 'tjek'>, (page: Page) => Promise<void>> = {
  'om-dig': async (page) => {
    await page.locator('bf-cpr-input input').fill(SOEREN.cpr);
    await page.locator('bf-phone-input input').fill('12345678');
    await page.locator('bf-text-field[name=email] input').fill('soeren@eksempel.dk');
    await next(page, 'adresse');
  },
  adresse: async (page) => {
    await page.getByRole('textbox', { name: 'Vejnavn' }).fill('Vestergade');
    await page.getByRole('textbox', { name: 'Husnummer' }).fill('12B');
    await page.getByRole('textbox', { name: 'Postnummer' }).fill('8000');
    await page.getByRole('textbox', { name: 'By' }).fill('Aarhus C');
    await next(page, 'koeretoej');
  },
  koeretoej: async (page) => {
    await page.getByRole('radio', { name: 'Jeg ejer eller leaser bilen' }).check();
    await page.locator('bf-text-field[name=registreringsnummer] input').fill('AB 12 345');
    await next(page, 'periode');
  },
  periode: async (page) => {
    await page.getByLabel('Dag', { exact: true }).fill('1');
    await page.getByLabel('Måned', { exact: true }).fill('3');
    await page.getByLabel('År', { exact: true }).fill(String(new Date().getFullYear() + 1));
    await page.getByRole('radio', { name: '1 år' }).check();
    await next(page, 'dokumentation');
  },
  dokumentation: async (page) => {
    await page.locator('bf-file-upload input[type=file]').setInputFiles({
      name: 'registreringsattest.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 registreringsattest'),
    });
    await next(page, 'erklaering');
  },
  erklaering: async (page) => {
    await page.getByRole('checkbox').check();
    await next(page, 'tjek');
  },
};

/**
 * Logs in from the variant's start page (as Søren, so no other row's answers are his), starts over,
 * and answers the pages before `target`; `exit`: the company car's answer on "Køretøj" leads to the
 * exit page.
 */
export async function walkStepwise(page: Page, base: string, target: StepwisePage | 'exit'): Promise<void> {
  await page.goto(new URL(BASE, base).href);
  await settled(page);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/log-ind'),
    page.getByRole('link', { name: 'Gå i gang' }).click(),
  ]);
  await settled(page);
  await page.getByRole('radio', { name: SOEREN.name }).check();
  await Promise.all([arrived(page, 'om-dig'), page.getByRole('button', { name: 'Log ind' }).click()]);
  await page.goto(new URL(BASE, base).href);
  await settled(page);
  const startOver = page.getByRole('button', { name: 'Start forfra uden dem' });
  if (await startOver.count()) await Promise.all([arrived(page, 'om-dig'), startOver.click()]);
  else await Promise.all([arrived(page, 'om-dig'), page.getByRole('link', { name: 'Gå i gang' }).click()]);
  const last = target === 'exit' ? 'koeretoej' : target;
  for (const slug of STEPWISE_PAGES) {
    if (slug === last || slug === 'tjek') break;
    await ANSWER[slug](page);
  }
  if (target === 'exit') {
    await page.getByRole('radio', { name: 'Det er en firmabil, som jeg ikke har til rådighed' }).check();
    await page.locator('bf-text-field[name=registreringsnummer] input').fill('AB 12 345');
    await Promise.all([
      page.waitForURL((url) => url.pathname === `${BASE}/ikke-muligt`),
      page.getByRole('button', { name: 'Næste' }).click(),
    ]);
    await settled(page);
  }
}

/** A sweep row's way there: the variant walked to `target`. */
export function stepwiseAt(target: StepwisePage | 'exit'): (page: Page, base: string) => Promise<void> {
  return (page, base) => walkStepwise(page, base, target);
}
