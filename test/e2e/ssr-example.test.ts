// The server-rendering example (examples/ssr/server.mjs) in Debian's Chromium: the form shows, styled,
// before any script runs; what the citizen types and ticks before hydration is still there after it and
// reaches FormData; nothing moves when the elements hydrate; no error, warning or CSP violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support.js';

interface Example {
  url: string;
  close(): Promise<void>;
}
// A plain JavaScript module without type declarations: imported by URL and typed here.
const exampleModule = new URL('../../examples/ssr/server.mjs', import.meta.url).href;
const { startExample, CSP } = (await import(exampleModule)) as {
  startExample: (port?: number) => Promise<Example>;
  CSP: string;
};

const FIELDS = 'bf-text-field, bf-date-input, bf-select, bf-checkbox';

let example: Example;
let browser: Browser;
beforeAll(async () => {
  example = await startExample();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await example?.close();
});

/**
 * A page whose element script is held back until `release()`; console messages and CSP reports
 * collected. `arrive` brings the page to the form (default: open it).
 */
async function openHeld(
  arrive: (page: Page) => Promise<unknown> = (page) => page.goto(example.url, { waitUntil: 'commit' }),
  existing?: Page,
): Promise<{ page: Page; release: () => void; messages: string[] }> {
  const page = existing ?? (await browser.newPage());
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
    const record = window as unknown as { shifts: number[]; violations: string[] };
    record.shifts = [];
    record.violations = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (event) =>
      record.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await arrive(page);
  await page.locator('bf-checkbox input').waitFor();
  // Every shadow root's stylesheet in (the page's load event waits for the held script).
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((element) =>
        [...(element.shadowRoot?.querySelectorAll('link') ?? [])].every((link) => link.sheet),
      ),
    FIELDS,
  );
  return { page, release, messages };
}

/** Each field's box on the page. */
function boxes(page: Page): Promise<number[][]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((element) => {
        const box = element.getBoundingClientRect();
        return [box.x, box.y, box.width, box.height];
      }),
    FIELDS,
  );
}

async function hydrate(page: Page, release: () => void): Promise<void> {
  release();
  await page.waitForFunction(() => customElements.get('bf-checkbox') !== undefined);
  await page.evaluate(async (selector) => {
    for (const element of document.querySelectorAll(selector))
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  }, FIELDS);
}

