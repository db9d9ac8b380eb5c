/**
 * End-to-end: how the parking application (/parkering) sends (demo/scripts/parkering.js through
 * `bf-form`'s `submitHandler`, asking for JSON, demo/routes/checked-form.mjs), in Debian's Chromium
 * against the real server: a submit while the server is down keeps everything and says so in Danish
 * (issue 16), and sending again once it is back (the same port and data folder) lands one submission
 * with one receipt; an answer only the server refuses (a CPR number that is not the logged-in
 * citizen's) shows in the error summary and on the field, without a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AASE, BO, logInOverHttp } from './login-support.js';
import { axeViolations } from './sweep/checks.js';
import { settled, walkTo } from './sweep/parking-walk.js';
import {
  formGuards,
  freshDataDir,
  launchChromium,
  postForm,
  startDemoServer,
  type DemoServer,
  type FormGuards,
} from './support.js';

let browser: Browser | undefined;
const servers: DemoServer[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(async () => {
  await browser?.close();
});

async function serve(options: { port?: number; dataDir?: string } = {}): Promise<DemoServer> {
  const server = await startDemoServer(options);
  servers.push(server);
  return server;
}

/** The parking application's start page in a fresh context, collecting page errors and CSP violations. */
async function openParking(url: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error('Chromium starts before the tests (beforeAll).');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto(new URL('/parkering', url).href);
  await settled(page);
  return { page, problems };
}

/** Every entry the form would send now, files by name and size (the guards' entries left out). */
function entries(page: Page): Promise<[string, string][]> {
  return page.evaluate(() =>
    [...new FormData(document.querySelector('main form') as HTMLFormElement)]
      .filter(([name]) => !name.startsWith('bf-'))
      .map(([name, value]): [string, string] => [
        name,
        typeof value === 'string' ? value : `file ${value.name} ${value.size}`,
      ]),
  );
}

/** What has focus, through shadow roots: `tag.class` of the innermost element and the hosts above it. */
function focusPath(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const path: string[] = [];
    let element = document.activeElement;
    while (element) {
      path.push([element.localName, ...element.classList].join('.'));
      element = element.shadowRoot?.activeElement ?? null;
    }
    return path;
  });
}

/** The draft on the server for the logged-in citizen: its status (200 kept, 204 none). */
function draftStatus(page: Page): Promise<number> {
  return page.evaluate(async () => (await fetch('/kladder/parkering')).status);
}

const SEND = 'Send ansøgningen';
const FAILED =
  'Der skete en fejl, og vi har ikke modtaget dine oplysninger. Dine svar er ikke gået tabt. Prøv igen om lidt.';

