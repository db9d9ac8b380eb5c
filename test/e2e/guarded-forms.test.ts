/**
 * End-to-end: the demo server's guards on what changes state (issue 16): a double submit and a
 * replayed POST are stored once and answered with the first receipt's reference; a forged POST
 * (another origin, no or a bad CSRF token) gets the Danish 403 page and nothing is stored; a token
 * gone stale brings the form back filled in; hostile values come back as text on the 422 page and on
 * the receipt. Counts come from the server's own database. Needs `npm run build` first.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BO, logInOverHttp } from './login-support.js';
import { formGuards, launchChromium, postForm, startDemoServer, type DemoServer } from './support.js';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

let server: DemoServer;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchChromium();
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How many submissions the server has stored. */
const stored = (): number => server.submissions!.count();

/** A page in a fresh browser context (its own cookies). */
async function newPage(): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
  pages.push(page);
  return page;
}

/** The contact form opened and filled in with valid answers (and `fornavn`). */
async function filledContactForm(fornavn = 'Åse'): Promise<Page> {
  const page = await newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => customElements.get('bf-text-field') !== undefined);
  const answers = { fornavn, efternavn: 'Ærø', email: 'aase@eksempel.dk' };
  for (const [name, value] of Object.entries(answers))
    await page.locator(`bf-text-field[name=${name}] input`).fill(value);
  return page;
}

/** The case reference on a receipt. */
function referenceOf(html: string): string | undefined {
  return /class="demo-reference">(EK-[^<]+)</u.exec(html)?.[1];
}

/** Every element of a parsed page, in order. */
function elementsOf(node: ParentNode): Element[] {
  return node.childNodes.flatMap((child) => ('tagName' in child ? [child, ...elementsOf(child)] : []));
}

function attribute(element: Element | undefined, name: string): string | undefined {
  return element?.attrs.find((attr) => attr.name === name)?.value;
}

/** Values an attacker would try: markup that runs script, and replacement patterns. */
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '$&', '$`', "$'"];

describe('a double submit or a replayed POST is stored once', () => {
  it('a double click on "Send" stores one submission, under the reference the receipt shows', async () => {
    // Chromium mostly sends a form once while its first submission is pending; on a busy machine the
    // second click may send it again and abort the first navigation, and then the server's guard (the
    // same submission id: the first receipt again, the next test) keeps it once. Either way: one
    // submission, and the receipt the citizen ends on shows its reference.
    const page = await filledContactForm();
    const before = stored();
    await page.getByRole('button', { name: 'Send' }).dblclick();
    await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/submit');
    const reference = (await page.locator('.demo-reference').textContent()) ?? '';
    expect(reference).toMatch(/^EK-/u);
    await new Promise((resolve) => setTimeout(resolve, 300)); // a late second POST would be counted
    expect(stored()).toBe(before + 1);
    expect(server.submissions!.get(reference)?.entries).toEqual([
      { name: 'fornavn', value: 'Åse', file: null },
      { name: 'efternavn', value: 'Ærø', file: null },
      { name: 'email', value: 'aase@eksempel.dk', file: null },
      { name: 'telefon', value: '', file: null },
      { name: 'postnummer', value: '', file: null },
    ]);
  });

  it('the same POST sent twice at once, and again later, gets the same reference; stored once', async () => {
    const guards = await formGuards(server.url, '/');
    const before = stored();
    const answers = () => new URLSearchParams({ fornavn: 'Bo', email: 'bo@eksempel.dk' });
    const [first, second] = await Promise.all([
      postForm(server.url, '/submit', answers(), { guards }),
      postForm(server.url, '/submit', answers(), { guards }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const reference = referenceOf(await first.text());
    expect(reference).toBeDefined();
    expect(referenceOf(await second.text())).toBe(reference);
    expect(stored()).toBe(before + 1);

    // A replay with other answers: the first receipt again, with the first answers.
    const replay = await postForm(server.url, '/submit', new URLSearchParams({ fornavn: 'Mallory' }), {
      guards,
    });
    expect(replay.status).toBe(200);
    const html = await replay.text();
    expect(referenceOf(html)).toBe(reference);
    expect(html).toContain('<dd>Bo</dd>');
    expect(html).not.toContain('Mallory');
    expect(stored()).toBe(before + 1);

    // A reload of the POST after the token went stale (a restart): from our own page, the first
    // receipt again; from anywhere else, 403.
    const staleGuards = {
      ...guards,
      entries: guards.entries.map(([name, value]): [string, string] => [
        name,
        name === 'bf-csrf' ? 'stale' : value,
      ]),
    };
    const reload = await postForm(server.url, '/submit', answers(), { guards: staleGuards });
    expect(reload.status).toBe(200);
    expect(referenceOf(await reload.text())).toBe(reference);
    const elsewhere = await postForm(server.url, '/submit', answers(), {
      guards: staleGuards,
      headers: { origin: 'https://evil.example' },
    });
    expect(elsewhere.status).toBe(403);
    expect(stored()).toBe(before + 1);
  });

  it('a checked form sent back with messages keeps its unused submission id; nothing is stored', async () => {
    // The parking application is for a logged-in citizen (demo/routes/parking.mjs).
    const cookie = await logInOverHttp(server.url, BO);
    const guards = await formGuards(server.url, '/parkering', { cookie });
    const before = stored();
    // Refused by the server's check: the id stays unused, and the same id may be sent again.
    const refused = await postForm(server.url, '/parkering', new URLSearchParams({ bil: 'egen' }), {
      guards,
    });
    expect(refused.status).toBe(422);
    expect(stored()).toBe(before);
    const again = await postForm(server.url, '/parkering', new URLSearchParams({ bil: 'egen' }), { guards });
    expect(again.status).toBe(422);
    const sentBackId = /name="bf-submission" value="([^"]+)"/u.exec(await again.text())?.[1];
    expect(sentBackId, 'the page sent back keeps its submission id').toBe(
      guards.entries.find(([name]) => name === 'bf-submission')?.[1],
    );
  });

  it('a POST without a submission id, or with one given for another form, gets a Danish message and stores nothing', async () => {
    const before = stored();
    const contact = await formGuards(server.url, '/');
    const withoutId: typeof contact = {
      ...contact,
      entries: contact.entries.filter(([name]) => name !== 'bf-submission'),
    };
    const missing = await postForm(server.url, '/submit', new URLSearchParams({ fornavn: 'Ada' }), {
      guards: withoutId,
    });
    expect(missing.status).toBe(422);
    const html = await missing.text();
    expect(html).toContain('Vi kunne ikke se, hvilken formular du sendte');
    expect(html).toMatch(/<bf-text-field name="fornavn"[^>]* value="Ada"/u);

    // The moving form's id, sent with the contact form (same session, so the token is valid).
    const moving = await fetch(new URL('/flytning', server.url), { headers: { cookie: contact.cookie } });
    const movingId = /name="bf-submission" value="([^"]+)"/u.exec(await moving.text())?.[1] ?? '';
    const otherForm = await postForm(server.url, '/submit', new URLSearchParams({ fornavn: 'Ada' }), {
      guards: { ...withoutId, entries: [...withoutId.entries, ['bf-submission', movingId]] },
    });
    expect(otherForm.status).toBe(422);
    expect(await otherForm.text()).toContain('Vi kunne ikke se, hvilken formular du sendte');
    expect(stored()).toBe(before);
  });
});

