/**
 * The component catalogue's Docs pages (issue 17 item 3), in Debian's Chromium: every component's
 * page in the built catalogue (storybook-static/, served by the demo server under /catalogue/) shows
 * its guidance, the reference table from custom-elements.json and its accessibility notes, and axe
 * finds no WCAG 2.1 A/AA violation in it. Needs `npm run build-storybook` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser } from './support.js';

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
}
interface IndexEntry {
  id: string;
  type: 'docs' | 'story';
  title: string;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = fileURLToPath(new URL('../../storybook-static/index.json', import.meta.url));
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * The one Docs page where focus moves at load, by design: the session warning's stories are its open
 * modal dialog, which must take focus. They render in frames of their own (the stories file says so),
 * so focus goes into the first story's frame and the rest of the page stays usable.
 */
const FOCUSED_AT_LOAD: Readonly<Record<string, string>> = {
  'side-session-udløber-bf-session-timeout--docs': 'iframe',
};

/** The Docs entries of the built catalogue, one per stories file. */
function docsEntries(): IndexEntry[] {
  if (!existsSync(index))
    throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');
  const { entries } = JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(entries).filter((entry) => entry.type === 'docs');
}

const demo = demoInBrowser();

/** Every `bf-` element in the frame is defined and has rendered. */
async function settle(frame: Frame): Promise<void> {
  await frame.waitForFunction(() =>
    [...document.querySelectorAll('*')].every(
      (el) => !el.localName.startsWith('bf-') || customElements.get(el.localName),
    ),
  );
  await frame.evaluate(async () => {
    for (const el of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*'))
      await el.updateComplete;
  });
}

/** Where a page is once it has rendered: the focused element and how far it has scrolled. */
interface Arrival {
  focused: string;
  scrollY: number;
}

/**
 * Opens a Docs page and waits until its last section and every story on it have rendered, those in
 * frames of their own too (Storybook loads a frame once it is scrolled into view). `arrival` is taken
 * before anything is scrolled: a story that takes focus at load would have moved it.
 */
async function openDocs(id: string): Promise<{ page: Page; arrival: Arrival }> {
  const page = await demo.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const url = new URL(`/catalogue/iframe.html?viewMode=docs&id=${encodeURIComponent(id)}`, demo.url);
  expect((await page.goto(url.href))?.status()).toBe(200);
  await page.getByRole('heading', { level: 2, name: 'Accessibility notes' }).waitFor({ timeout: 20_000 });
  await settle(page.mainFrame());
  await page.waitForTimeout(500); // a story's own timers (an alert's announcement, a summary at load)
  const arrival = await page.evaluate(() => ({
    focused: document.activeElement?.localName ?? '',
    scrollY: Math.round(window.scrollY),
  }));
  for (const frame of await page.locator('iframe').all()) await frame.scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('iframe')].every(
      (frame) =>
        frame.contentDocument?.readyState === 'complete' &&
        (frame.contentDocument.querySelector('#storybook-root')?.childElementCount ?? 0) > 0,
    ),
  );
  for (const frame of page.frames()) await settle(frame);
  return { page, arrival };
}

/** Runs axe with the WCAG 2.1 A and AA rules in the page and in every frame a story renders in. */
async function axe(page: Page): Promise<string[]> {
  for (const frame of page.frames()) await frame.evaluate(axeSource);
  const result = await page.evaluate<AxeResult, string[]>(
    (tags) =>
      (
        globalThis as unknown as {
          axe: { run(context: Document, options: object): Promise<AxeResult> };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_A_AA,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

describe('the catalogue Docs pages', () => {
  const entries = docsEntries();

  it('exist for every stories file', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  for (const entry of entries) {
    it(`${entry.title}: opens at its top; guidance, reference table, accessibility notes; no axe violation`, async () => {
      const { page, arrival } = await openDocs(entry.id);
      expect(arrival, 'the page opens at its top, and no story takes focus').toEqual({
        focused: FOCUSED_AT_LOAD[entry.id] ?? 'body',
        scrollY: 0,
      });
      for (const name of ['When to use it', 'When not to use it', 'Writing its Danish texts', 'How it works'])
        await expect(page.getByRole('heading', { level: 2, name, exact: true }).count(), name).resolves.toBe(
          1,
        );
      await expect(page.locator('td[lang="da"]').count(), 'good and bad examples').resolves.toBeGreaterThan(
        0,
      );
      await expect(
        page.getByRole('heading', { name: 'WCAG 2.1 criteria its automated tests prove' }).count(),
      ).resolves.toBeGreaterThan(0);
      expect(await axe(page)).toEqual([]);
    });
  }

  it('show every kind of the manifest in the table: attributes, properties, events, slots, parts, CSS properties', async () => {
    const { page } = await openDocs('felter-tekstfelt-bf-text-field--docs');
    const table = (await page.locator('.docblock-argstable').first().textContent()) ?? '';
    for (const kind of [
      'attributes',
      'properties',
      'events',
      'slots',
      'css custom properties',
      'css shadow parts',
    ])
      expect(table.toLowerCase(), kind).toContain(kind);
    expect(table).toContain('::part(label)');
    expect(table).toContain('--bf-input-border-color');
  });
});
