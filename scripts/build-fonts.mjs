// Writes the optional IBM Plex Sans (DKFDS's typeface) for self-hosting: the latin and latin-ext
// woff2 files of weights 400, 600 and 700 from the kept @fontsource/ibm-plex-sans package, its OFL
// licence beside them, and ibm-plex-sans.css, whose @font-face rules point at the files by relative
// URL, so a page that links the CSS loads the font from its own origin and nowhere else.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@fontsource/ibm-plex-sans/package.json'));
export const FONT_WEIGHTS = [400, 600, 700];
export const FONT_SUBSETS = ['latin-ext', 'latin']; // latin last: it wins where the two ranges overlap

/** The unicode-range of one subset, read from the package's own CSS for that weight. */
function unicodeRange(subset, weight) {
  const css = readFileSync(path.join(packageDir, `${weight}.css`), 'utf8');
  const block = css.split('@font-face').find((rule) => rule.includes(`-${subset}-${weight}-normal.woff2`));
  const range = block && /unicode-range:\s*([^;]+);/u.exec(block)?.[1];
  if (!range) throw new Error(`@fontsource/ibm-plex-sans: no unicode-range for ${subset} ${weight}`);
  return range.trim();
}

/** Writes the CSS, the font files (in ibm-plex-sans/) and the licence into `targetDir` (a file URL). */
export function writeFontFiles(targetDir) {
  const dir = new URL('ibm-plex-sans/', targetDir);
  mkdirSync(dir, { recursive: true });
  const rules = [
    "/* IBM Plex Sans, DKFDS's typeface, served from your own domain (SIL Open Font License 1.1:",
    '   ibm-plex-sans/OFL.txt). Link this file and set --bf-font-family (the themes in ../themes/ do). */',
  ];
  for (const weight of FONT_WEIGHTS) {
    for (const subset of FONT_SUBSETS) {
      const file = `ibm-plex-sans-${subset}-${weight}-normal.woff2`;
      copyFileSync(path.join(packageDir, 'files', file), new URL(file, dir));
      rules.push(
        '@font-face {',
        "  font-family: 'IBM Plex Sans';",
        '  font-style: normal;',
        `  font-weight: ${weight};`,
        '  font-display: swap;',
        `  src: url('./ibm-plex-sans/${file}') format('woff2');`,
        `  unicode-range: ${unicodeRange(subset, weight)};`,
        '}',
      );
    }
  }
  copyFileSync(path.join(packageDir, 'LICENSE'), new URL('OFL.txt', dir));
  writeFileSync(new URL('ibm-plex-sans.css', targetDir), `${rules.join('\n')}\n`);
}
