/**
 * The page sweep's checks, each a function of a Playwright page in the state to check: what the page
 * reported (CSP and Trusted Types violations, console errors, uncaught exceptions), axe with the WCAG
 * 2.1 A and AA tags, sideways overflow at a given layout width, and animations or transitions that
 * still move with `prefers-reduced-motion: reduce`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page, Response } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the page reported while the sweep drove it. */
export interface PageReports {
  /** CSP and Trusted Types violations, console errors and uncaught exceptions, as text. */
  problems: string[];
  /** The main frame's last document answer (after redirects). */
  document(): Response | null;
}

/**
 * Listens to everything a page reports, from before its first script runs: a `securitypolicyviolation`
 * listener (Trusted Types violations are reported through it too, with `require-trusted-types-for`),
 * console errors and uncaught exceptions. Call before the first navigation.
 */
export async function watchPage(page: Page): Promise<PageReports> {
  const problems: string[] = [];
  let last: Response | null = null;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) last = response;
  });
  await page.exposeFunction('sweepReportsViolation', (text: string) => problems.push(`csp: ${text}`));
  // Playwright's init scripts are not subject to the page's CSP, so this listener is not a violation itself.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { sweepReportsViolation(text: string): void }).sweepReportsViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`.trim(),
      );
    });
  });
  return { problems, document: () => last };
}

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
}

/**
 * axe's violations of WCAG 2.0/2.1 A and AA. The page's CSP forbids injected scripts; DevTools
 * evaluation is exempt. axe preloads media only, not the CSSOM: that preload copies each stylesheet
 * linked in a shadow root (a server-rendered element's) into a `<style>` element, which the page's
 * policy blocks as inline style, and only the experimental `css-orientation-lock` reads it, which
 * these tags do not run.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate<AxeResult>(
    'axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"], preload: { assets: ["media"] } })',
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

/**
 * What sticks out sideways at the page's current size: the page itself scrolling sideways, and each
 * visible element (in the page and in every shadow root) whose right edge passes the viewport while its
 * parent's does not (the element where the overflow starts, not each of its ancestors). Content that
 * `overflow: hidden` would cut off is found too, though it makes nothing scroll. What is inside a
 * scroll container of its own (`overflow-x: auto` or `scroll`) that fits is not: it is reached by
 * scrolling that part alone, which WCAG 1.4.10 allows for content that needs two dimensions (a table).
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
    const width = root.clientWidth;
    const sticksOut = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && box.right > width + 1 && element.checkVisibility();
    };
    const describe = (element: Element) => {
      const host = (element.getRootNode() as ShadowRoot).host;
      const name = element.getAttribute('name') ?? element.getAttribute('part') ?? element.className;
      return `${host ? `${host.localName} › ` : ''}${element.localName}${name ? `[${String(name)}]` : ''}`;
    };
    const walk = (parent: ParentNode, parentSticksOut: boolean) => {
      for (const element of parent.children) {
        const out = sticksOut(element);
        if (out && !parentSticksOut)
          found.push(`${describe(element)} reaches ${Math.round(element.getBoundingClientRect().right)} px`);
        if (!out && /^(auto|scroll)$/u.test(getComputedStyle(element).overflowX)) continue; // scrolls itself
        if (element.shadowRoot) walk(element.shadowRoot, out);
        walk(element, out);
      }
    };
    walk(document.body, false);
    return found;
  });
}

/**
 * Lays the page out at `width` × `height` CSS px with `scale` device pixels per CSS px, and returns
 * what sticks out sideways. 200 % zoom of a 1280 × 800 window is 640 × 400 at scale 2: Chromium's
 * page zoom gives the layout a CSS viewport half as wide and two device pixels per CSS px, which is
 * what device metrics emulation sets, so media queries, viewport units and `devicePixelRatio` see
 * what they see when a citizen zooms. (CSS `zoom` on the root would leave media queries at 1280 px.)
 */
export async function overflowAt(
  page: Page,
  cdp: CDPSession,
  { width, height, scale }: { width: number; height: number; scale: number },
): Promise<string[]> {
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width,
    height,
    deviceScaleFactor: scale,
    mobile: false,
  });
  const seen = await page.evaluate(() => ({ width: innerWidth, scale: devicePixelRatio }));
  if (seen.width !== width || seen.scale !== scale)
    return [`the page was laid out at ${seen.width} px × ${seen.scale}, not ${width} px × ${scale}`];
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  return sidewaysOverflow(page);
}

/** The longest a transition or animation may last with reduced motion (the brief's ~0.01 s). */
const STILL_MS = 10;

/**
 * With `prefers-reduced-motion: reduce` in force: moves the pointer over the page's first button (the
 * open modal dialog's, when there is one) and focus through a few stops, so what moves on hover and
 * focus starts, then lists every running animation (the document's and every shadow root's
 * `getAnimations()`) that lasts longer than 10 ms, and every element (in the page and in shadow roots)
 * whose computed style declares a transition or animation longer than that.
 */
export async function motionWithReducedMotion(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)))
    return ['prefers-reduced-motion: reduce is not in force'];
  // With a modal dialog open the rest of the page is inert: the pointer goes to a button in the dialog.
  const modal = page.locator('dialog[open]');
  const scope = (await modal.count()) > 0 ? modal.last() : page;
  const button = scope.locator('button:visible').first();
  if ((await button.count()) > 0) await button.hover();
  for (let stop = 0; stop < 3; stop++) await page.keyboard.press('Tab');
  return page.evaluate((limit) => {
    const found: string[] = [];
    const seconds = (list: string) =>
      Math.max(...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));
    const roots: (Document | ShadowRoot)[] = [document];
    const describe = (element: Element) => {
      const host = (element.getRootNode() as ShadowRoot).host;
      return `${host ? `${host.localName} › ` : ''}${element.localName}${element.className ? `.${String(element.className)}` : ''}`;
    };
    const walk = (parent: ParentNode) => {
      for (const element of parent.children) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          const transition = seconds(style.transitionDuration);
          const animation = style.animationName === 'none' ? 0 : seconds(style.animationDuration);
          if (transition * 1000 > limit || animation * 1000 > limit)
            found.push(
              `${describe(element)}${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`,
            );
        }
        if (element.shadowRoot) {
          roots.push(element.shadowRoot);
          walk(element.shadowRoot);
        }
        walk(element);
      }
    };
    walk(document.documentElement);
    const animations = new Set(roots.flatMap((root) => root.getAnimations()));
    for (const animation of animations) {
      const timing = animation.effect?.getComputedTiming();
      const duration = Number(timing?.activeDuration ?? 0);
      if (duration > limit) {
        const target = (animation.effect as KeyframeEffect | null)?.target;
        found.push(
          `running for ${duration} ms: ${target ? describe(target) : 'an animation'} (${animation.constructor.name})`,
        );
      }
    }
    return found;
  }, STILL_MS);
}
