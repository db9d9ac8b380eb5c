/**
 * Issue 17 item 7b: IBM Plex Sans, shipped as an optional self-hosted font (dist/fonts/), loads from the
 * page's own origin only, under `default-src 'self'` (no inline style, no other host), and the fields
 * draw with it. Needs `npm run build` first.
 */
import type { Browser, ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support.js';
import { startStaticServer, STRICT_CSP, type StaticServer } from './themes/static-server.js';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  requests: Request[];
  problems: string[];
  cspHeader: string | undefined;
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const requests: Request[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(new URL(path, server.url).href);
  await page.evaluate(async () => {
    await customElements.whenDefined('bf-text-field');
    for (const field of document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'bf-text-field',
    ))
      await field.updateComplete;
    await document.fonts.ready;
  });
  return { page, requests, problems, cspHeader: response?.headers()['content-security-policy'] };
}

describe('the self-hosted IBM Plex Sans', () => {
  it('loads from the page’s own origin only, under default-src self, with nothing refused', async () => {
    const { page, requests, problems, cspHeader } = await visit('test/e2e/themes/pages/font.html');
    expect(cspHeader).toBe(STRICT_CSP);
    const origin = new URL(server.url).origin;
    expect(requests.map((request) => new URL(request.url()).origin)).toEqual(requests.map(() => origin));
    const fonts = requests
      .filter((request) => request.resourceType() === 'font')
      .map((r) => new URL(r.url()).pathname);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts)
      expect(font).toMatch(
        /^\/dist\/fonts\/ibm-plex-sans\/ibm-plex-sans-latin(-ext)?-(400|600)-normal\.woff2$/u,
      );
    // "Ł" is outside the latin subset: the latin-ext file is fetched for it.
    expect(fonts).toContain('/dist/fonts/ibm-plex-sans/ibm-plex-sans-latin-ext-400-normal.woff2');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is loaded in document.fonts, and the fields’ label, hint and error draw with it', async () => {
    const { page } = await visit('test/e2e/themes/pages/font.html');
    const loaded = await page.evaluate(() =>
      [...document.fonts]
        .filter((face) => face.status === 'loaded')
        .map((face) => `${face.family.replace(/"/gu, '')} ${face.weight}`),
    );
    expect(loaded).toEqual(expect.arrayContaining(['IBM Plex Sans 400', 'IBM Plex Sans 600']));
    expect(await page.evaluate(() => document.fonts.check('400 16px "IBM Plex Sans"', 'Ærø'))).toBe(true);
    const families = await page.evaluate(() =>
      [...document.querySelectorAll('bf-text-field')].flatMap((field) =>
        [...field.shadowRoot!.querySelectorAll('.label, .hint:not([hidden]), .error, input')].map(
          (part) => getComputedStyle(part).fontFamily,
        ),
      ),
    );
    expect(families.length).toBeGreaterThanOrEqual(5);
    for (const family of families) expect(family).toMatch(/^"IBM Plex Sans", system-ui/u);
    await page.close();
  });

  it('is optional: a page with the theme but not the font CSS fetches no font file', async () => {
    const { page, requests, problems } = await visit('test/e2e/themes/pages/theme-only.html');
    expect(requests.filter((request) => request.resourceType() === 'font')).toEqual([]);
    expect(await page.evaluate(() => [...document.fonts].length)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
