/**
 * End-to-end accessibility checks of both demo pages (every field element), in Debian's Chromium:
 * axe on the page before and after a failed submit, forced colours (T-2.9), WCAG 1.4.12 text spacing
 * at 320 px (T-2.8), and reduced motion (T-4.2). Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser } from './support.js';

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['/', '/flytning'];

const demo = demoInBrowser();

async function openPage(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await demo.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', ...options });
  await page.goto(new URL(path, demo.url).href);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('form *')].every(
      (el) => !el.localName.startsWith('bf-') || customElements.get(el.localName),
    ),
  );
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('form *'))
      await el.updateComplete;
  });
  return page;
}

/** Runs axe in the page. The page's CSP forbids injected scripts; DevTools evaluation is exempt. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate<AxeResult>('axe.run(document, { resultTypes: ["violations"] })');
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

describe('the demo pages', () => {
  for (const path of PAGES) {
    it(`${path}: axe finds no violation, before and after a failed submit (T-4.1)`, async () => {
      const page = await openPage(path);
      expect(await axe(page)).toEqual([]);
      await page.locator('form button[type=submit]').click();
      await page.waitForFunction(() => document.querySelectorAll('form [user-invalid]').length > 0);
      expect(await axe(page)).toEqual([]);
    });

    it(`${path}: in forced colours, every input keeps a border and the focused one an outline (T-2.9)`, async () => {
      const page = await openPage(path, { forcedColors: 'active' });
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const borderless = await page.evaluate(() => {
        const inputs = [...document.querySelectorAll('form *')].flatMap((el) =>
          el.shadowRoot
            ? [
                ...el.shadowRoot.querySelectorAll<HTMLElement>(
                  'input:not([type=radio]):not([type=checkbox]):not([type=file]), select, textarea',
                ),
              ]
            : [],
        );
        return inputs
          .filter((input) => {
            const style = getComputedStyle(input);
            return (
              style.borderTopStyle === 'none' ||
              parseFloat(style.borderTopWidth) === 0 ||
              style.borderTopColor === 'rgba(0, 0, 0, 0)'
            );
          })
          .map((input) => input.id);
      });
      expect(borderless).toEqual([]);
      await page
        .locator('form bf-text-field')
        .first()
        .evaluate((el: HTMLElement) => el.focus());
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        const style = getComputedStyle(active!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    });

    it(`${path}: at 320 px with WCAG 1.4.12 text spacing nothing scrolls sideways or is cut off (T-2.8) (W-1.4.12)`, async () => {
      // bypassCSP only so the test can add the spacing stylesheet that a reader's extension would.
      const page = await openPage(path, { viewport: { width: 320, height: 640 }, bypassCSP: true });
      await page.addStyleTag({
        content:
          '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      });
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(
          '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
        );
        for (const el of document.querySelectorAll('form *'))
          if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
      });
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
        for (const el of document.querySelectorAll<HTMLElement>('form *')) {
          if (!el.localName.startsWith('bf-') || el.localName === 'bf-option') continue;
          if (el.scrollWidth > el.clientWidth + 1)
            found.push(
              `${el.localName}[name=${el.getAttribute('name')}] ${el.scrollWidth} > ${el.clientWidth}`,
            );
          for (const text of el.shadowRoot!.querySelectorAll<HTMLElement>(
            'label, legend, [part~="hint"], [part~="error"]',
          )) {
            if (text.scrollWidth > text.clientWidth + 1)
              found.push(`${el.getAttribute('name')} ${text.getAttribute('part')}`);
          }
        }
        return found;
      });
      expect(problems).toEqual([]);
    });
  }

  it('with reduced motion, nothing in any field animates or transitions (T-4.2)', async () => {
    const page = await openPage('/flytning', { reducedMotion: 'reduce' });
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('form *')]
        .flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('*')] : []))
        .filter((node) => {
          const style = getComputedStyle(node);
          return (
            style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
            style.animationDuration.split(',').some((d) => parseFloat(d) > 0)
          );
        })
        .map((node) => node.localName),
    );
    expect(moving).toEqual([]);
  });
});
