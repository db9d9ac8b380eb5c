import { describe, expect, it } from 'vitest';
import { checkThemeContrast, contrastRatio, parseHexColor } from '../../../src/tokens/contrast.js';
import { componentTokens } from '../../../src/tokens/component-tokens.js';
import { defaultTheme } from '../../../src/tokens/default-theme.js';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2); // the lightest grey that passes 4.5:1
  });
  it('rejects what is not a hex colour', () => {
    expect(parseHexColor('rgb(0,0,0)')).toBeNull();
    expect(() => contrastRatio('red', '#fff')).toThrow(TypeError);
  });
});

describe('the default theme (T-2.1, W-1.4.3, W-1.4.11)', () => {
  it('passes every text (4.5:1) and UI (3:1) pair', () => {
    expect(checkThemeContrast()).toEqual([]);
  });
  it('every component token refers to a system token, directly or through another component token', () => {
    const resolve = (name: string): string =>
      name in componentTokens ? resolve(componentTokens[name as keyof typeof componentTokens]) : name;
    for (const name of Object.keys(componentTokens))
      expect(Object.keys(defaultTheme)).toContain(resolve(name));
  });
});

describe('checkThemeContrast', () => {
  it('fails a municipal brand whose primary colour is too light for white button text', () => {
    const failures = checkThemeContrast({ 'color-primary': '#6fa8dc' });
    expect(failures.map((f) => f.use)).toContain('primary button text');
    expect(failures.map((f) => f.use)).toContain('links, text buttons');
  });
  it('fails a hint colour below 4.5:1 and a border below 3:1', () => {
    const failures = checkThemeContrast({
      'color-text-secondary': '#999999',
      'color-border-strong': '#cccccc',
    });
    expect(failures.map((f) => f.use).sort()).toEqual(['hints', 'input borders']);
  });
  it('does not let a value that is not a hex colour pass', () => {
    expect(checkThemeContrast({ 'color-text': 'var(--x)' }).length).toBeGreaterThan(0);
  });
});
