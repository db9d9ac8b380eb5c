/**
 * End-to-end: the demo page served by demo/server.mjs, driven by keyboard in Debian's Chromium under
 * the server's strict Content-Security-Policy (no inline script, Trusted Types required).
 * Needs `npm run build` first (the page loads dist/cdn/borgerform.js).
 */
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, postForm, startDemoServer, type DemoServer } from './support.js';

/** What the init script records in the page. */
interface PageRecords {
  __cspViolations: { directive: string; blockedURI: string; sample: string }[];
}

const catalogue = fileURLToPath(new URL('../../storybook-static/index.html', import.meta.url));

const FIELDS = ['fornavn', 'efternavn', 'email', 'telefon', 'postnummer'] as const;

let server: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors and uncaught exceptions of the current test's page. */
let pageErrors: string[];

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
  page = await context.newPage();
  pageErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  // Playwright's init scripts are not subject to the page's CSP, so this listener is not a violation itself.
  await page.addInitScript(() => {
    const records = window as unknown as PageRecords;
    records.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      records.__cspViolations.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
});

afterEach(async () => {
  await context?.close();
});

/** Opens the demo form and waits until every field has rendered. */
async function openForm(): Promise<void> {
  const response = await page.goto(server.url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await page.waitForFunction(() => customElements.get('bf-text-field') !== undefined);
  await page.evaluate(async () => {
    for (const field of document.querySelectorAll('bf-text-field')) {
      await (field as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
  });
}

/** Where keyboard focus is: the `name` of a focused field (with its inner control), or a description. */
function focused(): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.localName === 'bf-text-field') {
      const inner = active.shadowRoot?.activeElement;
      return `field:${active.getAttribute('name')}:${inner?.localName ?? 'none'}`;
    }
    return `${active.localName}:${(active.textContent ?? '').trim()}`;
  });
}

function cspViolations(): Promise<PageRecords['__cspViolations']> {
  return page.evaluate(() => (window as unknown as PageRecords).__cspViolations);
}

