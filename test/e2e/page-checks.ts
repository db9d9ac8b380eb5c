// What the case-worker and CMS page tests check on every page: problems the page reports (CSP
// violations, console errors, page errors) and axe's WCAG 2.1 A/AA rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Records the page's problems from now on: each CSP violation (`csp: directive url`), console error
 * and uncaught error. Call before the first `goto`.
 */
export async function recordProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`csp: ${text}`));
  // Playwright's init scripts are not subject to the page's CSP, so this listener is not a violation itself.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  return problems;
}

/** axe's violations of WCAG 2.0/2.1 A and AA on the page as it is now ("rule: targets"). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // DevTools evaluation is exempt from the page's CSP
  const result = await page.evaluate<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>(
    'axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] })',
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
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
