/**
 * The page sweep (issue 16): every page and state of the demo (test/e2e/sweep/rows.ts), each reached
 * in Debian's Chromium with `prefers-reduced-motion: reduce`, and checked for (a) no CSP or Trusted
 * Types violation, console error or uncaught exception on the way (the document under the server's
 * policy), (b) axe with the WCAG 2.1 A and AA tags, (c) nothing sideways at 320 CSS px and at 200 %
 * zoom of a 1280 × 800 window, (d) nothing that moves longer than 10 ms. The last tests prove each
 * check fails when it should. Needs `npm run build` first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  motionWithReducedMotion,
  overflowAt,
  sidewaysOverflow,
  watchPage,
  type PageReports,
} from './sweep/checks.js';
import { settled } from './sweep/parking-walk.js';
import {
  BROKEN_SERVER_ROWS,
  SESSION_ENDED_ROWS,
  SHORT_SESSION_SECONDS,
  SWEEP_ROWS,
  type SweepRow,
} from './sweep/rows.js';
import { demoInBrowser, startDemoServer, type DemoInBrowser } from './support.js';

const demo = demoInBrowser();

/** A fresh page in a 1280 × 800 window with reduced motion, listened to from its first script. */
async function sweptPage(server: DemoInBrowser = demo): Promise<{ page: Page; reports: PageReports }> {
  const page = await server.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    reducedMotion: 'reduce',
  });
  return { page, reports: await watchPage(page) };
}

/** The sizes of (c): the narrowest phone, and 200 % zoom of the 1280 × 800 window (see `overflowAt`). */
const NARROW = { width: 320, height: 640, scale: 1 };
const ZOOMED = { width: 640, height: 400, scale: 2 };

/** Reaches each row's state on `server` and checks it (one test per row). */
function sweep(rows: readonly SweepRow[], server: DemoInBrowser): void {
  for (const row of rows) {
    it(row.name, { timeout: 90_000 }, async () => {
      const { page, reports } = await sweptPage(server);
      await row.reach(page, server.url);

      const answer = reports.document();
      expect(answer?.status(), 'the status of the document').toBe(row.status);
      expect(answer?.headers()['content-security-policy'] ?? '', 'under the server’s policy').toContain(
        "require-trusted-types-for 'script'",
      );

      expect.soft(await axeViolations(page), 'axe, WCAG 2.1 A and AA').toEqual([]);
      expect.soft(await motionWithReducedMotion(page), 'motion with reduced motion').toEqual([]);
      const cdp = await page.context().newCDPSession(page);
      expect.soft(await overflowAt(page, cdp, NARROW), 'sideways at 320 px').toEqual([]);
      expect.soft(await overflowAt(page, cdp, ZOOMED), 'sideways at 200 % zoom').toEqual([]);

      // The browser reports the document's own error status as a failed resource; anything else is a problem.
      const expected = `the server responded with a status of ${row.status}`;
      const problems = reports.problems.filter((text) => row.status < 400 || !text.includes(expected));
      expect(problems, 'CSP, Trusted Types, console and page errors').toEqual([]);
    });
  }
}

describe('every page and state of the demo (T-2.8, T-2.9, T-4.1, W-1.4.4, W-1.4.10)', () => {
  sweep(SWEEP_ROWS, demo);
});

describe('the demo login’s pages once a session has run out', () => {
  sweep(
    SESSION_ENDED_ROWS,
    demoInBrowser(() => startDemoServer({ sessionSeconds: SHORT_SESSION_SECONDS })),
  );
});

describe('the demo’s page for a server failure', () => {
  // A server whose folder for held files is a file: keeping an attached file fails (ENOTDIR).
  const broken = demoInBrowser(async () => {
    const notAFolder = path.join(mkdtempSync(path.join(tmpdir(), 'borgerform-sweep-')), 'held-files');
    writeFileSync(notAFolder, '');
    const before = process.env.DEMO_HELD_FILES_DIR;
    process.env.DEMO_HELD_FILES_DIR = notAFolder; // read once, when the app is built
    try {
      return await startDemoServer();
    } finally {
      if (before === undefined) delete process.env.DEMO_HELD_FILES_DIR;
      else process.env.DEMO_HELD_FILES_DIR = before;
    }
  });
  sweep(BROKEN_SERVER_ROWS, broken);
});

describe('the sweep’s checks fail when they should', () => {
  it('a Trusted Types violation and a blocked inline style are reported', async () => {
    const { page, reports } = await sweptPage();
    await page.goto(demo.url);
    await settled(page);
    await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<p>x</p>'); // a string as HTML: Trusted Types refuses it
      } catch {
        // the violation is what counts
      }
      const style = document.createElement('style'); // an inline style: the policy has no 'unsafe-inline'
      style.textContent = 'p { color: red }';
      document.head.append(style);
    });
    await expect
      .poll(() => reports.problems.filter((text) => text.startsWith('csp: ')).map((t) => t.split(' ')[1]))
      .toEqual(expect.arrayContaining(['require-trusted-types-for', 'style-src-elem']));
  });

  it('axe finds an image without a text alternative, and overflow and motion checks find what was added', async () => {
    const { page } = await sweptPage();
    await page.goto(demo.url);
    await settled(page);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = '/demo/none.png';
      image.width = image.height = 20;
      const wide = document.createElement('div');
      wide.className = 'sweep-wide';
      wide.style.width = '400px';
      wide.style.height = '10px';
      // A wide table in a part that scrolls on its own is reachable there: not reported.
      const scroller = document.createElement('div');
      scroller.style.overflowX = 'auto';
      const table = document.createElement('table');
      table.style.width = '500px';
      table.append(document.createElement('tr'));
      table.rows[0].append(Object.assign(document.createElement('td'), { textContent: 'x' }));
      scroller.append(table);
      const moving = document.createElement('p');
      moving.className = 'sweep-moving';
      moving.style.transition = 'opacity 1s';
      moving.textContent = 'x';
      document.querySelector('main')!.append(image, wide, scroller, moving);
    });
    expect((await axeViolations(page)).join()).toMatch(/^image-alt/u);
    const cdp = await page.context().newCDPSession(page);
    const narrow = await overflowAt(page, cdp, NARROW);
    expect(narrow).toContainEqual(expect.stringMatching(/^div\[sweep-wide\] reaches/u));
    expect(narrow.join()).not.toMatch(/table/u);
    expect(await overflowAt(page, cdp, ZOOMED)).toEqual([]); // 400 px fits in 640
    expect((await motionWithReducedMotion(page)).join()).toMatch(/p\.sweep-moving: transition 1s/u);
    expect(await sidewaysOverflow(page)).toEqual([]);
  });
});
