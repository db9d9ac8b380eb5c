/**
 * The session-timeout warning on the parking application against a server whose logins last 24
 * seconds: the page's clock is Playwright's fake clock, the server's is real. The warning opens when
 * the page's countdown says so and saves the answers; "Forbliv logget på" moves the session's end on
 * the server (a POST after the first end is still taken) and the page's countdown to the same moment;
 * once the time is up the page goes to "Du er logget af", the server refuses a POST with a Danish
 * page, and the answers come back as a draft after logging in again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BO, logInInBrowser } from './login-support.js';
import { demoInBrowser, startDemoServer } from './support.js';

const SESSION_SECONDS = 24; // the warning opens 20 seconds before the end (the least it may)
const demo = demoInBrowser(() => startDemoServer({ sessionSeconds: SESSION_SECONDS }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The warning's dialog: whether it is open, its text, and what has focus in it. */
const warning = (page: Page) =>
  page.locator('bf-session-timeout').evaluate((element) => {
    const dialog = element.shadowRoot?.querySelector('dialog');
    return {
      open: dialog?.open ?? false,
      text: dialog?.textContent?.replace(/\s+/gu, ' ').trim() ?? '',
      focused: element.shadowRoot?.activeElement?.textContent?.trim() ?? '',
    };
  });

/** Milliseconds until the end the page's countdown is set to, on the page's own clock. */
const pageMsLeft = (page: Page) =>
  page
    .locator('bf-session-timeout')
    .evaluate((element) => Number((element as HTMLElement & { expiresAt: string }).expiresAt) - Date.now());

/** POSTs the form as it is now from the page (the answers are not complete: a live session gets 422). */
const postForm = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/parkering', {
      method: 'POST',
      body: new FormData(document.querySelector('main form') as HTMLFormElement),
    });
    return { status: response.status, text: await response.text() };
  });

describe('the session-timeout warning (/parkering, a 24-second session)', () => {
  it(
    'warns, extends the session on the server, and after the end refuses with a Danish page while the answers survive',
    { timeout: 90_000 },
    async () => {
      const page = await demo.newPage({ locale: 'da-DK' });
      await page.clock.install();
      await logInInBrowser(page, demo.url, BO);
      const loggedInAt = Date.now(); // the server's session ends about SESSION_SECONDS after this
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100); // the page's time stands still
      expect(await page.locator('bf-session-timeout').getAttribute('warn-before')).toBe('20');
      const left = await pageMsLeft(page);
      expect(left).toBeGreaterThan((SESSION_SECONDS - 3) * 1000); // what the server said, on the page's clock
      expect(left).toBeLessThanOrEqual(SESSION_SECONDS * 1000);
      expect((await warning(page)).open).toBe(false);

      await page.getByRole('textbox', { name: /Mobilnummer/u }).fill('12345678');
      await page.getByRole('textbox', { name: /E-mail/u }).fill('bo@eksempel.dk');
      await page.getByRole('textbox', { name: /E-mail/u }).focus();

      // The page's clock runs to 20 seconds before the end: the warning opens and saves the answers.
      await page.clock.runFor(left - 20_000 + 500);
      await expect.poll(async () => (await warning(page)).open).toBe(true);
      await expect.poll(async () => (await warning(page)).text).toContain('Du er ved at blive logget af');
      await expect.poll(async () => (await warning(page)).text).toContain('Dine indtastede data er gemt.');
      expect((await warning(page)).focused).toBe('Forbliv logget på');

      // Some real time later (the page's clock stands still), "Forbliv logget på" by keyboard: the server
      // gives the session a full length again, which ends well after the first end.
      await sleep(loggedInAt + 8000 - Date.now());
      const [extended] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/session/forlaeng')),
        page.keyboard.press('Enter'),
      ]);
      const extendedAt = Date.now();
      expect(extended.status()).toBe(200);
      const { secondsLeft } = (await extended.json()) as { secondsLeft: number };
      await expect.poll(async () => (await warning(page)).open).toBe(false);
      const shown = await pageMsLeft(page);
      expect(Math.abs(shown - secondsLeft * 1000), 'the page counts down to the server’s end').toBeLessThan(
        1000,
      );
      const focusedField = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        const root = active?.getRootNode();
        return root instanceof ShadowRoot ? root.host.getAttribute('name') : null;
      });
      expect(focusedField, 'focus is back where it was').toBe('email');

      // Past the first end (real time): the session lives on, so the server takes a POST.
      await sleep(loggedInAt + SESSION_SECONDS * 1000 + 500 - Date.now());
      expect(Date.now(), 'the extended end is still ahead').toBeLessThan(
        extendedAt + SESSION_SECONDS * 1000 - 1000,
      );
      const taken = await postForm(page);
      expect(taken.status, 'checked (422), not refused (401)').toBe(422);

      // Past the extended end: the server refuses, in Danish.
      await sleep(extendedAt + SESSION_SECONDS * 1000 + 500 - Date.now());
      const refused = await postForm(page);
      expect(refused.status).toBe(401);
      expect(refused.text).toContain('<h1>Du er blevet logget af</h1>');
      expect(refused.text).toContain('Dine svar er gemt som kladde');

      // The page's clock reaches the end too: the warning says so and the page goes to "Du er logget af".
      await Promise.all([page.waitForURL(/\/logget-af$/u), page.clock.runFor(shown + 1000)]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Du er logget af');

      // Back to the application in the same browser: the session has ended, so the page (restored on
      // its step) goes to the login page, which says why; so does the start page.
      await Promise.all([page.waitForURL(/\/log-ind$/u), page.goBack()]);
      await expect.poll(() => page.getByText('Du er blevet logget af').count()).toBe(1);
      await page.goto(new URL('/parkering', demo.url).href);
      await expect.poll(() => page.getByText('Du er blevet logget af').count()).toBe(1);
      expect(await page.locator('bf-header[user]').count(), 'nobody is logged in').toBe(0);

      // Logged in again, the answers come back as a draft.
      await logInInBrowser(page, demo.url, BO);
      await page.getByRole('button', { name: 'Fortsæt med kladden' }).click();
      await expect
        .poll(() =>
          page.evaluate(() =>
            new FormData(document.querySelector('main form') as HTMLFormElement).get('telefon'),
          ),
        )
        .toBe('+4512345678');
    },
  );
});
