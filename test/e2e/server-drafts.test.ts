/**
 * Drafts on the demo's server (issue 16 with issue 13's HttpDraftStore): the parking application saves
 * its draft through `/kladder/{key}`, kept in SQLite for the logged-in citizen (not the browser), so
 * it survives closing the browser and logging in again; another citizen never sees it; nobody logged
 * in has no drafts; and a change from another origin is refused.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AASE, BO, logInInBrowser, logInOverHttp, originOf, SOEREN } from './login-support.js';
import { demoInBrowser, formGuards, startDemoServer, type FormGuards } from './support.js';

const demo = demoInBrowser(startDemoServer);

/** Logs in as a citizen in the page's browser and waits until the draft store has been asked. */
async function logInAndOpen(page: Page, citizen: typeof BO): Promise<void> {
  await logInInBrowser(page, demo.url, citizen);
  await page.evaluate(async () => {
    const form = document.querySelector<HTMLElement & { drafts: { ready: Promise<void> } }>('bf-form')!;
    await form.drafts.ready;
  });
}

const posted = (page: Page, name: string) =>
  page.evaluate(
    (field) => new FormData(document.querySelector('main form') as HTMLFormElement).get(field),
    name,
  );

const offered = (page: Page) => page.getByText(/^Du har en kladde fra/u).count();

describe('drafts on the server (/parkering)', () => {
  it('"Gem kladde" keeps the answers for the citizen: after closing the browser and logging in again the draft is offered and brings them back; another citizen is not offered it', async () => {
    const page = await demo.newPage({ locale: 'da-DK' });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await logInAndOpen(page, BO);
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
    expect(problems, 'no failed request or script error').toEqual([]);
    await page.context().close(); // the browser closes: its session cookie is gone

    const again = await demo.newPage({ locale: 'da-DK' }); // a new browser: no cookie until the login
    await logInAndOpen(again, BO);
    await expect.poll(() => offered(again)).toBe(1);
    expect(await posted(again, 'telefon'), 'nothing filled in before the citizen chooses').not.toBe(
      '+4512345678',
    );
    await again.getByRole('button', { name: 'Fortsæt med kladden' }).click();
    await expect.poll(() => posted(again, 'telefon')).toBe('+4512345678');

    const other = await demo.newPage({ locale: 'da-DK' }); // another citizen
    await logInAndOpen(other, AASE);
    expect(await offered(other)).toBe(0);
    expect(await posted(other, 'telefon')).not.toBe('+4512345678');
  });

  it('has no drafts for nobody logged in, and refuses a change that does not come from the page’s own origin', async () => {
    const none = await fetch(new URL('/kladder/parkering', demo.url));
    expect(none.status, 'nobody logged in').toBe(401);
    // A browser with the page open (its cookies and CSRF token) but nobody logged in.
    const visitor = await formGuards(demo.url, '/parkering');
    const tokenOf = (guards: FormGuards) => guards.entries.find(([name]) => name === 'bf-csrf')?.[1] ?? '';
    const anonymousPut = await fetch(new URL('/kladder/parkering', demo.url), {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        origin: originOf(demo.url),
        cookie: visitor.cookie,
        'x-csrf-token': tokenOf(visitor),
      },
      body: JSON.stringify({ schema: 1, savedAt: 0, step: 0, values: {} }),
    });
    expect(anonymousPut.status).toBe(401);

    // Has never opened the application; the page's token, but another origin.
    const guards = await formGuards(demo.url, '/parkering', {
      cookie: await logInOverHttp(demo.url, SOEREN),
    });
    const { cookie } = guards;
    const put = await fetch(new URL('/kladder/parkering', demo.url), {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example',
        cookie,
        'x-csrf-token': tokenOf(guards),
      },
      body: JSON.stringify({ schema: 1, savedAt: 0, step: 0, values: { telefon: '+4500000000' } }),
    });
    expect(put.status).toBe(403);
    const empty = await fetch(new URL('/kladder/parkering', demo.url), { headers: { cookie } });
    expect(empty.status, 'nothing was kept').toBe(204);
    const badKey = await fetch(new URL('/kladder/..%2Fx', demo.url), { headers: { cookie } });
    expect(badKey.status).toBe(404);
  });
});
