// The flow elements rendered on the server (`borgerform/ssr`) in Debian's Chromium: before any script
// runs a wizard page shows the step the wizard will show (the first, the one with the server's error,
// only the steps that apply), with its buttons and the step indicator, and a receipt shows all of
// itself; hydration changes nothing that is seen (no layout shift, the same step, the same texts) and
// the wizard works after it.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { html } from 'lit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFragment } from '../../src/ssr/index.js';
import { launchChromium } from './support.js';

const dist = new URL('../../dist/', import.meta.url);
const CSP = "default-src 'self'; require-trusted-types-for 'script'";

/** The wizard: three steps, the step indicator, the error summary; `error` on the second step's field. */
function wizardForm(error: string) {
  return html`<bf-form><form method="post" action="/"><bf-error-summary></bf-error-summary
    ><bf-wizard solution="Flytning"><bf-step-indicator></bf-step-indicator
      ><bf-step heading="Om dig"><bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field></bf-step
      ><bf-step heading="Ny adresse"
        ><bf-text-field id="adresse" name="adresse" label="Adresse" value="Vejen 1" error=${error}></bf-text-field
      ></bf-step
      ><bf-step heading="Tjek dine svar"><p>Tjek, at alt er rigtigt.</p><button>Send</button></bf-step></bf-wizard
    ></form></bf-form>`;
}

/** A wizard whose second step applies only to tenants, on a page sent back with the answer "Ejer". */
const conditionalForm = html`<bf-form><form method="post" action="/"><bf-error-summary></bf-error-summary
  ><bf-wizard><bf-step-indicator></bf-step-indicator
    ><bf-step heading="Bolig"
      ><bf-radio-group name="bolig" label="Bolig" value="eje"
        ><bf-option value="eje">Ejer</bf-option><bf-option value="leje">Lejer</bf-option></bf-radio-group
      ></bf-step
    ><bf-step heading="Lejemål" when="bolig=leje"><bf-text-field name="udlejer" label="Udlejer"></bf-text-field></bf-step
    ><bf-step heading="Tjek dine svar"><button>Send</button></bf-step></bf-wizard
  ></form></bf-form>`;

/** A receipt page a server writes after a plain POST: everything from attributes and the host's text. */
const receipt = html`<bf-receipt reference="FLY-2026-0042" sent-at="2026-12-05T10:00:00Z" digital-post
  ><p>Vi behandler din flytning inden for 5 hverdage.</p></bf-receipt
>`;

