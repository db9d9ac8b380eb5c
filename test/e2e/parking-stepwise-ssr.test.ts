/**
 * End-to-end: the stepwise parking application's pages (/parkering/trinvis) rendered on the server
 * with `borgerform/ssr` (demo/server-render.mjs), in Debian's Chromium against the real server: every
 * step's fields come as declarative shadow roots under the strict policy, with the hydrating script
 * and cacheable stylesheets; without JavaScript the form shows with a Danish notice that it cannot be
 * sent; what the citizen types before the script runs is kept and sent; nothing moves when the
 * elements hydrate. (test/e2e/parking-stepwise.test.ts goes through the application itself.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BO, logInOverHttp } from './login-support.js';
import { recordProblems } from './page-checks.js';
import { demoInBrowser } from './support.js';

const demo = demoInBrowser();

const BASE = '/parkering/trinvis';

/** Each step's page and the names of its fields (demo/pages/parkering.html's steps). */
const STEP_FIELDS: Record<string, string[]> = {
  'om-dig': ['navn', 'folkeregisteradresse', 'cpr', 'telefon', 'email'],
  adresse: ['adresse'],
  koeretoej: ['bil', 'registreringsnummer'],
  periode: ['startdato', 'varighed'],
  dokumentation: ['dokumentation'],
  erklaering: ['erklaering'],
};

/** Each step's visible labels (one per field that has a label of its own). */
const STEP_LABELS: Record<string, string[]> = {
  'om-dig': ['Navn', 'Folkeregisteradresse', 'CPR-nummer', 'Mobilnummer', 'E-mail'],
  adresse: ['Hvilken adresse skal licensen gælde for?', 'Vejnavn', 'Husnummer', 'Postnummer', 'By'],
  koeretoej: ['Hvem ejer bilen?', 'Bilens registreringsnummer'],
  periode: ['Startdato', 'Hvor længe skal licensen gælde?'],
  dokumentation: ['Registreringsattest eller leasingaftale'],
  erklaering: [],
};

/** Fields that show the register's value as text (with a way to correct it), not an input. */
const PREFILLED = ['navn', 'folkeregisteradresse'];

const NOTICE = 'Du skal slå JavaScript til for at sende formularen.';

/** The logged-in citizen's cookies (demo login over HTTP) for a browser context. */
async function loginCookies(): Promise<{ name: string; value: string; url: string }[]> {
  const cookie = await logInOverHttp(demo.url, BO);
  return cookie.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: demo.url };
  });
}

/** A logged-in page; with `javaScript: false` a browser that runs no script. */
async function loggedInPage({ javaScript = true } = {}): Promise<Page> {
  const page = await demo.newPage({
    viewport: { width: 1280, height: 900 },
    locale: 'da-DK',
    javaScriptEnabled: javaScript,
  });
  await page.context().addCookies(await loginCookies());
  return page;
}

/**
 * Opens a step with the library's script held back until `release()`, a layout-shift observer
 * installed first; waits until every shadow root's stylesheet is in.
 */
async function openHeld(page: Page, slug: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/borgerform-hydrate.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => {
    const record = window as unknown as { shifts: number[] };
    record.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(new URL(`${BASE}/${slug}`, demo.url).href, { waitUntil: 'commit' });
  await page.locator('bf-form button[type=submit]').waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.shadowRoot)
      .every((element) => element.shadowRoot?.querySelector('link')?.sheet),
  );
  return release;
}

/** Releases the script and waits until every element is defined and has hydrated. */
async function hydrate(page: Page, release: () => void): Promise<void> {
  release();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')].every(
      (element) => !element.localName.startsWith('bf-') || customElements.get(element.localName),
    ),
  );
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*'))
      await element.updateComplete;
  });
}

/** The box of every Borgerform element and of the step's button. */
function boxes(page: Page): Promise<number[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main [name], main button, bf-header, bf-error-summary')].map((element) => {
      const box = element.getBoundingClientRect();
      return [box.x, box.y, box.width, box.height];
    }),
  );
}

