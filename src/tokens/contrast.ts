import { componentTokens } from './component-tokens.js';
import { defaultTheme, type SystemToken, type Theme } from './default-theme.js';

/** Parses `#rgb` or `#rrggbb` into 0–255 channels; `null` for anything else. */
export function parseHexColor(color: string): [number, number, number] | null {
  const hex = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/u.exec(hex);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/u.exec(hex);
  const parts = short ? short.slice(1).map((c) => c + c) : long?.slice(1);
  return parts ? (parts.map((p) => parseInt(p, 16)) as [number, number, number]) : null;
}

/** WCAG 2.x relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio of two hex colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const ca = parseHexColor(a),
    cb = parseHexColor(b);
  if (!ca || !cb) throw new TypeError(`Not a hex colour: ${ca ? b : a}`);
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A foreground/background pair the theme must keep legible. */
export interface ContrastPair {
  readonly foreground: SystemToken;
  readonly background: SystemToken;
  /** 4.5 for text (WCAG 1.4.3), 3 for UI components and focus indicators (WCAG 1.4.11). */
  readonly minimum: 4.5 | 3;
  readonly use: string;
}

/** Every pair the components draw, with what it is used for. */
export const contrastPairs: readonly ContrastPair[] = [
  {
    foreground: 'color-text',
    background: 'color-background',
    minimum: 4.5,
    use: 'labels, values, body text',
  },
  { foreground: 'color-text', background: 'color-background-muted', minimum: 4.5, use: 'read-only values' },
  { foreground: 'color-text-secondary', background: 'color-background', minimum: 4.5, use: 'hints' },
  { foreground: 'color-error', background: 'color-background', minimum: 4.5, use: 'error messages' },
  { foreground: 'color-primary', background: 'color-background', minimum: 4.5, use: 'links, text buttons' },
  {
    foreground: 'color-primary-hover',
    background: 'color-background',
    minimum: 4.5,
    use: 'links on hover (the details summary)',
  },
  { foreground: 'color-on-primary', background: 'color-primary', minimum: 4.5, use: 'primary button text' },
  {
    foreground: 'color-on-primary',
    background: 'color-primary-hover',
    minimum: 4.5,
    use: 'primary button text on hover',
  },
  { foreground: 'color-border-strong', background: 'color-background', minimum: 3, use: 'input borders' },
  { foreground: 'color-error', background: 'color-background', minimum: 3, use: 'error borders and icon' },
  { foreground: 'color-focus', background: 'color-background', minimum: 3, use: 'focus ring' },
  ...(['info', 'success', 'warning', 'error'] as const).flatMap((variant): ContrastPair[] => [
    {
      foreground: 'color-text',
      background: `color-${variant}-background`,
      minimum: 4.5,
      use: `${variant} alert text`,
    },
    {
      foreground: `color-${variant}`,
      background: `color-${variant}-background`,
      minimum: 3,
      use: `${variant} alert icon and bar`,
    },
  ]),
  { foreground: 'color-focus', background: 'color-focus-halo', minimum: 3, use: 'focus ring on its halo' },
];

/** A pair that falls short, with the measured ratio. */
export interface ContrastFailure extends ContrastPair {
  readonly ratio: number;
  readonly foregroundValue: string;
  readonly backgroundValue: string;
}

/**
 * Checks a theme (its values laid over the defaults) against every pair, and returns the pairs
 * that fall short; an empty list means the theme passes. Values that are not hex colours are
 * reported with ratio 0, so an unreadable theme never passes by accident.
 */
export function checkThemeContrast(theme: Theme = {}): ContrastFailure[] {
  const values: Record<SystemToken, string> = { ...defaultTheme, ...theme };
  const failures: ContrastFailure[] = [];
  for (const pair of contrastPairs) {
    const foregroundValue = values[pair.foreground],
      backgroundValue = values[pair.background];
    let ratio: number;
    try {
      ratio = contrastRatio(foregroundValue, backgroundValue);
    } catch {
      ratio = 0;
    }
    if (ratio < pair.minimum) failures.push({ ...pair, ratio, foregroundValue, backgroundValue });
  }
  return failures;
}

/** Every token name, system and component, with the `--bf-` prefix (for docs and tooling). */
export function allTokenNames(): string[] {
  return [...Object.keys(defaultTheme), ...Object.keys(componentTokens)].map((name) => `--bf-${name}`);
}
