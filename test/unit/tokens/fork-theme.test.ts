import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkThemeContrast } from '../../../src/tokens/contrast.js';
import { parseThemeCss } from '../../../src/tokens/parse-theme.js';

// Issue 17 item 4: the fork example's brand (examples/fork/kommune-theme.css) is one token file that
// meets WCAG contrast, checked the way `npx borgerform-check-theme` checks a municipality's theme.

describe('the fork example’s token file', () => {
  const css = readFileSync(new URL('../../../examples/fork/kommune-theme.css', import.meta.url), 'utf8');

  it('sets the brand tokens and meets every contrast rule', () => {
    const { theme } = parseThemeCss(css);
    expect(Object.keys(theme)).toEqual(
      expect.arrayContaining(['color-primary', 'color-primary-hover', 'color-focus', 'radius']),
    );
    expect(checkThemeContrast(theme)).toEqual([]);
  });

  it('the check would catch a brand colour too light for text', () => {
    const { theme } = parseThemeCss(css.replace('#6b2d5c', '#e8c5df'));
    expect(checkThemeContrast(theme).length).toBeGreaterThan(0);
  });
});