describe('/parkering: sending through the page’s script', () => {
  it('T-1.5: the server down at "Send": a Danish message with focus, every answer kept, the draft too; sent again once it is back: one submission, one receipt', async () => {
    const dataDir = freshDataDir();
    const first = await serve({ dataDir });
    const port = Number(new URL(first.url).port);
    const { page, problems } = await openParking(first.url);
    await walkTo(page, 'Tjek dine svar');
    await page.evaluate(
      () =>
        document.querySelector<HTMLElement & { drafts: { settled: Promise<void> } }>('bf-form')!.drafts
          .settled,
    );
    expect(await draftStatus(page), 'the draft is on the server').toBe(200);
    const answers = await entries(page);
    expect(Object.fromEntries(answers)).toMatchObject({
      adresse: 'Søndergade 3, 3. 12, 8000 Aarhus C',
      registreringsnummer: 'AB 12 345',
      dokumentation: 'file registreringsattest.pdf 28',
      varighed: '12',
    });

    await first.close(); // the server is down: its port is closed
    servers.splice(servers.indexOf(first), 1);
    await page.getByRole('button', { name: SEND }).click();
    const alert = page.locator('bf-form bf-alert');
    await alert.waitFor();
    expect((await alert.locator('.failure-text').textContent())?.trim()).toBe(FAILED);
    await expect.poll(() => focusPath(page)).toEqual(['bf-form', 'bf-alert.alert', 'div.alert.error']);
    expect(new URL(page.url()).pathname, 'the page stays').toBe('/parkering');
    expect(await entries(page), 'every answer, the address and the chosen file too').toEqual(answers);
    expect(
      await page.locator('bf-file-upload [part~="file-name"]').allTextContents(),
      'the chosen file is still listed',
    ).toEqual(['registreringsattest.pdf']);
    await expect
      .poll(() => page.locator('bf-step:not([hidden])').evaluate((step) => step.getAttribute('heading')))
      .toBe('Tjek dine svar');
    expect(await axeViolations(page), 'axe with the failure message shown').toEqual([]);

    // The server again, on the same port and data folder (its CSRF key is new: the page's token is stale).
    const second = await serve({ port, dataDir });
    const posts: number[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/parkering')
        posts.push(response.status());
    });
    expect(second.url).toBe(first.url);
    expect(await draftStatus(page), 'the draft was not deleted').toBe(200);
    await Promise.all([
      page.waitForURL((address) => address.pathname.startsWith('/parkering/kvittering/')),
      page.getByRole('button', { name: SEND }).click(),
    ]);
    await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    const reference = ((await page.locator('.demo-reference').textContent()) ?? '').trim();
    expect(reference).toMatch(/^EK-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
    expect(second.submissions?.count(), 'exactly one submission').toBe(1);
    // The page's token went stale with the restart: the server said so with a new token (403), and
    // the script sent the same submission (the same one-time id) once more with it.
    expect(posts).toEqual([403, 200]);
    const stored = second.submissions?.get(reference);
    expect(stored?.form).toBe('/parkering');
    expect(
      Object.fromEntries(
        (stored?.entries ?? []).map((entry) => [entry.name, entry.value ?? entry.file?.name]),
      ),
    ).toMatchObject({
      adresse: 'Søndergade 3, 3. 12, 8000 Aarhus C',
      registreringsnummer: 'AB 12 345',
      dokumentation: 'registreringsattest.pdf',
    });
    expect(await draftStatus(page), 'the draft goes once the answers are kept').toBe(204);

    // The receipt page again (a reload): the same reference, nothing kept twice.
    await page.reload();
    expect(((await page.locator('.demo-reference').textContent()) ?? '').trim()).toBe(reference);
    expect(second.submissions?.count()).toBe(1);
    // The browser's own reports of the request to the closed port and of the stale token's 403;
    // anything else is a problem.
    const expected = /ERR_CONNECTION_REFUSED|status of 403 \(Forbidden\)/u;
    expect(problems.filter((problem) => !expected.test(problem))).toEqual([]);
  });

  it('T-1.4: an answer only the server refuses (another citizen’s CPR number): the message in the summary and on the field, focus on the summary, no reload, nothing kept', async () => {
    const server = await serve();
    const { page, problems } = await openParking(server.url);
    await walkTo(page, 'Tjek dine svar');
    await page.evaluate(
      (cpr) => {
        (document.querySelector('bf-cpr-input') as HTMLElement & { value: string }).value = cpr;
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      },
      AASE.cpr.replace('-', ''),
    );
    const answers = await entries(page);
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: SEND }).click(),
    ]);
    expect(answer.status()).toBe(422);
    expect(await answer.json()).toEqual({
      errors: { cpr: 'Skriv dit eget CPR-nummer. Det passer ikke med den, der er logget ind' },
    });
    const summary = page.locator('bf-error-summary');
    await expect.poll(() => focusPath(page)).toEqual(['bf-error-summary', 'section.summary']);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Skriv dit eget CPR-nummer. Det passer ikke med den, der er logget ind',
    ]);
    await expect
      .poll(() => page.locator('bf-step:not([hidden])').evaluate((step) => step.getAttribute('heading')))
      .toBe('Om dig');
    expect(await page.locator('bf-cpr-input').textContent()).toBe('');
    expect(
      await page.locator('bf-cpr-input').evaluate((field) => field.shadowRoot?.textContent ?? ''),
    ).toContain('Skriv dit eget CPR-nummer. Det passer ikke med den, der er logget ind');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    expect(await axeViolations(page), 'axe with the server’s message shown').toEqual([]);
    expect(await entries(page), 'every answer stays').toEqual(answers);
    expect(server.submissions?.count()).toBe(0);
    expect(await draftStatus(page), 'the draft stays').toBe(200);
    // The browser reports the 422 answer itself as a failed resource; anything else is a problem.
    expect(problems.filter((problem) => !/status of 422/u.test(problem))).toEqual([]);
  });

  it('answers JSON when asked, over HTTP: refused, received, a replay, the receipt page, an unknown id, a stale token, nobody logged in', async () => {
    const server = await serve();
    const url = server.url;
    const cookie = await logInOverHttp(url, BO);
    const html = await (await fetch(new URL('/parkering', url), { headers: { cookie } })).text();
    const declaration = (/<bf-declaration name="erklaering">([^<]*)</u.exec(html)?.[1] ?? '')
      .replace(/\s+/gu, ' ')
      .trim();
    const body = (changes: Record<string, string> = {}) => {
      const data = new FormData();
      const answers = {
        navn: BO.name,
        folkeregisteradresse: BO.address,
        cpr: BO.cpr.replace('-', ''),
        telefon: '12345678',
        email: 'bo@eksempel.dk',
        adresse: 'Søndergade 3, 8000 Aarhus C',
        bil: 'egen',
        registreringsnummer: 'AB 12 345',
        startdato: `${new Date().getFullYear() + 1}-03-01`,
        varighed: '12',
        erklaering: declaration,
        ...changes,
      };
      for (const [name, value] of Object.entries(answers)) data.append(name, value);
      data.append('dokumentation', new File(['%PDF-1.4 attest'], 'attest.pdf', { type: 'application/pdf' }));
      return data;
    };
    const asJson = { accept: 'application/json' };
    const send = async (data: FormData, guards: FormGuards) => {
      const response = await postForm(url, '/parkering', data, { guards, headers: asJson });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/u);
      expect(response.headers.get('cache-control')).toBe('no-store');
      return { status: response.status, answer: (await response.json()) as Record<string, unknown> };
    };
    const guards = await formGuards(url, '/parkering', { cookie });
    const id = guards.entries.find(([name]) => name === 'bf-submission')?.[1] ?? '';

    const refused = await send(body({ registreringsnummer: 'ABC 1234' }), guards);
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.answer)).toEqual(['errors']);
    const errors = refused.answer.errors as Record<string, string>;
    expect(errors.registreringsnummer).toBe(
      'Skriv registreringsnummeret som 2 bogstaver og 5 tal, fx AB 12 345',
    );
    expect(server.submissions?.count()).toBe(0);

    const received = await send(body(), guards);
    expect(received.status).toBe(200);
    expect(Object.keys(received.answer)).toEqual(['reference', 'receipt']);
    expect(received.answer.reference).toMatch(/^EK-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
    expect(received.answer.receipt).toBe(`/parkering/kvittering/${encodeURIComponent(id)}`);
    const again = await send(body(), guards); // a replay: the first reference, nothing kept twice
    expect(again).toEqual(received);
    expect(server.submissions?.count()).toBe(1);

    const receiptUrl = new URL(String(received.answer.receipt), url);
    const receipt = await fetch(receiptUrl, { headers: { cookie } });
    expect(receipt.status).toBe(200);
    expect(await receipt.text()).toContain(String(received.answer.reference));
    expect((await fetch(receiptUrl)).status, 'another browser').toBe(404);

    const fresh = await formGuards(url, '/parkering', { cookie });
    const withEntry = (name: string, value: string): FormGuards => ({
      ...fresh,
      entries: fresh.entries.map(([key, given]) => [key, key === name ? value : given]),
    });
    const unknown = await send(body(), withEntry('bf-submission', 'ikke-givet'));
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.answer)).toEqual(['message', 'csrfToken', 'submissionId']);
    expect(unknown.answer.message).toBe(
      'Vi kunne ikke se, hvilken formular du sendte. Dine svar er her stadig. Tjek dem, og send igen.',
    );
    expect(unknown.answer.submissionId).not.toBe('ikke-givet');

    const stale = await send(body(), withEntry('bf-csrf', 'forældet'));
    expect(stale.status).toBe(403);
    expect(Object.keys(stale.answer)).toEqual(['message', 'csrfToken']);
    expect(stale.answer.message).toBe(
      'Vi kunne ikke tage imod formularen, fordi siden var for gammel. Dine svar er her stadig. Tjek dem, og send igen.',
    );
    const withNewToken = await send(body(), withEntry('bf-csrf', String(stale.answer.csrfToken)));
    expect(withNewToken.status, 'sent again with the new token').toBe(200);
    expect(server.submissions?.count()).toBe(2);

    const nobody = await formGuards(url, '/parkering');
    const notLoggedIn = await send(body(), nobody);
    expect(notLoggedIn).toEqual({
      status: 401,
      answer: {
        message: 'Du skal logge ind, før du kan sende ansøgningen. Vi har ikke modtaget det, du sendte.',
      },
    });
    expect(server.submissions?.count()).toBe(2);
  });
});
