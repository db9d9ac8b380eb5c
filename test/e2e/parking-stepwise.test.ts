/**
 * End-to-end: the stepwise parking application (/parkering/trinvis, demo/routes/stepwise.mjs), the
 * same application as /parkering as one server-rendered page per step that posts natively, with the
 * library's script and none of the host's, in Debian's Chromium against the real server: the whole
 * application by keyboard from the start page through the demo login to the receipt (stored once, with
 * every value), an error round trip (422, the error summary focused on load, fixed, the next step),
 * the browser's back button, "Rediger" from "Tjek dine svar" and back, the exit page, the script tags
 * of every page, and the guards over HTTP. Needs `npm run build` first (the pages load dist/).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focused, tabTo } from './keyboard.js';
import { AASE, BO, logInOverHttp, originOf } from './login-support.js';
import { elementsSettled, recordProblems } from './page-checks.js';
import { postForm } from './sweep/reach.js';
import { demoInBrowser, startDemoServer, withSetCookies, type DemoServer } from './support.js';

let server: DemoServer | undefined;
const demo = demoInBrowser(async () => (server = await startDemoServer()));

const BASE = '/parkering/trinvis';
/** A start date the server accepts whatever day the test runs: 1 March next year. */
const NEXT_YEAR = String(new Date().getFullYear() + 1);

/** A fresh page that records CSP violations, console errors and page errors. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await demo.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const problems = await recordProblems(page);
  return { page, problems };
}

/**
 * The page's scripts: the library's one module script, and nothing else (no host script, nothing
 * inline). The variant's pages are rendered on the server and load its hydrating entry; the demo
 * login's page, on the way, its plain entry.
 */
async function expectLibraryScriptOnly(page: Page): Promise<void> {
  const scripts = await page.evaluate(() =>
    [...document.scripts].map((script) => `${script.type} ${script.getAttribute('src') ?? 'inline'}`),
  );
  const path = new URL(page.url()).pathname;
  const library = path.startsWith(BASE) ? '/dist/cdn/borgerform-hydrate.js' : '/dist/cdn/borgerform.js';
  expect(scripts, path).toEqual([`module ${library}`]);
}

/** The page's `h1`. */
const heading = (page: Page) => page.locator('main h1').textContent();

/** Presses Enter on what has focus and waits for the page at `path` (after the server's 303). */
async function enterTo(page: Page, path: string): Promise<void> {
  await Promise.all([page.waitForURL((url) => url.pathname === path), page.keyboard.press('Enter')]);
  await elementsSettled(page);
  await expectLibraryScriptOnly(page);
}

/** Tabs to "Næste" and presses it, waiting for the next step's page. */
async function next(page: Page, slug: string): Promise<void> {
  await tabTo(page, 'button Næste');
  await enterTo(page, `${BASE}/${slug}`);
}

/** From the start page through the demo login (Bo) to "Om dig", by keyboard. */
async function logInFromStart(page: Page): Promise<void> {
  await page.goto(new URL(BASE, demo.url).href);
  await elementsSettled(page);
  await expectLibraryScriptOnly(page);
  expect(await heading(page)).toBe('Ansøg om beboerlicens til parkering');
  await tabTo(page, 'a Gå i gang');
  await enterTo(page, '/log-ind'); // nobody is logged in yet
  await tabTo(page, `field borger=${BO.id}`);
  await page.keyboard.press('Space');
  await tabTo(page, 'button Log ind');
  await enterTo(page, `${BASE}/om-dig`); // the login sends the citizen back to this variant
  expect(await heading(page)).toBe('Om dig');
  // Answers another test left for the citizen are forgotten: "Start forfra" on the start page.
  await page.goto(new URL(BASE, demo.url).href);
  await elementsSettled(page);
  if (await page.getByRole('button', { name: 'Start forfra uden dem' }).count()) {
    await tabTo(page, 'button Start forfra uden dem');
    await enterTo(page, `${BASE}/om-dig`);
  } else {
    await tabTo(page, 'a Gå i gang');
    await enterTo(page, `${BASE}/om-dig`);
  }
}

