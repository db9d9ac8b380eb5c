import { unsafeCSS, type CSSResult } from 'lit';
import { componentTokens, type ComponentToken } from './component-tokens.js';
import { defaultTheme, type SystemToken } from './default-theme.js';

/**
 * A token as a CSS value with its whole fallback chain, for component styles:
 * `token('input-border-color')` → `var(--bf-input-border-color, var(--bf-color-border-strong, #747474))`.
 * The values are the library's own constants, never caller data.
 */
export function token(name: ComponentToken | SystemToken): CSSResult {
  return unsafeCSS(tokenValue(name));
}

function tokenValue(name: ComponentToken | SystemToken): string {
  if (name in componentTokens) {
    const system = componentTokens[name as ComponentToken];
    return `var(--bf-${name}, ${tokenValue(system)})`;
  }
  return `var(--bf-${name}, ${defaultTheme[name as SystemToken]})`;
}
