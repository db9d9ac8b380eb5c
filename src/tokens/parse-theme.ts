import { defaultTheme, type Theme } from './default-theme.js';

/** A theme file's system-token declarations, and the `--bf-*` names it sets that are not system tokens. */
export interface ParsedTheme {
  theme: Theme;
  unknown: string[];
}

/**
 * Reads the `--bf-<token>: value;` declarations of a theme stylesheet (comments ignored; a later
 * declaration wins, as in CSS). Component tokens (`--bf-input-border-color`) are listed as unknown
 * to the contrast check, which judges the system tokens they point to.
 */
export function parseThemeCss(cssText: string): ParsedTheme {
  const theme: Record<string, string> = {};
  const unknown: string[] = [];
  const withoutComments = cssText.replace(/\/\*[\s\S]*?\*\//gu, '');
  for (const match of withoutComments.matchAll(/--bf-([\w-]+)\s*:\s*([^;}]+)/gu)) {
    const [, name, value] = match as unknown as [string, string, string];
    if (name in defaultTheme) theme[name] = value.trim();
    else unknown.push(`--bf-${name}`);
  }
  return { theme: theme, unknown };
}
