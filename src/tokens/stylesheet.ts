import { componentTokens } from './component-tokens.js';
import { defaultTheme } from './default-theme.js';

/** The default theme as a stylesheet of custom properties on `:root` (shipped as `tokens.css`). */
export function themeStylesheet(): string {
  const system = Object.entries(defaultTheme).map(([name, value]) => `  --bf-${name}: ${value};`);
  const component = Object.entries(componentTokens).map(([name, ref]) => `  --bf-${name}: var(--bf-${ref});`);
  return [
    '/* Borgerform default theme: every token with its default value. A municipality copies this',
    '   file, changes the values it needs and checks it with `npx borgerform-check-theme <file>`. */',
    ':root {',
    ...system,
    '',
    ...component,
    '}',
    '',
  ].join('\n');
}