/** A raw GET with the path sent exactly as written (fetch and URL would resolve "..", "%2e%2e"). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo form in the browser', () => {
  it('can be filled in and sent with the keyboard only, and the receipt shows every value as text (W-2.1.1)', async () => {
    await openForm();
    const values: Record<(typeof FIELDS)[number], string> = {
      fornavn: 'Åse 😀',
      efternavn: 'Ærø-Østergård <script>alert(1)</script>',
      email: 'aase@example.dk',
      telefon: '+45 12 34 56 78',
      postnummer: '8000',
    };
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    // From the top of the page, Tab reaches the first field after at most the skip link.
    const stops: string[] = [];
    for (let i = 0; i < 5 && !stops.at(-1)?.startsWith('field:'); i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    expect(stops.at(-1)).toBe('field:fornavn:input');
    expect(stops.length).toBeLessThanOrEqual(2);

    for (const [index, name] of FIELDS.entries()) {
      expect(await focused()).toBe(`field:${name}:input`);
      await page.keyboard.type(values[name]);
      await page.keyboard.press('Tab');
      if (index < FIELDS.length - 1) expect(await focused()).toBe(`field:${FIELDS[index + 1]}:input`);
    }
    expect(await focused()).toBe('button:Send');

    // The values typed reached the fields (and their form values).
    const formValues = await page.evaluate(() =>
      Object.fromEntries(new FormData(document.querySelector('form')!)),
    );
    // Beside them, the hidden CSRF token and submission id the server put into the form.
    const { 'bf-csrf': token, 'bf-submission': id, ...typed } = formValues;
    expect(typed).toEqual(values);
    expect([typeof token, typeof id]).toEqual(['string', 'string']);

    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);

    await Promise.all([page.waitForURL((url) => url.pathname === '/submit'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vi har modtaget dine oplysninger');

    const answers = await page.evaluate(() =>
      [...document.querySelectorAll('dl dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]),
    );
    expect(Object.fromEntries(answers)).toEqual(values);
    // The script text is shown, never run: no script element anywhere on the receipt, no alert.
    expect(await page.locator('dd', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("does not send an empty form, and shows the first required field's Danish error", async () => {
    await openForm();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    const formUrl = page.url();

    // No error shows before the first submit attempt.
    expect(await page.locator('[part~="error"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Send' }).focus();
    await page.keyboard.press('Enter');

    const error = page.locator('bf-text-field[name=fornavn]').locator('[part~="error"]');
    await expect.poll(async () => ((await error.textContent()) ?? '').trim()).toMatch(/\S/);
    const message = ((await error.textContent()) ?? '').trim();
    expect(message).toMatch(/fornavn/i); // names the field, in Danish …
    expect(message).not.toMatch(/please|fill out|this field/i); // … not the browser's English bubble text
    expect(
      await page.locator('bf-text-field[name=fornavn]').locator('input').getAttribute('aria-invalid'),
    ).toBe('true');
    // Every required field shows its error, the optional ones none; focus moved to the first invalid field.
    for (const name of ['efternavn', 'email']) {
      expect(await page.locator(`bf-text-field[name=${name}]`).locator('[part~="error"]').count(), name).toBe(
        1,
      );
    }
    for (const name of ['telefon', 'postnummer']) {
      expect(await page.locator(`bf-text-field[name=${name}]`).locator('[part~="error"]').count(), name).toBe(
        0,
      );
    }
    expect(await focused()).toBe('field:fornavn:input');
    expect(page.url()).toBe(formUrl);
    expect(posts).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('form')!.checkValidity())).toBe(false);
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('submits on Enter inside a field, as a native field does, once the answers are valid', async () => {
    await openForm();
    const formUrl = page.url();
    await page.keyboard.press('Tab');
    if ((await focused()) !== 'field:fornavn:input') await page.keyboard.press('Tab'); // past the skip link
    for (const [name, value] of [
      ['fornavn', 'Bo'],
      ['efternavn', 'Ek'],
      ['email', 'bo@example.dk'],
      ['telefon', ''],
    ]) {
      expect(await focused()).toBe(`field:${name}:input`);
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('field:postnummer:input');
    await page.keyboard.type('80');
    await page.keyboard.press('Enter');

    // A postcode of two digits stops the submission with the page's own message; focus stays in the field.
    const error = page.locator('bf-text-field[name=postnummer]').locator('[part~="error"]');
    await expect
      .poll(async () => (await error.count()) > 0 && (await error.textContent()))
      .toContain('4 cifre');
    expect(
      await page.locator('bf-text-field[name=postnummer]').locator('input').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await focused()).toBe('field:postnummer:input');
    expect(page.url()).toBe(formUrl);

    await page.keyboard.type('00');
    await Promise.all([page.waitForURL((url) => url.pathname === '/submit'), page.keyboard.press('Enter')]);
    const answers = await page.evaluate(() =>
      [...document.querySelectorAll('dl dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]),
    );
    expect(Object.fromEntries(answers)).toEqual({
      fornavn: 'Bo',
      efternavn: 'Ek',
      email: 'bo@example.dk',
      telefon: 'Ikke udfyldt',
      postnummer: '8000',
    });
    expect(pageErrors).toEqual([]);
  });

  it('survives 200 % zoom (640 CSS px wide at 1280 px) with a doubled default text size: no horizontal scrolling, no clipped label (W-1.4.4)', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    // The citizen's browser set to a 32 px default text: the fields size themselves from it (medium).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await openForm();
    await page.evaluate(() => {
      document.documentElement.style.setProperty('font-size', '200%');
    });
    const fieldText = await page.evaluate(
      () => getComputedStyle(document.querySelector('bf-text-field')!).fontSize,
    );
    expect(fieldText).toBe('32px');
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const clipped = [...document.querySelectorAll('bf-text-field')]
        .filter((field) => {
          const label = field.shadowRoot!.querySelector('label')!;
          return label.scrollWidth > label.clientWidth || field.scrollWidth > field.clientWidth;
        })
        .map((field) => field.getAttribute('name'));
      return { scrolls: root.scrollWidth > root.clientWidth, clipped };
    });
    expect(overflow).toEqual({ scrolls: false, clipped: [] });
  });

  it("ignores the CMS theme's 62.5 % root and centred body: fields are 16 px, start-aligned, with 44 px targets", async () => {
    await openForm();
    const seen = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const fields = [...document.querySelectorAll('bf-text-field')].map((field) => {
        const label = field.shadowRoot!.querySelector('label')!;
        const input = field.shadowRoot!.querySelector('input')!;
        return {
          size: getComputedStyle(field).fontSize,
          align: getComputedStyle(label).textAlign,
          letterSpacing: getComputedStyle(label).letterSpacing,
          height: input.getBoundingClientRect().height,
        };
      });
      return { root: getComputedStyle(document.documentElement).fontSize, align: body.textAlign, fields };
    });
    expect(seen.root).toBe('10px');
    expect(seen.align).toBe('center');
    expect(seen.fields).toHaveLength(FIELDS.length);
    for (const field of seen.fields) {
      expect(field).toMatchObject({ size: '16px', align: 'start', letterSpacing: 'normal' });
      expect(field.height).toBeGreaterThanOrEqual(44);
    }
  });

  it('a second copy of the library on the page neither throws nor redefines the elements', async () => {
    await openForm();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // Another URL is another module instance: the whole bundle runs a second time.
    // (A dynamic import: the page's Trusted Types policy forbids adding a <script src> from script.)
    await page.evaluate("import('/dist/cdn/borgerform.js?copy=2').then(() => true)"); // a string: Vite must not rewrite import()
    await expect
      .poll(() => warnings.some((w) => w.includes('<bf-text-field> is already defined')))
      .toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await page.locator('bf-text-field[name=fornavn] input').count()).toBe(1);
  });
});

describe('the component catalogue (static Storybook build)', () => {
  it('renders the bf-text-field stories with working elements (sideEffects did not drop the registrations)', async () => {
    expect(existsSync(catalogue), 'storybook-static/ is built by npm test before the e2e run').toBe(true);
    const response = await page.goto(
      new URL(
        '/catalogue/iframe.html?id=felter-tekstfelt-bf-text-field--with-hint&viewMode=story',
        server.url,
      ).href,
    );
    expect(response?.status()).toBe(200);
    const label = page.locator('bf-text-field [part~="label"]');
    await expect.poll(() => label.textContent(), { timeout: 15_000 }).toBe('Fornavn (frivilligt)');
    expect(await page.locator('bf-text-field [part~="hint"]').textContent()).toContain('Skriv dit fornavn');
  });
});

describe('the back button', () => {
  it('brings the citizen back to the form with every value in place (the browser restores form state)', async () => {
    // Without the back/forward cache the page is loaded anew and the browser hands each field its
    // saved state (formStateRestoreCallback): the path a real browser takes when the cache is full.
    const noCache = await launchChromium(['--disable-features=BackForwardCache']);
    await context.close();
    context = await noCache.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
    page = await context.newPage();
    try {
      await backButtonKeepsValues();
    } finally {
      await context.close();
      await noCache.close();
    }
  });
});

async function backButtonKeepsValues(): Promise<void> {
  {
    await openForm();
    const values = { fornavn: 'Åse', efternavn: 'Ærø <b>fed</b>', email: 'aase@eksempel.dk' };
    for (const [name, value] of Object.entries(values)) {
      await page.locator(`bf-text-field[name=${name}] input`).fill(value);
    }
    await Promise.all([page.waitForURL('**/submit'), page.getByRole('button', { name: 'Send' }).click()]);
    await page.goBack();
    await page.waitForFunction(() => customElements.get('bf-text-field') !== undefined);
    for (const [name, value] of Object.entries(values)) {
      await expect.poll(() => page.locator(`bf-text-field[name=${name}] input`).inputValue()).toBe(value);
    }
    const formData = await page.evaluate(() =>
      Object.fromEntries(
        new FormData(document.querySelector('form')!) as unknown as Iterable<[string, string]>,
      ),
    );
    expect(formData).toMatchObject(values);
  }
}

