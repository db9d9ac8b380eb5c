/**
 * End-to-end: the CMS page (/cms/kontakt), a municipality's own page with its own stylesheet and one
 * module script from dist/cdn/, in Debian's Chromium under the server's strict policy: it asks for
 * nothing else, its form works (the library's checks in the page, then a native POST), the server
 * checks the answers again (422 with the CMS page and the messages), what is kept reaches the case
 * worker, and axe finds nothing. Needs `npm run build` first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logInAsCaseWorker } from './login-support.js';
import { axeViolations, elementsSettled, recordProblems } from './page-checks.js';
import { demoInBrowser } from './support.js';

const demo = demoInBrowser();

const MESSAGE = 'Skraldespanden blev ikke tømt <script>alert(1)</script> 🗑️';

/** Opens the CMS page, recording its problems and every request it makes. */
async function openCmsPage(): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await demo.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const problems = await recordProblems(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto(new URL('/cms/kontakt', demo.url).href);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await elementsSettled(page);
  return { page, problems, requests };
}

/** Focuses a field's native control through its host (delegatesFocus). */
async function focusField(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((element: HTMLElement) => element.focus());
}

describe('the CMS page (/cms/kontakt)', () => {
  it('is plain HTML with one module script from /dist/cdn/, and asks for nothing but the library and its stylesheet', async () => {
    const html = await (await fetch(new URL('/cms/kontakt', demo.url))).text();
    expect(html.match(/<script\b[^>]*>/gu)).toEqual(['<script type="module" src="/dist/cdn/borgerform.js">']);
    expect(html).toMatch(/<\/script>/u);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/iu); // no inline style, no handler attribute
    expect(html.match(/<link\b[^>]*>/gu)).toEqual(['<link rel="stylesheet" href="/cms/kommune.css">']); // as parse5 writes it

    const { page, problems, requests } = await openCmsPage();
    await page.waitForLoadState('networkidle');
    const origin = new URL(demo.url).origin;
    // The browser's own request for /favicon.ico is not the page's.
    const asked = requests.filter((url) => new URL(url).pathname !== '/favicon.ico');
    for (const url of asked) expect(new URL(url).origin, url).toBe(origin);
    const paths = asked.map((url) => new URL(url).pathname);
    expect(paths.slice(0, 1)).toEqual(['/cms/kontakt']);
    expect(paths.filter((path) => path !== '/cms/kontakt' && path !== '/cms/kommune.css')).toEqual(
      paths.filter((path) => path.startsWith('/dist/cdn/')),
    );
    expect(paths).toContain('/cms/kommune.css');
    expect(paths).toContain('/dist/cdn/borgerform.js');
    // The page's own look: its stylesheet applied, and its brand colour reaching the fields' tokens.
    expect(
      await page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor),
    ).toBe('rgb(31, 81, 53)');
    expect(problems).toEqual([]);
  });

  it("checks in the page first: an empty send shows the fields' Danish messages and the error summary, and posts nothing", async () => {
    const { page, problems } = await openCmsPage();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.getByRole('button', { name: 'Send beskeden' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('bf-error-summary');
    expect(await page.locator('bf-error-summary a').allTextContents()).toEqual([
      'Indtast navn',
      'Indtast e-mail',
      'Vælg, hvad det drejer sig om',
      'Skriv din besked',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(posts).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('is sent natively and kept: the receipt gives a reference, and the case worker finds the message as text', async () => {
    const { page, problems } = await openCmsPage();
    expect(await axeViolations(page)).toEqual([]);
    await focusField(page, 'bf-text-field[name=navn]');
    await page.keyboard.type('Bo Nørgaard');
    await focusField(page, 'bf-text-field[name=email]');
    await page.keyboard.type('bo@eksempel.dk');
    await focusField(page, 'bf-phone-input');
    await page.keyboard.type('12 34 56 78');
    await page.getByRole('radio', { name: 'Affald og genbrug' }).check();
    await focusField(page, 'bf-textarea');
    await page.keyboard.type(MESSAGE);
    const [request] = await Promise.all([
      page.waitForRequest((sent) => sent.method() === 'POST'),
      page.getByRole('button', { name: 'Send beskeden' }).click(),
    ]);
    expect(new URL(request.url()).pathname).toBe('/cms/kontakt');
    expect(request.headers()['content-type']).toBe('application/x-www-form-urlencoded'); // a native post
    await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    const reference = (await page.locator('.demo-reference').textContent()) ?? '';
    expect(reference).toMatch(/^EK-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
    expect(problems).toEqual([]);

    const caseWorker = await demo.newPage({ locale: 'da-DK' });
    await logInAsCaseWorker(caseWorker, demo.url, 'Sanne Mølgaard');
    const row = caseWorker.locator('tbody tr', { hasText: reference });
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').first().textContent()).toBe('Skriv til kommunen (CMS-side)');
    await caseWorker.getByRole('link', { name: reference }).click();
    const answers = await caseWorker
      .locator('.casework-summary dl div')
      .evaluateAll((rows) =>
        rows.map((r) => [r.querySelector('dt')?.textContent ?? '', r.querySelector('dd')?.textContent ?? '']),
      );
    expect(answers).toEqual([
      ['Navn', 'Bo Nørgaard'],
      ['E-mail', 'bo@eksempel.dk'],
      ['Telefonnummer', '12 34 56 78'],
      ['Hvad drejer det sig om?', 'Affald og genbrug'],
      ['Din besked', MESSAGE],
    ]);
    expect(await caseWorker.locator('main script').count()).toBe(0);
  });

  it('is checked again on the server: a POST past the page gets the CMS page back, 422, with the messages listed on load', async () => {
    const { page, problems } = await openCmsPage();
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.status() === 422),
      page.evaluate(() => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = '/cms/kontakt';
        for (const [name, value] of Object.entries({ navn: 'Bo', email: 'ikke en adresse', emne: 'andet' })) {
          const input = document.createElement('input');
          Object.assign(input, { type: 'hidden', name, value });
          form.append(input);
        }
        // The page's own guards (its CSRF token and submission id), as its own form would send them.
        for (const guard of document.querySelectorAll('form.cms-form > input[type=hidden]'))
          form.append(guard.cloneNode());
        document.body.append(form);
        form.submit();
      }),
    ]);
    await elementsSettled(page);
    // The error summary puts "Fejl: " before the page's own title, as it does in the page.
    await expect.poll(() => page.title()).toBe('Fejl: Skriv til kommunen – Eksempel Kommune');
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('bf-error-summary');
    expect(await page.locator('bf-error-summary a').allTextContents()).toEqual([
      'Indtast en e-mailadresse i det rigtige format, fx navn@eksempel.dk',
      'Skriv din besked',
    ]);
    // The answers are back in the fields.
    expect(await page.locator('bf-text-field[name=navn] input').inputValue()).toBe('Bo');
    expect(await page.locator('bf-text-field[name=email] input').inputValue()).toBe('ikke en adresse');
    expect(await axeViolations(page)).toEqual([]);
    // The browser reports the 422 answer itself as a failed resource; anything else is a problem.
    expect(problems.filter((problem) => !/status of 422/u.test(problem))).toEqual([]);
  });
});