describe('a forged POST is refused with 403 and nothing is stored', () => {
  const FORBIDDEN = 'Formularen blev ikke modtaget';

  it('from another origin, without a token, with a bad token, or with another session’s token', async () => {
    const before = stored();
    const guards = await formGuards(server.url, '/');
    const answers = () => new URLSearchParams({ fornavn: 'Mallory', email: 'm@eksempel.dk' });
    const attempts = {
      'another origin with a valid token': postForm(server.url, '/submit', answers(), {
        guards,
        headers: { origin: 'https://evil.example' },
      }),
      'another site (Sec-Fetch-Site)': postForm(server.url, '/submit', answers(), {
        guards,
        headers: { origin: 'null', 'sec-fetch-site': 'cross-site' },
      }),
      'no token and no cookie': fetch(new URL('/submit', server.url), { method: 'POST', body: answers() }),
      'a bad token': postForm(server.url, '/submit', answers(), {
        guards: {
          ...guards,
          origin: 'null',
          entries: guards.entries.map(([n, v]) => [n, n === 'bf-csrf' ? `${v}x` : v]),
        },
        headers: { origin: 'null' },
      }),
      'another session’s token': formGuards(server.url, '/').then((other) =>
        postForm(server.url, '/flytning', answers(), {
          guards: { ...other, cookie: guards.cookie },
          headers: { origin: 'null' },
        }),
      ),
    };
    for (const [what, answer] of Object.entries(attempts)) {
      const response = await answer;
      expect(response.status, what).toBe(403);
      expect(response.headers.get('content-type'), what).toMatch(/^text\/html/u);
      const html = await response.text();
      expect(html, what).toContain(FORBIDDEN);
      expect(html, what).toContain('Vi har ikke gemt noget');
      expect(html, what).not.toContain('Mallory');
    }
    expect(stored()).toBe(before);
  });

  it("in the browser: a page from elsewhere posting the citizen's form with a stolen token gets 403", async () => {
    const before = stored();
    const page = await newPage();
    await page.goto(server.url);
    const token = await page.locator('input[name=bf-csrf]').inputValue();
    const id = await page.locator('input[name=bf-submission]').inputValue();
    // A page that is not the server's (its origin is opaque): the browser says so in Origin and
    // Sec-Fetch-Site, and the SameSite=Strict cookies stay behind.
    await page.goto('about:blank');
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === 'POST'),
      page.evaluate(
        ({ action, entries }) => {
          const form = document.createElement('form');
          Object.assign(form, { method: 'post', action });
          for (const [name, value] of entries) {
            const input = document.createElement('input');
            Object.assign(input, { type: 'hidden', name, value });
            form.append(input);
          }
          document.body.append(form);
          form.submit();
        },
        {
          action: new URL('/submit', server.url).href,
          entries: [
            ['bf-csrf', token],
            ['bf-submission', id],
            ['fornavn', 'Mallory'],
          ],
        },
      ),
    ]);
    expect(response.status()).toBe(403);
    await page.waitForLoadState();
    await expect.poll(() => page.locator('h1').textContent()).toBe(FORBIDDEN);
    expect(stored()).toBe(before);
  });

  it('a draft change without the page’s token is refused; with it, it is kept', async () => {
    // Drafts belong to a logged-in citizen (demo/routes/drafts.mjs).
    const cookie = await logInOverHttp(server.url, BO);
    const guards = await formGuards(server.url, '/parkering', { cookie });
    const token = guards.entries.find(([name]) => name === 'bf-csrf')?.[1] ?? '';
    const put = (headers: Record<string, string>) =>
      fetch(new URL('/kladder/parkering', server.url), {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          cookie: guards.cookie,
          origin: guards.origin,
          ...headers,
        },
        body: JSON.stringify({ schema: 1, savedAt: 0, step: 0, values: {} }),
      });
    const refused = await put({});
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(FORBIDDEN);
    expect((await put({ 'x-csrf-token': `${token}x` })).status).toBe(403);
    expect((await put({ 'x-csrf-token': token })).status).toBe(204);
    const removed = await fetch(new URL('/kladder/parkering', server.url), {
      method: 'DELETE',
      headers: { cookie: guards.cookie, origin: guards.origin },
    });
    expect(removed.status).toBe(403);
  });
});

