// T-2.1 (unit): the three shipped themes (src/themes/*.css: neutral, borger.dk, virk.dk) and the demo
// municipality's brand meet every contrast pair the components draw (text 4.5:1, UI 3:1), set every
// colour themselves, and take their colours from DKFDS 11's own SCSS (node_modules/dkfds).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastPairs, contrastRatio } from '../../../src/tokens/contrast.js';
import { defaultTheme, type SystemToken, type Theme } from '../../../src/tokens/default-theme.js';
import { parseThemeCss } from '../../../src/tokens/parse-theme.js';

const THEMES = ['neutral', 'borger-dk', 'virk-dk'] as const;
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const themeOf = (path: string): Theme => parseThemeCss(read(path)).theme;

/** A SCSS variable's or colour map entry's hex value in DKFDS's source, e.g. `$virk-primary:` or `"red-700":`. */
function dkfdsValue(file: string, name: string): string {
  const source = read(`node_modules/dkfds/dist/scss/${file}`);
  const escaped = name.replace(/[$]/gu, '\\$');
  const match = new RegExp(`${escaped}\\s*:\\s*(#[0-9a-f]{3,6})`, 'iu').exec(source);
  if (!match?.[1]) throw new Error(`${name} not found in ${file}`);
  return match[1].toLowerCase();
}
const fds = (name: string) => dkfdsValue('values/colors/_fds-colors.scss', `"${name}"`);

/** A theme file's component-token values (`--bf-choice-border-color: #1a1a1a` → `choice-border-color`). */
function componentValues(css: string): Record<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  return Object.fromEntries(
    [...withoutComments.matchAll(/--bf-([\w-]+)\s*:\s*([^;]+);/gu)].map(([, name, value]) => [
      name,
      value.trim(),
    ]),
  );
}

/** Every pair's ratio in the theme laid over the defaults, as `checkThemeContrast` computes it. */
function ratios(theme: Theme) {
  const values: Record<SystemToken, string> = { ...defaultTheme, ...theme };
  return contrastPairs.map((pair) => ({
    use: `${pair.use} (${pair.foreground} on ${pair.background})`,
    ratio: contrastRatio(values[pair.foreground], values[pair.background]),
    minimum: pair.minimum,
  }));
}

describe.each(THEMES)('the %s theme', (name) => {
  const theme = themeOf(`src/themes/${name}.css`);

  it('meets every text pair at 4.5:1 and every UI pair at 3:1', () => {
    const checked = ratios(theme);
    expect(checked.filter((c) => c.minimum === 4.5).length).toBeGreaterThanOrEqual(10);
    expect(checked.filter((c) => c.minimum === 3).length).toBeGreaterThanOrEqual(8);
    for (const { use, ratio, minimum } of checked) expect(ratio, use).toBeGreaterThanOrEqual(minimum);
  });

  it('sets every colour token itself, as a hex colour, and only known tokens', () => {
    const colours = Object.keys(defaultTheme).filter((token) => token.startsWith('color-'));
    for (const token of colours) expect(theme[token as SystemToken], token).toMatch(/^#[0-9a-f]{6}$/u);
    // Beside system tokens, only the choice marks' component tokens (DKFDS draws them in ink).
    expect(parseThemeCss(read(`src/themes/${name}.css`)).unknown.sort()).toEqual(
      ['choice-border-color', 'choice-border-width', 'choice-checked-color', 'choice-radius'].map(
        (n) => `--bf-${n}`,
      ),
    );
    expect(theme['font-family']).toMatch(/^'IBM Plex Sans', system-ui, .*sans-serif$/u);
  });

  it('draws radio and checkbox marks that meet 3:1 (WCAG 1.4.11): the contrast check reads only system tokens', () => {
    const marks = componentValues(read(`src/themes/${name}.css`));
    for (const token of ['choice-border-color', 'choice-checked-color'])
      expect(contrastRatio(marks[token], theme['color-background']!), token).toBeGreaterThanOrEqual(3);
    expect(
      contrastRatio(marks['choice-checked-color'], theme['color-on-primary']!),
      'tick',
    ).toBeGreaterThanOrEqual(3);
  });

  it('takes the text, border, error, alert and focus colours from DKFDS 11', () => {
    expect(theme).toMatchObject({
      'color-text': fds('gray-900'),
      'color-text-secondary': fds('gray-500'),
      'color-background-muted': fds('gray-100'),
      'color-border-strong': fds('gray-400'),
      'color-error': fds('red-700'),
      'color-error-background': fds('red-100'),
      'color-info': fds('blue-700'),
      'color-info-background': fds('blue-100'),
      'color-success': fds('green-700'),
      'color-success-background': fds('green-100'),
      'color-warning-background': fds('orange-100'),
      'color-focus': fds('gray-600'),
      'focus-width': '3px',
      'focus-offset': '1px',
      'border-width': '1px',
    });
  });
});

describe('each theme’s primary colour is its portal’s', () => {
  it.each([
    ['borger-dk', 'themes/_borgerdk.scss', '$borger-primary', '$borger-primary-dark'],
    ['virk-dk', 'themes/_virkdk.scss', '$virk-primary', '$virk-primary-dark'],
  ])('%s: %s %s and %s', (name, file, primary, dark) => {
    const theme = themeOf(`src/themes/${name}.css`);
    expect(theme['color-primary']).toBe(dkfdsValue(file, primary));
    expect(theme['color-primary-hover']).toBe(dkfdsValue(file, dark));
  });

  it('neutral: DKFDS without a portal, gray-600 and "black" (gray-900)', () => {
    const theme = themeOf('src/themes/neutral.css');
    expect(theme['color-primary']).toBe(fds('gray-600'));
    expect(theme['color-primary-hover']).toBe(fds('gray-900'));
  });
});

describe('DKFDS’s warning colour', () => {
  it('is too light for the alert’s icon and bar, which is why the themes keep a darker orange', () => {
    expect(contrastRatio(fds('orange-700'), fds('orange-100'))).toBeLessThan(3);
    expect(
      contrastRatio(themeOf('src/themes/borger-dk.css')['color-warning']!, fds('orange-100')),
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('the demo municipality’s brand on top of a theme', () => {
  it.each(THEMES)('meets every pair over the %s theme', (name) => {
    const theme = { ...themeOf(`src/themes/${name}.css`), ...themeOf('demo/eksempel-kommune-theme.css') };
    for (const { use, ratio, minimum } of ratios(theme)) expect(ratio, use).toBeGreaterThanOrEqual(minimum);
  });
});
