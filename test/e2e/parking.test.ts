/**
 * End-to-end: "Ansøg om beboerlicens til parkering" (/parkering), the demo's flow in steps, under the
 * server's strict Content-Security-Policy, in Debian's Chromium against the real server: the whole
 * application by keyboard from the start page through the demo login to the receipt (a screenshot of
 * each step in test-results/screenshots/parkering/ for a person to look at), the exit page for a
 * company car, the server's own check (422 with the messages in `error`), and axe. Needs
 * `npm run build` first (the page loads dist/).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focused, tabTo } from './keyboard.js';
import { AASE, BO, logInInBrowser, logInOverHttp } from './login-support.js';
import { demoInBrowser, postForm, startDemoServer, type DemoServer } from './support.js';

let server: DemoServer | undefined;
const demo = demoInBrowser(async () => (server = await startDemoServer()));

const DECLARATION_START = 'Jeg erklærer på tro og love, at jeg bor på den adresse';
/** A start date the server accepts whatever day the test runs: 1 March next year. */
const NEXT_YEAR = String(new Date().getFullYear() + 1);

/** Opens the parking application in a fresh context, recording CSP violations, console errors and page errors. */
async function openParking(): Promise<{ page: Page; problems: string[] }> {
  const page = await demo.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`csp: ${text}`));
  // Playwright's init scripts are not subject to the page's CSP, so this listener is not a violation itself.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto(new URL('/parkering', demo.url).href);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await settled(page);
  return { page, problems };
}

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

/** The step (or exit page) shown now, by its h1. */
async function shownHeading(page: Page): Promise<string> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('bf-step, bf-exit, bf-intro')].find(
      (element) => !(element as HTMLElement).hidden,
    );
    return shown?.shadowRoot?.querySelector('h1')?.textContent?.trim() ?? '';
  });
}

/** Where each step's screenshot goes (test-results/ is not kept in git). */
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/parkering/', import.meta.url));

/** A screenshot of the whole page for a person to look at: `NN-name.png`. */
type Shot = (name: string) => Promise<void>;
const noShot: Shot = async () => {};
function screenshots(page: Page): Shot {
  mkdirSync(SCREENSHOTS, { recursive: true });
  let count = 0;
  return async (name) => {
    count++;
    await page.screenshot({
      path: `${SCREENSHOTS}${String(count).padStart(2, '0')}-${name}.png`,
      fullPage: true,
    });
  };
}

/** Presses "Næste" by keyboard and waits for the next page's heading. */
async function next(page: Page, heading: string): Promise<void> {
  await tabTo(page, 'button Næste');
  await page.keyboard.press('Enter');
  await expect.poll(() => shownHeading(page)).toBe(heading);
}

/**
 * From the start page through the demo login (as Bo) and "Om dig", "Adresse" and "Køretøj" by
 * keyboard, with the car answer given.
 */
