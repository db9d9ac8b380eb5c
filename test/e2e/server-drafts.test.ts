/**
 * Drafts on the demo's server (issue 16 with issue 13's HttpDraftStore): the parking application saves
 * its draft through `/kladder/{key}`, kept in SQLite for the browser's session; coming back in the
 * same session offers it, another session never sees it, and a change from another origin is refused.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, startDemoServer } from './support.js';

const demo = demoInBrowser(startDemoServer);

async function open(page: Page): Promise<void> {
  const response = await page.goto(new URL('/parkering', demo.url).href);
  expect(response?.status()).toBe(200);
  await page.waitForFunction(() => customElements.get('bf-form') !== undefined);
  await page.evaluate(async () => {
    const form = document.querySelector<HTMLElement & { drafts: { ready: Promise<void> } }>('bf-form')!;
    await form.drafts.ready;
  });
}

const posted = (page: Page, name: string) =>
  page.evaluate((field) => new FormData(document.querySelector('form')!).get(field), name);

describe('drafts on the server (/parkering)', () => {
  it('"Gem kladde" keeps the answers for the session; back in the same session the draft is offered and brings them back', async () => {
    const page = await demo.newPage({ locale: 'da-DK' });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await open(page);
    await page.getByRole('button', { name: 'Gå i gang' }).click();
    await page.getByRole('textbox', { name: /Mobilnummer/u }).fill('12345678');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Gemt kl\./u })
          .count(),
      )
      .toBe(1);

    const again = await page.context().newPage(); // the same browser, later: the same session cookie
    await open(again);
    await expect.poll(() => again.getByText(/^Du har en kladde fra/u).count()).toBe(1);
    expect(await posted(again, 'telefon'), 'nothing filled in before the citizen chooses').not.toBe(
      '+4512345678',
    );
    await again.getByRole('button', { name: 'Fortsæt med kladden' }).click();
    await expect.poll(() => posted(again, 'telefon')).toBe('+4512345678');
    expect(problems, 'no failed request or script error').toEqual([]);

    const stranger = await demo.newPage({ locale: 'da-DK' }); // another browser: another session
    await open(stranger);
    expect(await stranger.getByText(/^Du har en kladde fra/u).count()).toBe(0);
  });

  it('refuses a change that does not come from the page’s own origin', async () => {
    const put = await fetch(new URL('/kladder/parkering', demo.url), {
      method: 'PUT',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ schema: 1, savedAt: 0, step: 0, values: { telefon: '+4500000000' } }),
    });
    expect(put.status).toBe(403);
    const none = await fetch(new URL('/kladder/parkering', demo.url));
    expect(none.status, 'a new session has no draft').toBe(204);
    const badKey = await fetch(new URL('/kladder/..%2Fx', demo.url));
    expect(badKey.status).toBe(404);
  });
});