async function page(path: string): Promise<string> {
  const template =
    path === '/kvittering'
      ? receipt
      : path === '/betinget'
        ? conditionalForm
        : wizardForm(path === '/fejl' ? 'Vi kender ikke adressen' : '');
  const form = await renderFragment(template, { lang: 'da', stylesBase: '/styles/' });
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Flytning</title>
<link rel="stylesheet" href="/tokens.css"><script type="module" src="/borgerform-hydrate.js"></script></head>
<body><main>${form}</main></body></html>`;
}

let server: Server;
let url = '';
let browser: Browser;
beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (type: string, body: string | Buffer) => {
      response.writeHead(200, { 'content-type': type, 'content-security-policy': CSP }).end(body);
    };
    const file =
      path === '/borgerform-hydrate.js'
        ? 'cdn/borgerform-hydrate.js'
        : path === '/tokens.css'
          ? 'tokens.css'
          : /^\/styles\/[a-z0-9-]+\.css$/u.test(path)
            ? `ssr/styles/${path.slice('/styles/'.length)}`
            : null;
    const reply = ['/', '/fejl', '/betinget', '/kvittering'].includes(path)
      ? page(path).then((body) => send('text/html', body))
      : file
        ? readFile(new URL(file, dist)).then((body) =>
            send(file.endsWith('.js') ? 'text/javascript' : 'text/css', body),
          )
        : Promise.reject(new Error('not found'));
    reply.catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens `path` with the element script held back until `release()`; messages and layout shifts recorded. */
async function openHeld(
  path: string,
  ready = 'bf-step-indicator nav',
): Promise<{ page: Page; release: () => void; messages: string[] }> {
  const page = await browser.newPage();
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
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
  await page.goto(`${url}${path}`, { waitUntil: 'commit' });
  await page.locator(ready).waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('bf-step, bf-step-indicator, bf-text-field, bf-receipt')].every((element) =>
      [...(element.shadowRoot?.querySelectorAll('link') ?? [])].every((link) => link.sheet),
    ),
  );
  // Across hydration only: shadow roots' stylesheets do not hold back the first paint, so the page
  // may shift while it loads them, before any script (the same without a wizard).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          (window as unknown as { shifts: number[] }).shifts = [];
          resolve();
        }),
      ),
  );
  return { page, release, messages };
}

/** What is seen: the visible steps' headings, the step indicator's text, each visible element's box. */
function seen(page: Page) {
  return page.evaluate(() => {
    const visible = (element: Element) => element.getBoundingClientRect().height > 0;
    return {
      steps: [...document.querySelectorAll('bf-step')]
        .filter(visible)
        .map((step) => step.getAttribute('heading')),
      buttons: [...document.querySelectorAll('bf-step')]
        .filter(visible)
        .flatMap((step) =>
          [...step.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent?.trim()),
        ),
      indicator: document
        .querySelector('bf-step-indicator')!
        .shadowRoot!.textContent.replace(/\s+/gu, ' ')
        .trim(),
      boxes: [
        ...document.querySelectorAll('bf-step, bf-step-indicator, bf-text-field, bf-error-summary'),
      ].map((element) => {
        const box = element.getBoundingClientRect();
        return [box.x, box.y, box.width, box.height];
      }),
    };
  });
}

async function hydrate(page: Page, release: () => void): Promise<void> {
  release();
  await page.waitForFunction(() => customElements.get('bf-step-indicator') !== undefined);
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll(
      'bf-wizard, bf-step, bf-step-indicator, bf-error-summary',
    ))
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  });
}

describe('server-rendered wizard', () => {
  it('shows the first step before the script runs, and the same after hydration, with nothing moving', async () => {
    const { page, release, messages } = await openHeld('/');
    expect(await page.evaluate(() => customElements.get('bf-wizard'))).toBeUndefined();
    const before = await seen(page);
    expect(before.steps).toEqual(['Om dig']);
    expect(before.buttons).toEqual(['Næste']);
    expect(before.indicator).toContain('Trin 1 af 3');
    await hydrate(page, release);
    expect(await seen(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    expect(messages).toEqual([]);
    // The hydrated wizard goes on.
    await page.getByRole('button', { name: 'Næste' }).click();
    await page.getByRole('heading', { name: 'Ny adresse' }).waitFor();
    expect((await seen(page)).steps).toEqual(['Ny adresse']);
    await page.close();
  });

  it("opens on the step with the server's error, summarised, before and after hydration", async () => {
    const { page, release, messages } = await openHeld('/fejl');
    const before = await seen(page);
    expect(before.steps).toEqual(['Ny adresse']);
    expect(before.buttons).toEqual(['Tilbage', 'Næste']);
    expect(before.indicator).toContain('Trin 2 af 3');
    expect(await page.locator('bf-error-summary a').textContent()).toBe('Vi kender ikke adressen');
    await hydrate(page, release);
    expect(await seen(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    expect(await page.locator('bf-error-summary a').textContent()).toBe('Vi kender ikke adressen');
    expect(messages).toEqual([]);
    await page.close();
  });

  it('counts only the steps that apply to the answers it was rendered with, as the browser does', async () => {
    const { page, release, messages } = await openHeld('/betinget');
    const before = await seen(page);
    expect(before.steps).toEqual(['Bolig']);
    expect(before.buttons).toEqual(['Næste']);
    expect(before.indicator).toContain('Trin 1 af 2');
    await hydrate(page, release);
    expect(await seen(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    expect(messages).toEqual([]);
    await page.close();
  });

  it('renders a receipt whole on the server: hydration changes no text and moves nothing', async () => {
    const { page, release, messages } = await openHeld('/kvittering', 'bf-receipt h1');
    const text = () =>
      page.evaluate(() =>
        document.querySelector('bf-receipt')!.shadowRoot!.textContent.replace(/\s+/gu, ' ').trim(),
      );
    const box = () =>
      page.evaluate(() => JSON.stringify(document.querySelector('bf-receipt')!.getBoundingClientRect()));
    const before = { text: await text(), box: await box() };
    expect(before.text).toContain('Referencenummer: FLY-2026-0042');
    expect(before.text).toContain('Sendt 05-12-2026 kl. 11.00');
    expect(before.text).toContain('Digital Post');
    release();
    await page.waitForFunction(() => customElements.get('bf-receipt') !== undefined);
    await page.evaluate(
      () =>
        (document.querySelector('bf-receipt') as unknown as { updateComplete: Promise<boolean> })
          .updateComplete,
    );
    expect({ text: await text(), box: await box() }).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    expect(messages).toEqual([]);
    await page.close();
  });
});
