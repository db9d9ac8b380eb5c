// What the case-worker and CMS page tests check on every page: problems the page reports (CSP
// violations, console errors, page errors) and axe's WCAG 2.1 A/AA rules, with the page sweep's own
// checks (sweep/checks.ts), so there is one listener and one axe run to keep.
import type { Page } from 'playwright-core';
import { watchPage } from './sweep/checks.js';

/** axe's WCAG 2.0/2.1 A and AA violations: the same check the page sweep runs. */
export { axeViolations } from './sweep/checks.js';

/**
 * Records the page's problems from now on (CSP and Trusted Types violations, console errors, uncaught
 * errors): the sweep's own listener. Call before the first `goto`.
 */
export async function recordProblems(page: Page): Promise<string[]> {
  return (await watchPage(page)).problems;
}

/** Waits until every `bf-*` element in the page is defined and has rendered. */
export async function elementsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')].every(
      (el) => !el.localName.startsWith('bf-') || customElements.get(el.localName),
    ),
  );
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*'))
      await el.updateComplete;
  });
}