describe('the stepwise pages rendered on the server (borgerform/ssr)', () => {
  it("writes every step's fields as declarative shadow roots, under the strict policy, with the hydrating script", async () => {
    const cookie = await logInOverHttp(demo.url, BO);
    for (const [slug, names] of Object.entries(STEP_FIELDS)) {
      const response = await fetch(new URL(`${BASE}/${slug}`, demo.url), { headers: { cookie } });
      expect(response.status, slug).toBe(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("require-trusted-types-for 'script'");
      const markup = await response.text();
      for (const name of names)
        expect(markup, `${slug}: ${name}`).toMatch(
          new RegExp(
            `<bf-[a-z-]+ name="${name}"[^>]*><template shadowroot="open" shadowrootmode="open"`,
            'u',
          ),
        );
      expect(markup, slug).toContain('<script type="module" src="/dist/cdn/borgerform-hydrate.js"></script>');
      expect(markup, slug).not.toContain('/dist/cdn/borgerform.js');
      expect(markup, slug).not.toMatch(/<style|\sstyle=|<script(?![^>]*\ssrc=)/u); // nothing inline
      expect(markup, slug).toContain(`<noscript><p class="demo-noscript">${NOTICE}`);
    }
    // The elements' stylesheets, which every shadow root links, are cached.
    const sheet = await fetch(new URL('/dist/ssr/styles/bf-text-field.css', demo.url));
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(sheet.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('shows each step without JavaScript: labels, inputs and the notice that JavaScript is needed to send it', async () => {
    const page = await loggedInPage({ javaScript: false });
    for (const [slug, labels] of Object.entries(STEP_LABELS)) {
      await page.goto(new URL(`${BASE}/${slug}`, demo.url).href);
      expect(await page.evaluate(() => customElements.get('bf-form')), slug).toBeUndefined(); // no script ran
      // (Playwright's text locators skip `<noscript>`: the notice is found by its class.)
      const notice = page.locator('noscript .demo-noscript');
      await expect(notice.isVisible(), slug).resolves.toBe(true);
      expect(await notice.textContent(), slug).toContain(NOTICE);
      expect((await notice.boundingBox())?.height, slug).toBeGreaterThan(0);
      for (const label of labels)
        await expect(
          page.getByText(label, { exact: true }).first().isVisible(),
          `${slug}: ${label}`,
        ).resolves.toBe(true);
      for (const name of STEP_FIELDS[slug].filter((field) => !PREFILLED.includes(field)))
        expect(
          await page.locator(`main [name="${name}"]`).locator('input:visible, select:visible').count(),
          `${slug}: ${name}`,
        ).toBeGreaterThan(0);
      expect(await page.locator('main h1').textContent()).toBeTruthy();
      await expect(page.getByRole('button', { name: 'Næste' }).isVisible(), slug).resolves.toBe(true);
    }
    await expect(page.getByRole('checkbox').isVisible()).resolves.toBe(true); // the declaration
  });

  it('keeps what the citizen typed before the script ran, and sends it', async () => {
    const page = await loggedInPage();
    const problems = await recordProblems(page);
    const release = await openHeld(page, 'om-dig');
    expect(await page.evaluate(() => customElements.get('bf-text-field'))).toBeUndefined();
    await expect(page.locator('.demo-noscript').isVisible()).resolves.toBe(false); // scripts run here
    await page.locator('bf-cpr-input input').fill(BO.cpr);
    await page.locator('bf-phone-input input').fill('12345678');
    await page.locator('bf-text-field[name=email] input').fill('bo@eksempel.dk');
    await page.locator('main h1').click(); // leaves the last field, as a citizen would
    await hydrate(page, release);
    expect(await page.locator('bf-text-field[name=email] input').inputValue()).toBe('bo@eksempel.dk');
    expect(
      await page.evaluate(() =>
        ['bf-cpr-input', 'bf-phone-input', 'bf-text-field[name=email]'].map(
          (selector) => (document.querySelector(selector) as unknown as { value: string }).value,
        ),
      ),
    ).toEqual(['120385-1237', '12 34 56 78', 'bo@eksempel.dk']);
    await Promise.all([
      page.waitForURL((url) => url.pathname === `${BASE}/adresse`),
      page.getByRole('button', { name: 'Næste' }).click(),
    ]);
    await page.goto(new URL(`${BASE}/om-dig`, demo.url).href);
    await hydrate(page, () => undefined);
    expect(await page.locator('bf-text-field[name=email] input').inputValue()).toBe('bo@eksempel.dk');
    expect(await page.locator('bf-phone-input input').inputValue()).toBe('12 34 56 78');

    // A choice ticked before the script runs (the group shows before it is defined) is kept and sent.
    const held = await loggedInPage();
    const heldProblems = await recordProblems(held);
    const releaseVehicle = await openHeld(held, 'koeretoej');
    await held.getByRole('radio', { name: 'Jeg ejer eller leaser bilen' }).check();
    await held.locator('bf-text-field[name=registreringsnummer] input').fill('AB 12 345');
    await held.locator('main h1').click();
    await hydrate(held, releaseVehicle);
    expect(await held.getByRole('radio', { name: 'Jeg ejer eller leaser bilen' }).isChecked()).toBe(true);
    expect(
      await held.locator('bf-radio-group').evaluate((group) => (group as unknown as { value: string }).value),
    ).toBe('egen');
    await Promise.all([
      held.waitForURL((url) => url.pathname === `${BASE}/periode`),
      held.getByRole('button', { name: 'Næste' }).click(),
    ]);
    expect(problems).toEqual([]);
    expect(heldProblems).toEqual([]);
  });

  it('moves nothing when the elements hydrate, on every step', async () => {
    for (const slug of Object.keys(STEP_FIELDS)) {
      const page = await loggedInPage();
      const problems = await recordProblems(page);
      const release = await openHeld(page, slug);
      const before = await boxes(page);
      await hydrate(page, release);
      expect(await boxes(page), slug).toEqual(before);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(
        shifts.reduce((sum, value) => sum + value, 0),
        slug,
      ).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('[defer-hydration]').length), slug).toBe(0);
      expect(problems, slug).toEqual([]);
    }
  });
});
