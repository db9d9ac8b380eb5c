/**
 * The parking application (/parkering) keeps the citizen's answers when the page is reloaded mid-flow
 * and when the browser's back and forward buttons move between its steps, logged in through the demo
 * login; the session and the citizen stay the same across the reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BO, logInInBrowser } from './login-support.js';
import { demoInBrowser } from './support.js';

const demo = demoInBrowser();

/** The step shown now, by its h1. */
const shownHeading = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll('bf-step, bf-exit, bf-intro')].find(
      (element) => !(element as HTMLElement).hidden,
    );
    return shown?.shadowRoot?.querySelector('h1')?.textContent?.trim() ?? '';
  });

/** What the form would send under a name now. */
const posted = (page: Page, name: string) =>
  page.evaluate(
    (field) => new FormData(document.querySelector('main form') as HTMLFormElement).get(field),
    name,
  );

/** Waits until every element of the form is defined and rendered. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('form *')].every(
      (el) => !el.localName.startsWith('bf-') || customElements.get(el.localName),
    ),
  );
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('form *'))
      await el.updateComplete;
  });
}

async function next(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Næste' }).click();
  await expect.poll(() => shownHeading(page)).toBe(heading);
}

describe('reload and the back button (/parkering)', () => {
  it('keep every answer: a reload mid-flow stays on the step, back and forward move between steps', async () => {
    const page = await demo.newPage({ locale: 'da-DK' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await logInInBrowser(page, demo.url, BO);
    await settled(page);
    await page.getByRole('textbox', { name: /CPR-nummer/u }).fill(BO.cpr);
    await page.getByRole('textbox', { name: /Mobilnummer/u }).fill('12345678');
    await page.getByRole('textbox', { name: /E-mail/u }).fill('bo@eksempel.dk');
    await next(page, 'Adresse');
    await page.getByRole('combobox').fill('Søndergade 3');
    await page.getByRole('option').first().click();
    await next(page, 'Køretøj');
    await page.getByRole('radio', { name: 'Jeg ejer eller leaser bilen' }).check();
    await page.getByRole('textbox', { name: /registreringsnummer/u }).fill('ab 12345');
    await page.getByRole('textbox', { name: /registreringsnummer/u }).blur();

    await page.reload();
    await settled(page);
    await expect.poll(() => shownHeading(page)).toBe('Køretøj');
    await expect.poll(() => posted(page, 'registreringsnummer')).toBe('ab 12345');
    expect(await posted(page, 'bil')).toBe('egen');
    expect(await posted(page, 'adresse')).toBe(BO.address);
    expect(await posted(page, 'telefon')).toBe('+4512345678');
    expect(await posted(page, 'email')).toBe('bo@eksempel.dk');
    expect(await posted(page, 'navn')).toBe(BO.name);
    expect(
      await page.getByText(/^Du har en kladde fra/u).count(),
      'the reload kept the answers: no draft offered',
    ).toBe(0);
    expect(
      await page.locator('bf-header').evaluate((header) => header.shadowRoot?.textContent),
      'still logged in',
    ).toContain(BO.name);

    await page.goBack();
    await expect.poll(() => shownHeading(page)).toBe('Adresse');
    expect(await posted(page, 'adresse')).toBe(BO.address);
    await page.goBack();
    await expect.poll(() => shownHeading(page)).toBe('Om dig');
    expect(await posted(page, 'telefon')).toBe('+4512345678');
    await page.goForward();
    await page.goForward();
    await expect.poll(() => shownHeading(page)).toBe('Køretøj');
    expect(await posted(page, 'registreringsnummer')).toBe('ab 12345');
    expect(await posted(page, 'bil')).toBe('egen');
    expect(problems).toEqual([]);
  });
});
