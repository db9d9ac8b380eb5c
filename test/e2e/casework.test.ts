/**
 * End-to-end: "Modtagne ansøgninger" (/sagsbehandling), the case-worker pages behind their own demo
 * login, in Debian's Chromium against the real server. A citizen sends the moving form (text with
 * markup and emoji, a file) and the parking application in the browser; a case worker logs in and
 * finds each once in the list, its answers as the citizen saw them on "Tjek dine svar", every posted
 * value in order, and the file with the same bytes as a safe download. A citizen's session opens
 * none of the pages; logging in and out only from the server's own pages; axe and CSP on every page.
 * Needs `npm run build` first (the pages load dist/).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BO, logInAsCaseWorker, logInInBrowser } from './login-support.js';
import { axeViolations, elementsSettled, recordProblems } from './page-checks.js';
import { demoInBrowser, formGuards, postForm } from './support.js';

const demo = demoInBrowser();

/** The citizen's remark: markup that must stay text, and emoji. */
const REMARK = 'Vi flytter med <script>alert("hund")</script> & <b>to</b> katte 🐕🏠';
/** The citizen's file: markup and emoji in its name, bytes that are not ASCII. */
const LEASE = {
  name: 'lejekontrakt <script> 😀.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4 lejekontrakt æøå 😀\n', 'utf8'),
};
/** A start date the parking application accepts whatever day the test runs: 1 March next year. */
const NEXT_YEAR = String(new Date().getFullYear() + 1);

/** An entry as the browser sends it: a text, or a file's name and size. */
type SentEntry = [name: string, value: string | { file: string; size: number }];

/** The form's guards (demo/form-guard.mjs): checked and taken off by the server, never kept. */
const GUARD_ENTRIES = new Set(['bf-csrf', 'bf-submission']);

/**
 * The form's entries as the browser will send them, without the guards' hidden entries. (The
 * request's own body cannot be read back: Playwright leaves a file's bytes out of it.)
 */
async function sentEntries(page: Page): Promise<SentEntry[]> {
  const entries = await page.evaluate(() =>
    [...new FormData(document.querySelector<HTMLFormElement>('main form')!)].map(
      ([name, value]): SentEntry => [
        name,
        typeof value === 'string' ? value : { file: value.name, size: value.size },
      ],
    ),
  );
  return entries.filter(([name]) => !GUARD_ENTRIES.has(name));
}

/** Focuses a field's native control through its host (delegatesFocus). */
async function focusField(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((element: HTMLElement) => element.focus());
}

/** Sends the moving form as a citizen; returns what was sent and the receipt's reference. */
async function sendMovingForm(page: Page): Promise<{ sent: SentEntry[]; reference: string }> {
  await page.goto(new URL('/flytning', demo.url).href);
  await elementsSettled(page);
  const keyboard = page.keyboard;
  await focusField(page, 'bf-cpr-input');
  await keyboard.type('010190-1234');
  await focusField(page, 'bf-phone-input');
  await keyboard.type('12 34 56 78');
  await focusField(page, 'bf-text-field[name=email]');
  await keyboard.type('ada@eksempel.dk');
  await focusField(page, 'bf-address-input');
  await keyboard.type('Rådhuspladsen 2');
  await page.locator('bf-address-input [role=option]').first().waitFor();
  await keyboard.press('ArrowDown');
  await keyboard.press('Enter');
  await focusField(page, 'bf-date-input');
  await keyboard.type('1');
  await keyboard.press('Tab');
  await keyboard.type('3');
  await keyboard.press('Tab');
  await keyboard.type('2027');
  await page.locator('bf-select select').selectOption('leje');
  await focusField(page, 'bf-radio-group');
  await keyboard.press('ArrowDown'); // "Ja" reveals "Hvor mange flytter med dig?"
  await keyboard.press('Tab');
  await keyboard.type('2');
  await focusField(page, 'bf-checkbox-group');
  await keyboard.press(' ');
  await page.locator('bf-file-upload input[type=file]').setInputFiles(LEASE);
  await expect
    .poll(() => page.locator('bf-file-upload [part~="file-name"]').allTextContents())
    .toEqual([LEASE.name]);
  await focusField(page, 'bf-textarea');
  await keyboard.type(REMARK);
  await focusField(page, 'bf-checkbox');
  await keyboard.press(' ');

  const sent = await sentEntries(page);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && response.status() === 200),
    page.getByRole('button', { name: 'Send anmeldelsen' }).click(),
  ]);
  await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
  return { sent, reference: (await page.locator('.demo-reference').textContent()) ?? '' };
}

