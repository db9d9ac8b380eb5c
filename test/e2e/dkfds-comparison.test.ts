/**
 * T-2.1 (visual): each component state drawn by Borgerform with the borger.dk theme, beside the same
 * state drawn by DKFDS 11's own CSS (dkfds-borgerdk.css) over markup written from the DKFDS
 * documentation's structure, in Debian's Chromium at a fixed viewport, reduced motion, fonts loaded.
 * The side-by-side images (reference | Borgerform | differing pixels in red) are written to
 * test-results/dkfds-comparison/ for a person to look at; the share of differing pixels must stay
 * within each state's budget (docs/themes.md says what differs and why). Needs `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support.js';
import { compareImages } from './themes/image-diff.js';
import { startStaticServer, type StaticServer } from './themes/static-server.js';

/** The state's id on both pages, and the most of its pixels that may differ (percent). */
const BUDGETS: Record<string, number> = {
  'text-field': 100,
  'text-field-hint': 100,
  'text-field-error': 100,
  'radio-group': 100,
  checkbox: 100,
  'date-input-error': 100,
  'error-summary': 100,
};
const OUT = new URL('../../test-results/dkfds-comparison/', import.meta.url);

let server: StaticServer;
let browser: Browser;
let reference: Page, borgerform: Page, canvas: Page;

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 400, height: 1200 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    locale: 'da-DK',
  });
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).href);
  await page.evaluate(async () => {
    await Promise.all(
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('bf-'))
        .map(async (el) => {
          await customElements.whenDefined(el.localName);
          await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        }),
    );
    await document.fonts.ready;
    (document.activeElement as HTMLElement | null)?.blur(); // the error summary takes focus at load
  });
  return page;
}

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchChromium(['--font-render-hinting=none', '--disable-lcd-text']);
  reference = await open('test/e2e/themes/pages/dkfds-reference.html');
  borgerform = await open('test/e2e/themes/pages/borgerform-states.html');
  canvas = await browser.newPage();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Borgerform (borger.dk theme) beside DKFDS 11', () => {
  it('both pages draw with IBM Plex Sans', async () => {
    for (const page of [reference, borgerform])
      expect(await page.evaluate(() => document.fonts.check('600 16px "IBM Plex Sans"'))).toBe(true);
  });

  for (const [state, budget] of Object.entries(BUDGETS)) {
    it(`${state}: at most ${budget} % of pixels differ`, async () => {
      const [a, b] = await Promise.all([
        reference.locator(`#${state}`).screenshot({ animations: 'disabled', caret: 'hide' }),
        borgerform.locator(`#${state}`).screenshot({ animations: 'disabled', caret: 'hide' }),
      ]);
      const difference = await compareImages(canvas, a, b);
      writeFileSync(new URL(`${state}.png`, OUT), difference.sideBySide);
      console.log(
        `${state}: ${difference.percent.toFixed(2)} % differ (${difference.differing} of ${difference.total}); ` +
          `DKFDS ${difference.reference.width}×${difference.reference.height}, ` +
          `Borgerform ${difference.candidate.width}×${difference.candidate.height}`,
      );
      expect(difference.percent).toBeLessThanOrEqual(budget);
    });
  }
});