describe('server-rendered form (examples/ssr)', () => {
  it('is served under the strict CSP', async () => {
    const response = await fetch(example.url);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    const markup = await response.text();
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open"');
    expect(markup).not.toMatch(/<style|\sstyle=|<script(?![^>]*\ssrc=)/u); // no inline style or script
  });

  it('shows labels, hints, inputs and options before the script runs, styled', async () => {
    const { page, release } = await openHeld();
    expect(await page.evaluate(() => customElements.get('bf-text-field'))).toBeUndefined();
    await expect(page.getByText('Fornavn', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Som i dit pas').isVisible()).resolves.toBe(true);
    expect(await page.locator('bf-select option').allTextContents()).toEqual(['Vælg', 'København', 'Aarhus']);
    expect(await page.getByText('(frivilligt)').count()).toBe(3); // the marker in the page's language
    // The element's stylesheet is applied: the input has the library's border, not the browser's.
    const border = await page
      .locator('bf-text-field[name="fornavn"] input')
      .evaluate((input) => getComputedStyle(input).borderTopWidth);
    expect(border).toBe('2px');
    release();
    await page.close();
  });

  it('keeps what the citizen typed and ticked before hydration, in FormData, with nothing moving', async () => {
    const { page, release, messages } = await openHeld();
    const before = await boxes(page);
    await page.locator('bf-text-field[name="fornavn"] input').fill('Ada');
    const dateParts = page.locator('bf-date-input input');
    await dateParts.nth(0).fill('01');
    await dateParts.nth(1).fill('08');
    await dateParts.nth(2).fill('2027');
    await page.locator('bf-select select').selectOption('0751');
    await page.locator('bf-checkbox input').check();
    await page.locator('h1').click(); // leave the last field, as a citizen would
    await hydrate(page, release);

    expect(await page.locator('bf-text-field[name="fornavn"] input').inputValue()).toBe('Ada');
    expect(await page.locator('bf-checkbox input').isChecked()).toBe(true);
    const state = await page.evaluate(() => ({
      entries: [...new FormData(document.querySelector('form')!)].map(([name, value]) => [
        name,
        typeof value === 'string' ? value : value.name,
      ]),
      properties: [
        (document.querySelector('bf-text-field') as unknown as { value: string }).value,
        (document.querySelector('bf-checkbox') as unknown as { checked: boolean }).checked,
      ],
      shifts: (window as unknown as { shifts: number[] }).shifts,
      violations: (window as unknown as { violations: string[] }).violations,
      adopted: document.querySelector('bf-text-field')!.shadowRoot!.adoptedStyleSheets.length,
      links: document.querySelector('bf-text-field')!.shadowRoot!.querySelectorAll('link, style').length,
      deferred: document.querySelectorAll('[defer-hydration]').length,
    }));
    expect(state.entries).toEqual([
      ['fornavn', 'Ada'],
      ['flyttedato', '2027-08-01'],
      ['kommune', '0751'],
      ['samtykke', 'on'],
    ]);
    expect(state.properties).toEqual(['Ada', true]);
    expect(await boxes(page)).toEqual(before);
    expect(state.shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    expect(state.adopted).toBe(0); // hydration keeps the linked stylesheet and adds no second copy
    expect(state.links).toBe(2); // the styles all fields share, then the class's own
    expect(state.deferred).toBe(0);
    expect(state.violations).toEqual([]);
    expect(messages).toEqual([]);
    // The radio group hydrated with its follow-up question: choosing "Andet" reveals it.
    const followUp = page.locator('bf-text-field[name="bolig-andet"] input');
    expect(await followUp.isVisible()).toBe(false);
    await page.getByRole('radio', { name: 'Andet' }).check();
    expect(await followUp.isVisible()).toBe(true);
    await page.close();
  });

  it('renders an English page in English on the server, so hydration changes no text', async () => {
    const { page, release, messages } = await openHeld((page) =>
      page.goto(`${example.url}?lang=en`, { waitUntil: 'commit' }),
    );
    const texts = (): Promise<string[]> =>
      page.evaluate(
        (selector) =>
          [...document.querySelectorAll(selector)].map((element) =>
            (element.shadowRoot?.textContent ?? '').replace(/\s+/gu, ' ').trim(),
          ),
        FIELDS,
      );
    const before = await texts();
    expect(before.join(' ')).toContain('Flyttedato (optional)');
    expect(before.join(' ')).toContain('Day');
    expect(await page.locator('bf-select option').first().textContent()).toBe('Select');
    await hydrate(page, release);
    expect(await texts()).toEqual(before);
    expect(messages).toEqual([]);
    await page.close();
  });

  it("comes back from the server's own check with the error shown and summarised before the script runs", async () => {
    const page = await browser.newPage();
    await page.goto(example.url);
    await hydrate(page, () => undefined);
    await page.locator('bf-text-field[name="fornavn"] input').fill('Ada');
    await page.locator('bf-select select').selectOption('0751');
    await page.getByRole('radio', { name: 'Til leje' }).check();
    await page.locator('bf-checkbox input').check();
    const send = page.getByRole('button', { name: 'Send' });
    const { release, messages } = await openHeld(() => send.click(), page);
    // Before the script: the summary and the field's message, from the server's markup alone.
    expect(await page.evaluate(() => customElements.get('bf-error-summary'))).toBeUndefined();
    const link = page.locator('bf-error-summary a');
    const message = 'Vi kan ikke behandle flytninger til Aarhus endnu. Vælg en anden kommune.';
    expect(await link.textContent()).toBe(message);
    expect(await link.getAttribute('href')).toBe('#kommune');
    await expect(page.getByText('Der er problemer').isVisible()).resolves.toBe(true);
    expect(await page.locator('bf-select .error').textContent()).toContain(message);
    expect(await page.locator('bf-select select').inputValue()).toBe('0751');
    expect(await page.locator('bf-text-field[name="fornavn"] input').inputValue()).toBe('Ada');
    expect(await page.getByRole('radio', { name: 'Til leje' }).isChecked()).toBe(true);
    const before = await boxes(page);
    await hydrate(page, release);
    await page.evaluate(() => document.querySelector('bf-error-summary')!.updateComplete);
    expect(await link.textContent()).toBe(message);
    expect(await boxes(page)).toEqual(before);
    const after = await page.evaluate(() => ({
      focused: document.activeElement?.localName,
      title: document.title,
      shifts: (window as unknown as { shifts: number[] }).shifts,
      userInvalid: document.querySelector('bf-select')!.hasAttribute('user-invalid'),
    }));
    expect(after).toEqual({
      focused: 'bf-error-summary',
      title: 'Fejl: Flytning',
      shifts: [],
      userInvalid: true,
    });
    // The browser's own note of the page's 422 status is the only message.
    expect(messages.filter((text) => !text.includes('status of 422'))).toEqual([]);
    await page.close();
  });

  it('styles a field from its linked sheets exactly as the sheets Lit adopts for a client-rendered one', async () => {
    const page = await browser.newPage();
    await page.goto(example.url);
    await hydrate(page, () => undefined);
    await page.locator('bf-select select').selectOption('0751');
    await page.getByRole('radio', { name: 'Til leje' }).check();
    await page.locator('bf-checkbox input').check();
    await page.locator('bf-text-field[name="fornavn"] input').fill('Ada');
    const send = page.getByRole('button', { name: 'Send' });
    const { release } = await openHeld(() => send.click(), page);
    const parts = { host: '', label: '.label', control: 'select', error: '.error' };
    const properties = [
      'color',
      'font-size',
      'font-weight',
      'line-height',
      'display',
      'margin-block-end',
      'padding-inline-start',
      'border-inline-start-width',
      'border-top-width',
      'border-top-color',
      'border-radius',
      'height',
      'gap',
    ];
    const read = (from: string) =>
      page.evaluate(
        ({ from, parts, properties }) => {
          const host = document.querySelector(from)!;
          return Object.fromEntries(
            Object.entries(parts).map(([part, selector]) => {
              const element = selector ? host.shadowRoot!.querySelector(selector)! : host;
              const style = getComputedStyle(element);
              return [part, properties.map((property) => `${property}: ${style.getPropertyValue(property)}`)];
            }),
          );
        },
        { from, parts, properties },
      );
    // Before any script: the server's markup, styled by controls.css and bf-select.css only.
    const server = await read('bf-select[name="kommune"]');
    expect(server.error).toContain('display: flex');
    await hydrate(page, release);
    // A copy rendered in the browser (Lit's adopted sheets), beside it, with the same attributes and options.
    await page.evaluate(async () => {
      const original = document.querySelector('bf-select[name="kommune"]')!;
      const copy = document.createElement('bf-select');
      for (const { name, value } of original.attributes)
        if (name !== 'id' && name !== 'name') copy.setAttribute(name, value);
      copy.setAttribute('name', 'kopi');
      copy.id = 'kopi';
      for (const option of original.querySelectorAll('bf-option')) copy.append(option.cloneNode(true));
      original.after(copy);
      await (copy as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      (copy as unknown as { value: string }).value = '0751';
      await (copy as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    });
    const client = await read('bf-select#kopi');
    expect(
      await page.evaluate(() => ({
        adopted: document.querySelector('bf-select#kopi')!.shadowRoot!.adoptedStyleSheets.length,
        links: document.querySelector('bf-select#kopi')!.shadowRoot!.querySelectorAll('link').length,
      })),
    ).toEqual({ adopted: 2, links: 0 });
    expect(client).toEqual(server);
    await page.close();
  });

  it('submits the hydrated form natively', async () => {
    const { page, release } = await openHeld();
    await hydrate(page, release);
    await page.locator('bf-text-field[name="fornavn"] input').fill('Bo');
    await page.getByRole('radio', { name: 'Til leje' }).check();
    await page.locator('bf-checkbox input').check();
    await Promise.all([page.waitForURL(example.url), page.getByRole('button', { name: 'Send' }).click()]);
    const posted = JSON.parse((await page.locator('body').textContent()) ?? '[]') as string[][];
    expect(posted).toContainEqual(['fornavn', 'Bo']);
    expect(posted).toContainEqual(['samtykke', 'on']);
    expect(posted).toContainEqual(['bolig', 'leje']);
    await page.close();
  });
});