/** The case worker's login (login-support.ts), on this file's server. */
const logIn = (page: Page, name?: string) => logInAsCaseWorker(page, demo.url, name);

/** A table's body rows as the text of their cells. */
function tableRows(page: Page, scope: string): Promise<string[][]> {
  return page
    .locator(`${scope} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) =>
          (cell.textContent ?? '').replace(/\s+/gu, ' ').trim(),
        ),
      ),
    );
}

/** The answers on the application's page: one section per step, rows of label and answer. */
function shownSummary(page: Page): Promise<{ step: string; rows: [string, string][] }[]> {
  return page.locator('.casework-summary').evaluate((section) => {
    const sections: { step: string; rows: [string, string][] }[] = [];
    let step = '';
    for (const element of section.children) {
      if (element.localName === 'h3') step = element.textContent ?? '';
      if (element.localName !== 'dl') continue;
      const rows = [...element.querySelectorAll('div')].map((row): [string, string] => [
        row.querySelector('dt')?.textContent ?? '',
        row.querySelector('dd')?.textContent ?? '',
      ]);
      sections.push({ step, rows });
    }
    return sections;
  });
}

/** What a posted value looks like in the "Det, der blev sendt" table. */
function postedText([, value]: SentEntry): string {
  if (typeof value !== 'string')
    return value.file || value.size ? `Hent filen ${value.file} (${value.size} B)` : 'Ingen fil valgt';
  return value === '' ? 'Tom' : value.replace(/\s+/gu, ' ').trim();
}

/** The text sent under `name` ('' when none). */
function sentText(sent: SentEntry[], name: string): string {
  const value = sent.find(([entryName]) => entryName === name)?.[1];
  return typeof value === 'string' ? value : '';
}

/** How often `text` occurs in `haystack`. */
const occurrences = (haystack: string, text: string) => haystack.split(text).length - 1;

describe('"Modtagne ansøgninger" (/sagsbehandling)', () => {
  it('shows exactly what was sent, once: the list, the answers, every posted value in order, the file with its bytes', async () => {
    const citizen = await demo.newPage({ locale: 'da-DK' });
    const citizenProblems = await recordProblems(citizen);
    const { sent, reference } = await sendMovingForm(citizen);
    expect(reference).toMatch(/^EK-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
    expect(citizenProblems).toEqual([]);

    const page = await demo.newPage({ locale: 'da-DK', acceptDownloads: true });
    const problems = await recordProblems(page);
    await logIn(page);
    expect(await axeViolations(page)).toEqual([]);

    // The list: the application once, newest first, with its form, its time in Danish and one file.
    const listed = (await tableRows(page, '.casework-table')).filter((row) => row[0] === reference);
    expect(listed).toHaveLength(1);
    expect(listed[0].slice(1, 2)).toEqual(['Anmeld flytning']);
    expect(listed[0][2]).toMatch(/^\d{1,2}\. [a-zæø]+ \d{4} kl\. \d{2}\.\d{2}$/u);
    expect(listed[0][3]).toBe('1');

    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Ansøgning ${reference}`, level: 1 }).waitFor();
    expect(await page.evaluate(() => document.title)).toBe(`Ansøgning ${reference} – Eksempel Kommune`);

    // Every posted value, each once, in the order sent (the file in its place: held-files.mjs
    // `withHeldFiles` keeps every entry where it came), numbered 1, 2, …
    const rows = await tableRows(page, '.casework-posted');
    expect(rows.map(([number]) => number)).toEqual(sent.map((_entry, index) => String(index + 1)));
    expect(rows.map(([, name, value]) => [name, value])).toEqual(
      sent.map((entry) => [entry[0], postedText(entry)]),
    );
    const postedSection = (await page.locator('.casework-posted').textContent()) ?? '';
    const summarySection = (await page.locator('.casework-summary').textContent()) ?? '';
    expect(occurrences(postedSection, REMARK)).toBe(1);
    expect(occurrences(summarySection, REMARK)).toBe(1);
    expect(occurrences(postedSection, LEASE.name)).toBe(1);
    // The markup stayed text.
    expect(await page.locator('main script, main b').count()).toBe(0);

    expect(sentText(sent, 'adresse')).toContain('Rådhuspladsen 2');
    // The answers as the summary shows them: labels from the page, option texts, a date, the file.
    expect(await shownSummary(page)).toEqual([
      {
        step: '',
        rows: [
          ['Navn', 'Ada Åberg Jensen'],
          ['CPR-nummer', '010190-1234'],
          ['Mobilnummer', '12 34 56 78'],
          ['E-mail', 'ada@eksempel.dk'],
          ['Ny adresse', sentText(sent, 'adresse')],
          ['Flyttedato', '01-03-2027'],
          ['Hvilken slags bolig flytter du til?', 'Lejebolig'],
          ['Flytter der andre med dig?', 'Ja'],
          ['Hvor mange flytter med dig?', '2'],
          ['Hvem skal vide besked om din nye adresse?', 'Min læge'],
          ['Lejekontrakt', `${LEASE.name} (${LEASE.buffer.length} B)`],
          ['Bemærkninger', REMARK],
          ['Jeg bekræfter, at oplysningerne er rigtige', 'Ja'],
        ],
      },
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // The file: a download with the same bytes and its name, never shown in the browser.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Hent filen ${LEASE.name}` }).click(),
    ]);
    // Chromium took the exact name (filename*, emoji kept) and made it safe for the disk itself (< and > → _).
    expect(download.suggestedFilename()).toBe('lejekontrakt _script_ 😀.pdf');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(LEASE.buffer)).toBe(true);

    const href =
      (await page.getByRole('link', { name: `Hent filen ${LEASE.name}` }).getAttribute('href')) ?? '';
    const answer = await page.request.get(new URL(href, demo.url).href);
    expect(answer.status()).toBe(200);
    expect(answer.headers()).toMatchObject({
      'content-disposition': `attachment; filename="lejekontrakt <script> _.pdf"; filename*=UTF-8''lejekontrakt%20%3Cscript%3E%20%F0%9F%98%80.pdf`,
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    expect((await answer.body()).equals(LEASE.buffer)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('shows the parking application with the rows the citizen saw on "Tjek dine svar", under the same steps', async () => {
    const citizen = await demo.newPage({ locale: 'da-DK' });
    const citizenProblems = await recordProblems(citizen);
    // The application is for a logged-in citizen: the login leads to its first step (demo/routes/login.mjs).
    await logInInBrowser(citizen, demo.url, BO);
    await elementsSettled(citizen);
    const next = async (heading: string) => {
      await citizen.getByRole('button', { name: 'Næste' }).click();
      await citizen.getByRole('heading', { name: heading, level: 1 }).waitFor();
    };
    await citizen.getByRole('heading', { name: 'Om dig', level: 1 }).waitFor();
    await focusField(citizen, 'bf-cpr-input');
    await citizen.keyboard.type(BO.cpr);
    await focusField(citizen, 'bf-phone-input');
    await citizen.keyboard.type('12 34 56 78');
    await focusField(citizen, 'bf-text-field[name=email]');
    await citizen.keyboard.type('bo@eksempel.dk');
    await next('Adresse');
    await focusField(citizen, 'bf-address-input');
    await citizen.keyboard.type('Søndergade 3');
    await citizen.locator('bf-address-input [role=option]').first().waitFor();
    await citizen.keyboard.press('ArrowDown');
    await citizen.keyboard.press('Enter');
    await next('Køretøj');
    await citizen.getByRole('radio', { name: 'Jeg ejer eller leaser bilen' }).check();
    await focusField(citizen, 'bf-text-field[name=registreringsnummer]');
    await citizen.keyboard.type('AB 12 345');
    await next('Periode');
    await focusField(citizen, 'bf-date-input');
    await citizen.keyboard.type('1');
    await citizen.keyboard.press('Tab');
    await citizen.keyboard.type('3');
    await citizen.keyboard.press('Tab');
    await citizen.keyboard.type(NEXT_YEAR);
    await citizen.getByRole('radio', { name: '6 måneder' }).check();
    await next('Dokumentation');
    await citizen.locator('bf-file-upload input[type=file]').setInputFiles({
      name: 'registreringsattest <script> 😀.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 registreringsattest'),
    });
    await next('Erklæring');
    await citizen.getByRole('checkbox').check();
    await next('Tjek dine svar');

    // The rows on "Tjek dine svar", by step, as the page's summary shows them.
    const seen = await citizen.locator('bf-summary').evaluate((summary) => {
      const rows = (
        summary as HTMLElement & {
          shownRows: readonly { step: string; label: string; displayValue: string }[];
        }
      ).shownRows;
      const sections: { step: string; rows: [string, string][] }[] = [];
      for (const row of rows) {
        const last = sections.at(-1);
        const pair: [string, string] = [row.label, row.displayValue];
        if (last && last.step === row.step) last.rows.push(pair);
        else sections.push({ step: row.step, rows: [pair] });
      }
      return sections;
    });
    expect(seen.length).toBeGreaterThan(4);
    await Promise.all([
      citizen.waitForResponse(
        (response) => response.request().method() === 'POST' && response.status() === 200,
      ),
      citizen.getByRole('button', { name: 'Send ansøgningen' }).click(),
    ]);
    const reference = (await citizen.locator('.demo-reference').textContent()) ?? '';
    expect(citizenProblems).toEqual([]);

    const page = await demo.newPage({ locale: 'da-DK' });
    const problems = await recordProblems(page);
    await logIn(page, 'Yusuf Lindholm');
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Ansøgning ${reference}`, level: 1 }).waitFor();
    expect(await shownSummary(page)).toEqual(seen);
    expect(await page.locator('.casework-summary h3').allTextContents()).toEqual(
      seen.map(({ step }) => step),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("never opens for a citizen's session; logging in and out only from the server's own pages; logging out ends the session", async () => {
    // A citizen with a session (the demo login's cookie) who has sent something.
    const citizen = await demo.newPage();
    await logInInBrowser(citizen, demo.url, BO);
    const citizenSession = (await citizen.context().cookies()).find(
      (cookie) => cookie.name === 'bf_demo_session',
    );
    expect(citizenSession?.value).toMatch(/^[\w-]{43}$/u);
    const { reference } = await (async () => {
      const body = new FormData();
      body.append('fornavn', 'Ada');
      body.append('bilag', new File(['hemmeligt'], 'bilag.txt', { type: 'text/plain' }));
      const response = await postForm(demo.url, '/submit', body, { page: '/' });
      return { reference: /EK-[0-9A-Z]{4}-[0-9A-Z]{4}/u.exec(await response.text())?.[0] ?? '' };
    })();
    const pages = [
      '/sagsbehandling',
      `/sagsbehandling/ansoegninger/${reference}`,
      `/sagsbehandling/ansoegninger/${reference}/filer/1`,
    ];
    for (const path of pages) {
      const answer = await citizen.request.get(new URL(path, demo.url).href, { maxRedirects: 0 });
      expect(answer.status(), path).toBe(303);
      expect(answer.headers().location, path).toBe('/sagsbehandling/log-ind');
      expect(await answer.text(), path).not.toContain('hemmeligt');
      // Nor with the citizen's session id put in the case worker's cookie.
      const forged = await fetch(new URL(path, demo.url), {
        redirect: 'manual',
        headers: {
          cookie: `bf_demo_sagsbehandler=${citizenSession?.value}; bf_demo_session=${citizenSession?.value}`,
        },
      });
      expect(forged.status, path).toBe(303);
    }

    // Logging in from another origin, or with no origin, is refused in Danish.
    // Logging in from another site is refused in Danish: by its Origin, by Fetch Metadata where a
    // browser hides the origin (`Origin: null`), and when neither says where it comes from.
    const foreign: Record<string, string>[] = [
      { origin: 'https://angriber.example' },
      { origin: 'https://angriber.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { origin: new URL(demo.url).origin, 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
      {},
    ];
    for (const headers of foreign) {
      const refused = await fetch(new URL('/sagsbehandling/log-ind', demo.url), {
        method: 'POST',
        redirect: 'manual',
        headers,
        body: new URLSearchParams({ sagsbehandler: 'sanne' }),
      });
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.headers.get('set-cookie') ?? '').not.toContain('bf_demo_sagsbehandler');
      expect(await refused.text()).toContain('Ingen adgang');
    }
    // From our own origin, but without the login page's CSRF token: refused too.
    const tokenless = await fetch(new URL('/sagsbehandling/log-ind', demo.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: new URL(demo.url).origin },
      body: new URLSearchParams({ sagsbehandler: 'sanne' }),
    });
    expect(tokenless.status).toBe(403);
    expect(tokenless.headers.get('set-cookie') ?? '').not.toContain('bf_demo_sagsbehandler');
    // Nobody chosen: the login again, with the message in the field.
    const nobody = await postForm(
      demo.url,
      '/sagsbehandling/log-ind',
      new URLSearchParams({ sagsbehandler: 'admin' }),
    );
    expect(nobody.status).toBe(422);
    expect(await nobody.text()).toContain('error="Vælg, hvem du vil logge ind som"');

    // Logged in: the case worker's cookie is HttpOnly, SameSite=Strict and only for /sagsbehandling.
    const page = await demo.newPage({ locale: 'da-DK' });
    const problems = await recordProblems(page);
    await logIn(page);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'bf_demo_sagsbehandler');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/sagsbehandling' });
    expect(cookie?.value).not.toBe(citizenSession?.value);
    const listed = await page.request.get(new URL('/sagsbehandling', demo.url).href);
    expect(listed.headers()['cache-control']).toBe('no-store');
    expect(listed.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");

    // "Log af" ends the session on the server: the old cookie opens nothing any more.
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/sagsbehandling/log-ind'),
      page.getByRole('button', { name: 'Log af' }).click(),
    ]);
    await elementsSettled(page);
    expect(await axeViolations(page)).toEqual([]);
    // The login again: nobody chosen is said in the page, before anything is sent.
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect
      .poll(() => page.locator('bf-error-summary a').allTextContents())
      .toEqual(['Vælg, hvem du vil logge ind som']);
    expect(await axeViolations(page)).toEqual([]);
    const replayed = await fetch(new URL('/sagsbehandling', demo.url), {
      redirect: 'manual',
      headers: { cookie: `bf_demo_sagsbehandler=${cookie?.value}` },
    });
    expect(replayed.status).toBe(303);
    expect(problems).toEqual([]);
  });

  it('gives any file name safely: no folder, quotes and control characters replaced, the exact name in filename*; a risky type as plain bytes', async () => {
    const name = 'C:\\Mine filer\\..\\"tilbud" <b>&<i> 50%\u0007 😀.html';
    // A multipart body written by hand, so the name arrives exactly as written (a browser would escape quotes).
    const boundary = 'casework-boundary';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="fornavn"\r\n\r\nBo\r\n` +
          // The name in RFC 8187's form, which carries any character (busboy reads it).
          `--${boundary}\r\nContent-Disposition: form-data; name="bilag"; filename*=UTF-8''${encodeURIComponent(name)}\r\n` +
          'Content-Type: text/html\r\n\r\n',
      ),
      Buffer.from('<script>alert(1)</script>'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    // The contact form's guards (its CSRF token and submission id), as its page gives them.
    const guards = await formGuards(demo.url, '/');
    const guardParts = guards.entries
      .map(
        ([entry, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${entry}"\r\n\r\n${value}\r\n`,
      )
      .join('');
    const sent = await fetch(new URL('/submit', demo.url), {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        cookie: guards.cookie,
        origin: guards.origin,
      },
      body: Buffer.concat([Buffer.from(guardParts), body]),
    });
    expect(sent.status).toBe(200);
    const reference = /EK-[0-9A-Z]{4}-[0-9A-Z]{4}/u.exec(await sent.text())?.[0] ?? '';

    const page = await demo.newPage({ locale: 'da-DK' });
    await logIn(page);
    await page.goto(new URL(`/sagsbehandling/ansoegninger/${reference}`, demo.url).href);
    const link = page.locator('.casework-posted a');
    expect(await link.locator('.casework-file-name').textContent()).toBe(name); // the name as sent, as text
    const answer = await page.request.get(new URL((await link.getAttribute('href')) ?? '', demo.url).href);
    // The name after the last separator, without its control character: in ASCII with stand-ins, and exactly.
    const base = '"tilbud" <b>&<i> 50% 😀.html';
    expect(answer.headers()['content-disposition']).toBe(
      `attachment; filename="_tilbud_ <b>&<i> 50_ _.html"; filename*=UTF-8''${encodeURIComponent(base)}`,
    );
    expect(answer.headers()['content-type']).toBe('application/octet-stream');
    expect(answer.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(answer.headers()['x-content-type-options']).toBe('nosniff');
    expect(await answer.text()).toBe('<script>alert(1)</script>');
  });
});