describe('a token gone stale loses no answers', () => {
  it('the form comes back filled in with a Danish message; sent again, it is stored once', async () => {
    const page = await filledContactForm('Åse');
    const before = stored();
    // The CSRF secret is gone (a new browser session, a cleared cookie): the token in the form is stale.
    await page.context().clearCookies({ name: 'bf_demo_csrf' });
    const [stale] = await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === 'POST'),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(stale.status()).toBe(403);
    await page.waitForFunction(() => customElements.get('bf-text-field') !== undefined);
    await expect.poll(() => page.locator('bf-alert').textContent()).toContain('siden var for gammel');
    expect(await page.locator('bf-text-field[name=fornavn] input').inputValue()).toBe('Åse');
    expect(await page.locator('bf-text-field[name=email] input').inputValue()).toBe('aase@eksempel.dk');
    expect(stored()).toBe(before);

    await Promise.all([page.waitForURL('**/submit'), page.getByRole('button', { name: 'Send' }).click()]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vi har modtaget dine oplysninger');
    expect(stored()).toBe(before + 1);
  });
});

describe('hostile values come back as text', () => {
  it('on the 422 page: in their fields exactly as sent, and no element made of them', async () => {
    for (const value of HOSTILE) {
      const body = new URLSearchParams({ email: 'ada@', bemaerkning: value, navn: value });
      const response = await postForm(server.url, '/flytning', body);
      expect(response.status, value).toBe(422);
      const document = parse(await response.text());
      const all = elementsOf(document);
      const field = (name: string) => all.find((element) => attribute(element, 'name') === name);
      expect(attribute(field('bemaerkning'), 'value'), value).toBe(value);
      expect(attribute(field('navn'), 'value'), value).toBe(value);
      expect(
        all.filter((element) => element.tagName === 'img'),
        value,
      ).toEqual([]);
      expect(
        all.filter((element) => element.tagName === 'script').map((element) => attribute(element, 'src')),
        value,
      ).toEqual(['/dist/cdn/borgerform.js', '/demo/scripts/flytning.js']);
    }
  });

  it('on the receipt, in the browser: the answers read as typed, no element made of them', async () => {
    const page = await filledContactForm(HOSTILE.join(' '));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
    await Promise.all([page.waitForURL('**/submit'), page.getByRole('button', { name: 'Send' }).click()]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vi har modtaget dine oplysninger');
    expect(await page.locator('dd').first().textContent()).toBe(HOSTILE.join(' '));
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    const reference = (await page.locator('.demo-reference').textContent()) ?? '';
    expect(server.submissions!.get(reference)?.entries[0]).toMatchObject({ value: HOSTILE.join(' ') });
  });
});
