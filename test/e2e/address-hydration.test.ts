// A server-rendered bf-address-input with `manual` (borgerform/ssr in Node, cdn/borgerform-hydrate.js in
// Chromium): the server has no provider, so it draws the field typed by hand only. Hydration compares
// the first render with the server's, so a host module that sets a provider right after the elements
// load must not make the first render differ: the field hydrates as drawn, then shows its search box.
import { readFile } from 'node:fs/promises';
import { html } from 'lit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFragment } from '../../src/ssr/index.js';
import { launchChromium } from './support.js';

const ORIGIN = 'http://bf.test';
const dist = new URL('../../dist/', import.meta.url);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page with the server-rendered field and a host module (`host`: its body after the import). */
async function open(host: string): Promise<{ page: Page; problems: string[] }> {
  const field = await renderFragment(
    html`<form><bf-address-input name="adresse" label="Adresse" manual required></bf-address-input></form>`,
    { stylesBase: '/styles/' },
  );
  const markup = `<!doctype html><html lang="da"><head><title>Adresse</title></head><body>${field}
    <script type="module">import '/borgerform-hydrate.js';\n${host}</script></body></html>`;
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: markup });
    const file = path.startsWith('/styles/')
      ? `ssr/styles/${path.slice('/styles/'.length)}`
      : path === '/borgerform-hydrate.js'
        ? 'cdn/borgerform-hydrate.js'
        : undefined;
    if (!file) return route.fulfill({ status: 404, body: '' });
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    return route.fulfill({ contentType: type, body: await readFile(new URL(file, dist)) });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => customElements.get('bf-address-input') !== undefined);
  await page.locator('bf-address-input').evaluate(async (element) => {
    for (let round = 0; round < 3; round++) {
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
    }
  });
  return { page, problems };
}

const searchBoxes = (page: Page) => page.locator('bf-address-input [role="combobox"]').count();

describe('a server-rendered address field typed by hand only', () => {
  it('is drawn on the server with the manual fields and no search box, and hydrates without a provider', async () => {
    const { page, problems } = await open('');
    expect(await searchBoxes(page)).toBe(0);
    expect(await page.getByRole('group', { name: 'Adresse' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Vejnavn' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hydrates as drawn when a host module sets a provider right away, then shows the search box', async () => {
    const { page, problems } = await open(
      `document.querySelector('bf-address-input').provider = { suggest: async () => [], resolve: async () => { throw new Error('none'); } };`,
    );
    expect(problems).toEqual([]);
    expect(await searchBoxes(page)).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Adresse' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Skriv adressen selv' }).count()).toBe(1);
    await page.close();
  });
});
