// Keyboard helpers of the end-to-end tests: what has focus, described as a keyboard user meets it,
// and Tab (or Shift+Tab) until a wanted element has it.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What has focus, described as a keyboard user meets it: a field's native control as `field <name>`
 * (`field bil=egen` for a radio), anything else as its tag and text.
 */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return '';
    const host = (element.getRootNode() as ShadowRoot).host as Element | undefined;
    const fieldHost = host?.closest('[name]') ?? (host?.hasAttribute('name') ? host : null);
    if (fieldHost && /^(input|textarea|select)$/u.test(element.localName)) {
      const input = element as HTMLInputElement;
      const name = fieldHost.getAttribute('name') ?? '';
      return input.type === 'radio' ? `field ${name}=${input.value}` : `field ${name}`;
    }
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .replace(/\s+/gu, ' ')
      .trim();
    return `${element.localName} ${text}`.trim();
  });
}

/** Presses Tab (Shift+Tab with `back`) until the focused element's description starts with `wanted`. */
export async function tabTo(page: Page, wanted: string, back = false): Promise<void> {
  for (let press = 0; press < 40; press++) {
    if ((await focused(page)).startsWith(wanted)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  expect(await focused(page), `Tab never reached "${wanted}"`).toMatch(new RegExp(`^${wanted}`, 'u'));
}
