#!/usr/bin/env node
// Checks a municipality's theme file against the WCAG contrast rules every Borgerform theme must
// meet (text 4.5:1, UI components and focus 3:1). Exit code 1 when any pair falls short.
//   npx borgerform-check-theme path/to/theme.css
import { readFileSync } from 'node:fs';
import { checkThemeContrast } from '../dist/tokens/contrast.js';
import { parseThemeCss } from '../dist/tokens/parse-theme.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: borgerform-check-theme <theme.css> [...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const { theme } = parseThemeCss(readFileSync(file, 'utf8'));
  const failures = checkThemeContrast(theme);
  if (failures.length === 0) {
    console.log(`${file}: every text and UI colour pair meets WCAG contrast`);
    continue;
  }
  failed = true;
  for (const f of failures) {
    console.error(
      `${file}: ${f.foreground} ${f.foregroundValue} on ${f.background} ${f.backgroundValue} ` +
        `is ${f.ratio.toFixed(2)}:1, needs ${f.minimum}:1 (${f.use})`,
    );
  }
}
process.exit(failed ? 1 : 0);