async function throughVehicle(
  page: Page,
  carAnswer: 'egen' | 'firmabil-uden-raadighed',
  shot: Shot = noShot,
): Promise<void> {
  const keyboard = page.keyboard;
  await shot('startside');
  await tabTo(page, 'button Gå i gang');
  await Promise.all([page.waitForURL(/\/log-ind$/u), keyboard.press('Enter')]); // nobody is logged in yet
  await settled(page);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Log ind med MitID (demo)');
  await shot('log-ind');
  await tabTo(page, `field borger=${BO.id}`);
  await keyboard.press('Space');
  await tabTo(page, 'button Log ind');
  await Promise.all([page.waitForURL(/\/parkering/u), keyboard.press('Enter')]);
  await settled(page);
  await expect.poll(() => shownHeading(page)).toBe('Om dig'); // logged in: the flow starts
  await expect.poll(() => focused(page)).toBe('h1 Om dig'); // focus follows the step
  expect(page.url()).toBe(new URL('/parkering', demo.url).href);
  await expect.poll(() => page.getByRole('banner').textContent()).toContain('Eksempel Kommune');
  expect(await page.locator('bf-header').evaluate((header) => header.shadowRoot?.textContent)).toContain(
    BO.name,
  );
  expect(await posted(page, 'navn')).toBe(BO.name); // from the demo register
  expect(await posted(page, 'folkeregisteradresse')).toBe(BO.address);

  await tabTo(page, 'field cpr');
  await keyboard.type(BO.cpr);
  await tabTo(page, 'field telefon');
  await keyboard.type('12 34 56 78');
  await tabTo(page, 'field email');
  await keyboard.type('bo@eksempel.dk');
  await shot('om-dig');
  await keyboard.press('Enter'); // Enter in a field is "Næste"
  await expect.poll(() => shownHeading(page)).toBe('Adresse');

  await tabTo(page, 'field adresse');
  await keyboard.type('Søndergade 3');
  await page.locator('bf-address-input [role=option]').first().waitFor();
  await keyboard.press('ArrowDown');
  await keyboard.press('Enter');
  await expect
    .poll(() => page.locator('bf-address-input input[role=combobox]').inputValue())
    .toBe('Søndergade 3, 3. 12, 8000 Aarhus C');
  await shot('adresse');
  await next(page, 'Køretøj');

  await tabTo(page, 'field bil=egen');
  await keyboard.press('Space');
  if (carAnswer !== 'egen') {
    await keyboard.press('ArrowDown');
    await keyboard.press('ArrowDown');
  }
  await expect.poll(() => page.evaluate(() => new FormData(document.forms[0]).get('bil'))).toBe(carAnswer);
  await tabTo(page, 'field registreringsnummer');
  await keyboard.type('AB 12 345');
  await shot('koeretoej');
}

/** What the form would send under a name now. */
const posted = (page: Page, name: string) =>
  page.evaluate(
    (field) => new FormData(document.querySelector('main form') as HTMLFormElement).get(field),
    name,
  );