describe('demo server', () => {
  it('escapes posted values on the receipt (urlencoded and multipart)', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const urlencoded = await postForm(
      server.url,
      '/submit',
      new URLSearchParams({ navn: attack, '<b>felt</b>': 'Ø' }),
      { page: '/' },
    );
    expect(urlencoded.status).toBe(200);
    expect(urlencoded.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(urlencoded.headers.get('cache-control')).toBe('no-store');
    const html = await urlencoded.text();
    expect(html).toContain('Vi har modtaget dine oplysninger');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;b&gt;felt&lt;/b&gt;');
    expect(html).not.toContain('<b>felt');

    const multipart = new FormData();
    multipart.append('navn', attack);
    multipart.append('bilag', new Blob(['hej'], { type: 'text/plain' }), '"><svg onload=alert(1)>.txt');
    const multipartResponse = await postForm(server.url, '/submit', multipart, { page: '/' });
    expect(multipartResponse.status).toBe(200);
    const multipartHtml = await multipartResponse.text();
    expect(multipartHtml).toContain('&lt;img src=x');
    expect(multipartHtml).not.toContain('<img src=x');
    expect(multipartHtml).not.toContain('<svg');
  });

  it('refuses bodies over 10 MB, other content types and other methods', async () => {
    const tooLarge = await new Promise<number>((resolve, reject) => {
      const { hostname, port } = new URL(server.url);
      const req = httpRequest(
        {
          hostname,
          port,
          path: '/submit',
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'Content-Length': 10 * 1024 * 1024 + 1,
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.flushHeaders(); // headers only: the server answers from Content-Length without reading the body
    });
    expect(tooLarge).toBe(413);

    const json = await fetch(new URL('/submit', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const put = await fetch(server.url, { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(new URL('/submit', server.url))).status).toBe(405);
  });

  it('does not serve files outside its folders', async () => {
    for (const path of [
      '/dist/../package.json',
      '/dist/%2e%2e/package.json',
      '/dist/%2E%2E/package.json',
      '/dist/..%2fpackage.json',
      '/dist/%2e%2e%2fpackage.json',
      '/dist/..%5cpackage.json',
      '/demo/..%2fpackage.json',
      '/demo/server.mjs',
      '/catalogue/..%2f..%2fpackage.json',
      '/dist/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
      '/dist//etc/passwd',
      '/package.json',
    ]) {
      const { status, body } = await rawGet(path);
      expect(status, path).toBeGreaterThanOrEqual(400);
      expect(body, path).not.toContain('"devDependencies"');
      expect(body, path).not.toContain('root:');
      expect(body, path).not.toContain('startServer');
    }
  });

  it('serves the bundle, the stylesheet and pages with the right types and headers', async () => {
    const js = await fetch(new URL('/dist/cdn/borgerform.js', server.url));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');

    const css = await fetch(new URL('/demo/demo.css', server.url));
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);

    const home = await fetch(server.url);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('referrer-policy')).toBe('no-referrer');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('content-security-policy')).toBe(
      "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    const html = await home.text();
    expect(html).toContain('<html lang="da">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(html).not.toMatch(/<style|\sstyle=/); // no inline style
    expect(html).not.toMatch(/user-scalable|maximum-scale/); // zoom is never blocked

    const missing = await fetch(new URL('/nothing-here', server.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Siden findes ikke');

    const redirect = await fetch(new URL('/catalogue', server.url), { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/catalogue/');
    const catalogueIndex = await fetch(new URL('/catalogue/', server.url));
    if (existsSync(catalogue)) {
      expect(catalogueIndex.status).toBe(200);
      expect(catalogueIndex.headers.get('content-security-policy')).toBeNull(); // Storybook needs inline scripts
    } else {
      expect(catalogueIndex.status).toBe(404);
      expect(await catalogueIndex.text()).toContain('npm run build-storybook');
    }
  });
});