/** "Om dig", "Adresse" and "Køretøj" answered by keyboard; ends on "Periode". */
async function throughVehicle(page: Page): Promise<void> {
  const keyboard = page.keyboard;
  await tabTo(page, 'field cpr');
  await keyboard.type(BO.cpr);
  await tabTo(page, 'field telefon');
  await keyboard.type('12 34 56 78');
  await tabTo(page, 'field email');
  await keyboard.type('bo@eksempel.dk');
  await enterTo(page, `${BASE}/adresse`); // Enter in a field sends the step

  // No provider: the address is typed by hand only, street first (no search box before it).
  await tabTo(page, 'field adresse');
  await keyboard.type('Søndergade');
  await keyboard.press('Tab');
  await keyboard.type('3');
  await keyboard.press('Tab');
  await keyboard.press('Tab');
  await keyboard.press('Tab');
  await keyboard.type('8000');
  await keyboard.press('Tab');
  await keyboard.type('Aarhus C');
  await next(page, 'koeretoej');

  await tabTo(page, 'field bil=egen');
  await keyboard.press('Space');
  await tabTo(page, 'field registreringsnummer');
  await keyboard.type('ab12345');
  await next(page, 'periode');
}

describe('the stepwise parking application (/parkering/trinvis)', () => {
  it('is applied for by keyboard only, one page a step, to the receipt; kept once with every value', async () => {
    const { page, problems } = await openPage();
    const keyboard = page.keyboard;
    const storedBefore = server?.submissions?.count() ?? 0;
    await logInFromStart(page);
    expect(await page.title()).toBe('Om dig – Ansøg om beboerlicens til parkering – Eksempel Kommune');
    expect(await page.locator('.demo-step-position').textContent()).toBe('Trin 1 af 6');
    await throughVehicle(page);

    await tabTo(page, 'field startdato');
    await keyboard.type('1');
    await keyboard.press('Tab');
    await keyboard.type('3');
    await keyboard.press('Tab');
    await keyboard.type(NEXT_YEAR);
    await tabTo(page, 'field varighed=12');
    await keyboard.press('Space');
    await next(page, 'dokumentation');

    await tabTo(page, 'field dokumentation');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), keyboard.press('Space')]);
    await chooser.setFiles({
      name: 'registreringsattest.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 registreringsattest'),
    });
    await next(page, 'erklaering');

    await tabTo(page, 'field erklaering');
    await keyboard.press('Space');
    await next(page, 'tjek');
    expect(await heading(page)).toBe('Tjek dine svar');
    const answers = (await page.locator('main').textContent()) ?? '';
    for (const shown of [
      BO.name,
      '120385-1237',
      '12 34 56 78',
      'Søndergade 3, 8000 Aarhus C',
      'Jeg ejer eller leaser bilen',
      'ab12345', // as typed: the server checks it, the page writes it as sent
      `01-03-${NEXT_YEAR}`,
      '1 år',
      'registreringsattest.pdf',
      'Bekræftet: Jeg erklærer på tro og love',
    ])
      expect(answers).toContain(shown);

    await tabTo(page, 'button Send ansøgningen');
    await Promise.all([page.waitForURL((url) => url.pathname === `${BASE}/tjek`), keyboard.press('Enter')]);
    await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    await expectLibraryScriptOnly(page);
    const reference = (await page.locator('.demo-reference').textContent()) ?? '';
    expect(reference).toMatch(/^EK-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
    expect(await page.locator('main').textContent(), 'the CPR number is never shown back').not.toMatch(
      /120385-?1237/u,
    );

    expect(server?.submissions?.count()).toBe(storedBefore + 1);
    const stored = server?.submissions?.get(reference);
    expect(stored?.form).toBe(BASE);
    const declaration = stored?.entries.find((entry) => entry.name === 'erklaering')?.value ?? '';
    expect(declaration).toMatch(/^Jeg erklærer på tro og love, .* ikke er rigtige\.$/u);
    expect(
      stored?.entries
        .filter((entry) => entry.name !== 'erklaering')
        .map((entry) => [entry.name, entry.value ?? entry.file]),
    ).toEqual([
      ['navn', BO.name],
      ['folkeregisteradresse', BO.address],
      ['cpr', '1203851237'],
      ['telefon', '+4512345678'],
      ['email', 'bo@eksempel.dk'],
      ['adresse', 'Søndergade 3, 8000 Aarhus C'],
      ['adresse-street', 'Søndergade'],
      ['adresse-house-number', '3'],
      ['adresse-floor', ''],
      ['adresse-door', ''],
      ['adresse-postcode', '8000'],
      ['adresse-city', 'Aarhus C'],
      ['bil', 'egen'],
      ['registreringsnummer', 'ab12345'],
      ['startdato', `${NEXT_YEAR}-03-01`],
      ['varighed', '12'],
      ['dokumentation', { name: 'registreringsattest.pdf', type: 'application/pdf', size: 28 }],
    ]);

    // Back to "Tjek dine svar" after the receipt: the answers are gone with the application.
    await page.goto(new URL(`${BASE}/tjek`, demo.url).href);
    expect(new URL(page.url()).pathname).toBe(`${BASE}/om-dig`);
    expect(problems).toEqual([]);
  });

  it("sends a step back with 422: the error summary lists the server's messages and takes focus on load; fixed, it goes on", async () => {
    const { page, problems } = await openPage();
    await logInFromStart(page);
    // An empty step, posted as a browser without the library's check would post it.
    await postForm(page, { action: `${BASE}/om-dig`, fields: {} });
    expect(new URL(page.url()).pathname).toBe(`${BASE}/om-dig`);
    const messages = ['Indtast CPR-nummer', 'Indtast telefonnummer', 'Indtast e-mail'];
    await expect.poll(() => focused(page)).toMatch(/Der er problemer/u);
    expect(await page.locator('bf-error-summary').getByRole('link').allTextContents()).toEqual(messages);
    expect(await page.title()).toBe('Fejl: Om dig – Ansøg om beboerlicens til parkering – Eksempel Kommune');
    await expectLibraryScriptOnly(page);

    // Fixed by keyboard: the summary's first link leads to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('field cpr');
    await page.keyboard.type(BO.cpr);
    await tabTo(page, 'field telefon');
    await page.keyboard.type('12345678');
    await tabTo(page, 'field email');
    await page.keyboard.type('bo@eksempel.dk');
    await enterTo(page, `${BASE}/adresse`);

    // What only the server checks here (no host script gives the field the registration number rule).
    await page.goto(new URL(`${BASE}/koeretoej`, demo.url).href);
    await elementsSettled(page);
    await tabTo(page, 'field bil=egen');
    await page.keyboard.press('Space');
    await tabTo(page, 'field registreringsnummer');
    await page.keyboard.type('AB 12 34');
    const [refused] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.keyboard.press('Enter'),
    ]);
    expect(refused.status()).toBe(422);
    await elementsSettled(page);
    await expect.poll(() => focused(page)).toMatch(/Der er problemer/u);
    expect(await page.locator('bf-error-summary').getByRole('link').allTextContents()).toEqual([
      'Skriv registreringsnummeret som 2 bogstaver og 5 tal, fx AB 12 345',
    ]);
    // The answers are back in their fields.
    expect(await page.locator('bf-text-field[name=registreringsnummer] input').inputValue()).toBe('AB 12 34');
    await tabTo(page, 'field registreringsnummer');
    await page.keyboard.press('End');
    await page.keyboard.type('5');
    await enterTo(page, `${BASE}/periode`);
    // The browser's own line for each 422 document; nothing else.
    expect(problems.filter((problem) => !/status of 422/u.test(problem))).toEqual([]);
  });

  it('keeps every answer when the browser goes back, and "Tilbage" leads to the step before', async () => {
    const { page, problems } = await openPage();
    await logInFromStart(page);
    await throughVehicle(page);
    await page.goBack();
    await elementsSettled(page);
    expect(new URL(page.url()).pathname).toBe(`${BASE}/koeretoej`);
    expect(await page.locator('bf-text-field[name=registreringsnummer] input').inputValue()).toBe('ab12345');
    expect(await page.getByRole('radio', { name: 'Jeg ejer eller leaser bilen' }).isChecked()).toBe(true);
    await page.goBack();
    await elementsSettled(page);
    expect(new URL(page.url()).pathname).toBe(`${BASE}/adresse`);
    expect(
      await page.locator('bf-address-input').evaluate((field) => (field as HTMLInputElement).value),
    ).toBe('Søndergade 3, 8000 Aarhus C');
    // "Tilbage" by keyboard: the person step, its answers there (the CPR number is kept on the server,
    // never written back into the page: the field says so and may be left empty).
    await tabTo(page, 'a Tilbage');
    await enterTo(page, `${BASE}/om-dig`);
    expect(await page.locator('bf-text-field[name=email] input').inputValue()).toBe('bo@eksempel.dk');
    expect(await page.locator('bf-cpr-input input').inputValue()).toBe('');
    expect(await page.content()).not.toMatch(/120385-?1237|1203851237/u);
    await tabTo(page, 'field email');
    await enterTo(page, `${BASE}/adresse`);
    expect(problems).toEqual([]);
  });

  it('"Rediger" on "Tjek dine svar" opens the step, and saving it returns to the check page', async () => {
    const { page, problems } = await openPage();
    await logInFromStart(page);
    await throughVehicle(page);
    // The rest over the pages' own forms, as quickly as a citizen who has done it before.
    await page.getByLabel('Dag', { exact: true }).fill('1');
    await page.getByLabel('Måned', { exact: true }).fill('3');
    await page.getByLabel('År', { exact: true }).fill(NEXT_YEAR);
    await page.getByRole('radio', { name: '6 måneder' }).check();
    await Promise.all([
      page.waitForURL(/dokumentation$/u),
      page.getByRole('button', { name: 'Næste' }).click(),
    ]);
    await page.locator('bf-file-upload input[type=file]').setInputFiles({
      name: 'leasingaftale.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 leasing'),
    });
    await Promise.all([page.waitForURL(/erklaering$/u), page.getByRole('button', { name: 'Næste' }).click()]);
    await page.getByRole('checkbox').check();
    await Promise.all([page.waitForURL(/tjek$/u), page.getByRole('button', { name: 'Næste' }).click()]);
    await elementsSettled(page);

    await tabTo(page, 'a Rediger bilens registreringsnummer');
    await enterTo(page, `${BASE}/koeretoej`);
    expect(new URL(page.url()).search).toBe('?tilbage=tjek');
    await tabTo(page, 'field registreringsnummer');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('CD 98 765');
    await tabTo(page, 'button Tilbage til opsummering');
    await enterTo(page, `${BASE}/tjek`);
    expect(await page.locator('main').textContent()).toContain('CD 98 765');
    // The file is still held for the application.
    expect(await page.locator('main').textContent()).toContain('leasingaftale.pdf');
    expect(problems).toEqual([]);
  });

  it('ends on the exit page for a company car the citizen does not have at their disposal', async () => {
    const { page, problems } = await openPage();
    await logInFromStart(page);
    await page.goto(new URL(`${BASE}/koeretoej`, demo.url).href);
    await elementsSettled(page);
    await page.getByRole('radio', { name: 'Det er en firmabil, som jeg ikke har til rådighed' }).check();
    await page.getByLabel('Bilens registreringsnummer').fill('AB 12 345');
    await Promise.all([
      page.waitForURL((url) => url.pathname === `${BASE}/ikke-muligt`),
      page.getByRole('button', { name: 'Næste' }).click(),
    ]);
    expect(await heading(page)).toBe('Du kan ikke få beboerlicens til bilen');
    expect(await page.locator('main').textContent()).toContain('erhvervslicens');
    expect(await page.getByRole('button', { name: 'Næste' }).count()).toBe(0);
    await expectLibraryScriptOnly(page);
    // "Tjek dine svar" is not reached with that answer.
    await page.goto(new URL(`${BASE}/tjek`, demo.url).href);
    expect(new URL(page.url()).pathname).not.toBe(`${BASE}/tjek`);
    // "Log af" is a plain form's POST here: the session ends on the server.
    await elementsSettled(page);
    await tabTo(page, 'button Log af');
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/logget-af'),
      page.keyboard.press('Enter'),
    ]);
    await page.goto(new URL(`${BASE}/om-dig`, demo.url).href);
    expect(new URL(page.url()).pathname).toBe(BASE); // logged out: the start page, "Gå i gang" to the login
    expect(await page.getByRole('link', { name: 'Gå i gang' }).getAttribute('href')).toBe(
      `/log-ind?videre=${encodeURIComponent(`${BASE}/om-dig`)}`,
    );
    expect(problems).toEqual([]);
  });

  it('guards its pages: nobody logged in goes to the start page, a forged POST is refused, a replay is kept once', async () => {
    const asked = await fetch(new URL(`${BASE}/adresse`, demo.url), { redirect: 'manual' });
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe(BASE);
    const nobody = await fetch(new URL(`${BASE}/om-dig`, demo.url), {
      method: 'POST',
      body: new URLSearchParams({ telefon: '12345678' }),
    });
    expect(nobody.status).toBe(401);
    expect(await nobody.text()).toContain('<h1>Du er ikke logget ind</h1>');

    // Logged in over HTTP (as the login page's form does), every step posted as a page without
    // JavaScript posts it: the hidden CSRF token from the step's own form, the page's Origin.
    let cookie = await logInOverHttp(demo.url, AASE);
    const origin = originOf(demo.url);
    /** The hidden entries of the page's form that posts to `action`, and the cookies it set. */
    const hiddenOf = async (action: string) => {
      const response = await fetch(new URL(action, demo.url), { headers: { cookie } });
      cookie = withSetCookies(cookie, response);
      const html = await response.text();
      const form = new RegExp(
        `<form[^>]*action="${action}"[^>]*>((?:<input type="hidden"[^>]*>)*)`,
        'u',
      ).exec(html);
      return [...(form?.[1] ?? '').matchAll(/name="([^"]*)" value="([^"]*)"/gu)].map(([, name, value]) => [
        name,
        value,
      ]);
    };
    const post = async (action: string, body: FormData | URLSearchParams, from = origin) => {
      for (const [name, value] of await hiddenOf(action)) body.append(name, value);
      return fetch(new URL(action, demo.url), {
        method: 'POST',
        body,
        headers: { cookie, origin: from },
        redirect: 'manual',
      });
    };
    // Start over, then from another origin: refused, nothing kept.
    expect((await post(BASE, new URLSearchParams())).status).toBe(303);
    const forged = await post(
      `${BASE}/om-dig`,
      new URLSearchParams({ telefon: '12345678' }),
      'https://angriber.example',
    );
    expect(forged.status).toBe(403);
    // From our own page with a token gone stale (a restart, say): the step again, filled in, 403.
    const stale = await fetch(new URL(`${BASE}/om-dig`, demo.url), {
      method: 'POST',
      body: new URLSearchParams({ telefon: '12345678', 'bf-csrf': 'gammel' }),
      headers: { cookie, origin },
    });
    expect(stale.status).toBe(403);
    const sentBack = await stale.text();
    expect(sentBack).toContain('Vi kunne ikke tage imod formularen, fordi siden var for gammel');
    expect(sentBack).toMatch(/<bf-phone-input name="telefon"[^>]* value="12345678"/u);

    const steps: [string, Record<string, string>][] = [
      [
        'om-dig',
        {
          navn: AASE.name,
          folkeregisteradresse: AASE.address,
          cpr: AASE.cpr.replace('-', ''),
          telefon: '87654321',
          email: 'aase@eksempel.dk',
        },
      ],
      [
        'adresse',
        {
          adresse: 'Vestergade 12B, 8000 Aarhus C',
          'adresse-street': 'Vestergade',
          'adresse-house-number': '12B',
          'adresse-floor': '',
          'adresse-door': '',
          'adresse-postcode': '8000',
          'adresse-city': 'Aarhus C',
        },
      ],
      ['koeretoej', { bil: 'firmabil', registreringsnummer: 'XY 98 765' }],
      ['periode', { startdato: `${NEXT_YEAR}-05-01`, varighed: '6' }],
    ];
    for (const [slug, fields] of steps) {
      const answer = await post(`${BASE}/${slug}`, new URLSearchParams(fields));
      expect(answer.status, slug).toBe(303);
    }
    const files = new FormData();
    files.append('dokumentation', new File(['%PDF-1.4 lease'], 'leasing.pdf', { type: 'application/pdf' }));
    expect((await post(`${BASE}/dokumentation`, files)).headers.get('location')).toBe(`${BASE}/erklaering`);
    const page = await (await fetch(new URL(`${BASE}/erklaering`, demo.url), { headers: { cookie } })).text();
    // Its text after the declarative shadow root the server renders.
    const declaration = (
      /<bf-declaration[^>]*>(?:<template[\s\S]*?<\/template>)?([^<]*)<\/bf-declaration>/u.exec(page)?.[1] ??
      ''
    )
      .replace(/\s+/gu, ' ')
      .trim();
    expect(
      (await post(`${BASE}/erklaering`, new URLSearchParams({ erklaering: declaration }))).headers.get(
        'location',
      ),
    ).toBe(`${BASE}/tjek`);

    // "Send ansøgningen" twice with the same submission id: kept once, the same receipt.
    const storedBefore = server?.submissions?.count() ?? 0;
    const hidden = await hiddenOf(`${BASE}/tjek`);
    const send = () =>
      fetch(new URL(`${BASE}/tjek`, demo.url), {
        method: 'POST',
        body: new URLSearchParams(hidden),
        headers: { cookie, origin },
      });
    const first = await (await send()).text();
    const again = await (await send()).text();
    const referenceOf = (html: string) => /class="demo-reference">([^<]*)</u.exec(html)?.[1];
    expect(referenceOf(first)).toMatch(/^EK-/u);
    expect(referenceOf(again)).toBe(referenceOf(first));
    expect(server?.submissions?.count()).toBe(storedBefore + 1);
    const stored = server?.submissions?.get(referenceOf(first) ?? '');
    expect(stored?.entries.map((entry) => entry.name)).toEqual([
      ...steps.flatMap(([, fields]) => Object.keys(fields)),
      'dokumentation',
      'erklaering',
    ]);
    expect(stored?.entries.find((entry) => entry.name === 'dokumentation')?.file).toEqual({
      name: 'leasing.pdf',
      type: 'application/pdf',
      size: 14,
    });
  });
});