describe('"Ansøg om beboerlicens til parkering" (/parkering)', () => {
  it('is applied for by keyboard only, from the start page to the receipt; what was sent is stored under the reference', async () => {
    const { page, problems } = await openParking();
    const keyboard = page.keyboard;
    const shot = screenshots(page);
    await throughVehicle(page, 'egen', shot);
    await next(page, 'Periode');

    await tabTo(page, 'field startdato');
    await keyboard.type('1');
    await keyboard.press('Tab');
    await keyboard.type('3');
    await keyboard.press('Tab');
    await keyboard.type(NEXT_YEAR);
    await tabTo(page, 'field varighed=12');
    await keyboard.press('Space');
    await shot('periode');
    await next(page, 'Dokumentation');

    // The file picker is the operating system's dialog: opened by keyboard (Space on the field's native
    // file input, which has focus), the file is then given to the chooser the browser opened.
    await tabTo(page, 'field dokumentation');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), keyboard.press('Space')]);
    await chooser.setFiles({
      name: 'registreringsattest.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 registreringsattest'),
    });
    await expect
      .poll(() => page.locator('bf-file-upload [part~="file-name"]').allTextContents())
      .toEqual(['registreringsattest.pdf']);
    await shot('dokumentation');
    await next(page, 'Erklæring');

    await tabTo(page, 'field erklaering');
    await keyboard.press('Space');
    await shot('erklaering');
    await next(page, 'Tjek dine svar');
    await shot('tjek-dine-svar');

    const summary = (await page.locator('bf-summary').textContent()) ?? '';
    const shadowSummary = await page
      .locator('bf-summary')
      .evaluate((element) => element.shadowRoot?.textContent ?? '');
    const shownAnswers = `${summary} ${shadowSummary}`;
    for (const answer of ['AB 12 345', 'Søndergade 3, 3. 12, 8000 Aarhus C', 'bo@eksempel.dk'])
      expect(shownAnswers).toContain(answer);

    await tabTo(page, 'button Send ansøgningen');
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.status() === 200),
      keyboard.press('Enter'),
    ]);
    await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    await shot('kvittering');
    await expect // the sender and the citizen on the receipt too
      .poll(() => page.locator('bf-header').evaluate((header) => header.shadowRoot?.textContent ?? ''))
      .toContain(BO.name);
    expect(await page.getByRole('banner').textContent()).toContain('Eksempel Kommune');
    const reference = (await page.locator('.demo-reference').textContent()) ?? '';
    expect(reference).toMatch(/^EK-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
    const receipt = (await page.locator('main').textContent()) ?? '';
    expect(receipt, 'the CPR number is never shown back').not.toMatch(/120385-?1237/u);

    const stored = server?.submissions?.get(reference);
    expect(stored?.form).toBe('/parkering');
    const entries = Object.fromEntries(
      (stored?.entries ?? []).map((entry) => [entry.name, entry.value ?? entry.file]),
    );
    expect(entries).toMatchObject({
      navn: 'Bo Nørgaard Holm',
      folkeregisteradresse: BO.address,
      cpr: '1203851237',
      telefon: '+4512345678',
      email: 'bo@eksempel.dk',
      adresse: 'Søndergade 3, 3. 12, 8000 Aarhus C',
      'adresse-municipality-code': '0751',
      bil: 'egen',
      registreringsnummer: 'AB 12 345',
      startdato: `${NEXT_YEAR}-03-01`,
      varighed: '12',
      dokumentation: { name: 'registreringsattest.pdf', type: 'application/pdf', size: 28 },
    });
    // The declaration is stored as the citizen confirmed it: its whole text, white space collapsed.
    const declaration = stored?.entries.find((entry) => entry.name === 'erklaering')?.value ?? '';
    expect(declaration).toMatch(new RegExp(`^${DECLARATION_START}.*ikke er rigtige\\.$`, 'u'));
    expect(declaration).not.toMatch(/\s{2}/u);
    expect(problems).toEqual([]);
  });

  it('shows the exit page for a company car the citizen does not have at their disposal; a changed answer goes on', async () => {
    const { page, problems } = await openParking();
    await throughVehicle(page, 'firmabil-uden-raadighed');
    await tabTo(page, 'button Næste');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownHeading(page)).toBe('Du kan ikke få beboerlicens til bilen');
    await expect.poll(() => focused(page)).toBe('h1 Du kan ikke få beboerlicens til bilen');
    expect(await page.title()).toBe(
      'Du kan ikke få beboerlicens til bilen – Ansøg om beboerlicens til parkering',
    );
    expect(await page.locator('bf-exit').textContent()).toContain('erhvervslicens');
    // Nothing can be sent from the exit page: no "Næste" and no send button are shown.
    expect(await page.getByRole('button', { name: 'Næste' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send ansøgningen' }).count()).toBe(0);
    await tabTo(page, 'button Tilbage', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => shownHeading(page)).toBe('Køretøj');
    expect(await page.locator('bf-text-field[name=registreringsnummer] input').inputValue()).toBe(
      'AB 12 345',
    );

    await tabTo(page, 'field bil=firmabil-uden-raadighed');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => new FormData(document.forms[0]).get('bil'))).toBe('egen');
    await next(page, 'Periode');
    expect(problems).toEqual([]);
  });

  it('refuses a POST from nobody logged in with a Danish page, and keeps nothing', async () => {
    const storedBefore = server?.submissions?.count();
    const response = await fetch(new URL('/parkering', demo.url), {
      method: 'POST',
      body: new URLSearchParams({ navn: BO.name, cpr: '1203851237' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<h1>Du er ikke logget ind</h1>');
    expect(html).toContain('<a href="/log-ind">Log ind</a>');
    expect(html).not.toContain('1203851237');
    expect(server?.submissions?.count()).toBe(storedBefore);
  });

  it('is checked again on the server: a hand-made POST with a bad registration number and a past date gets 422 with the messages', async () => {
    const storedBefore = server?.submissions?.count();
    const cookie = await logInOverHttp(demo.url, BO);
    const body = new URLSearchParams({
      navn: 'Bo Nørgaard Holm',
      cpr: '240791-4326', // Åse's: a real CPR number, but not the logged-in citizen's
      telefon: '12345678',
      email: 'bo@eksempel.dk',
      bil: 'egen',
      registreringsnummer: 'ABC 1234',
      startdato: '2020-01-01',
      varighed: '12',
    });
    const response = await postForm(demo.url, '/parkering', body, { cookie });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-security-policy')).toContain("require-trusted-types-for 'script'");
    const html = await response.text();
    const tag = (name: string) =>
      new RegExp(`<bf-[a-z-]+\\s[^>]*name="${name}"[^>]*>`, 'u').exec(html)?.[0] ?? '';
    expect(html).toContain('<title>Fejl: Ansøg om beboerlicens til parkering');
    expect(tag('registreringsnummer')).toContain('value="ABC 1234"');
    expect(tag('registreringsnummer')).toContain(
      'error="Skriv registreringsnummeret som 2 bogstaver og 5 tal, fx AB 12 345"',
    );
    expect(tag('startdato')).toContain('value="2020-01-01"');
    expect(tag('startdato')).toContain('error="Startdato skal være i dag eller senere"');
    expect(tag('adresse')).toContain('error="Vælg en adresse fra listen, eller skriv den selv"');
    expect(tag('dokumentation')).toContain('error="Vedhæft registreringsattesten eller leasingaftalen"');
    expect(tag('erklaering')).toContain('error="Du skal bekræfte erklæringen, før du kan sende"');
    expect(tag('bil')).not.toContain('error=');
    expect(tag('email')).not.toContain('error=');
    expect(tag('cpr')).toContain(
      'error="Skriv dit eget CPR-nummer. Det passer ikke med den, der er logget ind"',
    );
    expect(html, 'a CPR number is never written back').not.toMatch(/240791-?4326/u);
    // The page sent back is the logged-in citizen's: the register's name and address, the header.
    expect(tag('folkeregisteradresse')).toContain(`value="${BO.address}"`);
    expect(html).toContain(`user="${BO.name}"`);

    // A company car the citizen does not have at their disposal is refused even when the page was skipped.
    const refused = await postForm(
      demo.url,
      '/parkering',
      new URLSearchParams({ bil: 'firmabil-uden-raadighed' }),
      { cookie },
    );
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(
      'error="Du kan ikke få beboerlicens til en firmabil, som du ikke har til rådighed"',
    );
    expect(server?.submissions?.count()).toBe(storedBefore); // nothing refused is stored
  });

  it('in the browser, the page the server sends back lists its messages in the error summary on load', async () => {
    const { page, problems } = await openParking();
    await logInInBrowser(page, demo.url, AASE);
    // A hand-made form, sent past the library's check, as a browser without it would send it.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.status() === 422),
      page.evaluate(() => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = '/parkering';
        const answers = { bil: 'egen', registreringsnummer: 'ABC 1234', startdato: '2020-01-01' };
        // The page's own CSRF token and submission id go with it, as with the page's own form.
        for (const guard of document.querySelectorAll<HTMLInputElement>('form input[type=hidden]'))
          Object.assign(answers, { [guard.name]: guard.value });
        for (const [name, value] of Object.entries(answers)) {
          const input = document.createElement('input');
          Object.assign(input, { type: 'hidden', name, value });
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      }),
    ]);
    await settled(page);
    expect(await page.title()).toMatch(/^Fejl: /u);
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('bf-error-summary');
    const links = await page.locator('bf-error-summary a').allTextContents();
    expect(links).toContain('Skriv registreringsnummeret som 2 bogstaver og 5 tal, fx AB 12 345');
    expect(links).toContain('Startdato skal være i dag eller senere');
    // The browser reports the 422 answer itself as a failed resource; anything else is a problem.
    expect(problems.filter((problem) => !/status of 422/u.test(problem))).toEqual([]);
  });

  it('has no CSP violation and passes axe on the start page and on a step with errors shown', async () => {
    const { page, problems } = await openParking();
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const axe = async () => {
      await page.evaluate(axeSource);
      const result = await page.evaluate<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>(
        'axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] })',
      );
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      );
    };
    expect(await shownHeading(page)).toBe('Ansøg om beboerlicens til parkering');
    expect(await axe()).toEqual([]);
    await tabTo(page, 'button Gå i gang');
    await Promise.all([page.waitForURL(/\/log-ind$/u), page.keyboard.press('Enter')]);
    await settled(page);
    expect(await axe(), 'the demo login page').toEqual([]);
    await logInInBrowser(page, demo.url, BO);
    await settled(page);
    await tabTo(page, 'button Næste');
    await page.keyboard.press('Enter'); // nothing filled in: the step's errors and the summary
    await page.waitForFunction(() => document.querySelectorAll('form [user-invalid]').length > 0);
    expect(await axe()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
