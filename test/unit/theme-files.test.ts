// The themes and the optional font as a host gets them from the package (package.json "exports"):
// `borgerform/themes/<name>.css` and `borgerform/fonts/ibm-plex-sans.css`, whose @font-face rules point
// by relative URL at woff2 files beside it, with the font's OFL licence. Needs `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('the shipped themes and font', () => {
  it.each(['neutral', 'borger-dk', 'virk-dk'])(
    'borgerform/themes/%s.css is the built copy of src/themes',
    (name) => {
      const file = require.resolve(`borgerform/themes/${name}.css`);
      expect(file).toMatch(/\/dist\/themes\//u);
      const source = new URL(`../../src/themes/${name}.css`, import.meta.url);
      expect(readFileSync(file, 'utf8')).toBe(readFileSync(source, 'utf8'));
    },
  );

  it('borgerform/fonts/ibm-plex-sans.css declares 400, 600 and 700 in latin and latin-ext, each a local woff2', () => {
    const file = require.resolve('borgerform/fonts/ibm-plex-sans.css');
    const css = readFileSync(file, 'utf8');
    const faces = css.split('@font-face').slice(1);
    expect(faces).toHaveLength(6);
    const urls = [...css.matchAll(/url\(([^)]+)\)/gu)].map(([, url]) => url.replace(/['"]/gu, ''));
    expect(urls).toHaveLength(6);
    for (const url of urls) {
      expect(url).toMatch(/^\.\/ibm-plex-sans\/ibm-plex-sans-latin(-ext)?-(400|600|700)-normal\.woff2$/u);
      const font = path.join(path.dirname(file), url);
      expect(existsSync(font), url).toBe(true);
      expect(readFileSync(font).subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
    for (const weight of ['400', '600', '700'])
      expect(css.match(new RegExp(`font-weight: ${weight};`, 'gu'))).toHaveLength(2);
    expect(css).not.toMatch(/https?:|\/\/|@import/u);
  });

  it('carries the font’s SIL Open Font License beside the files', () => {
    const dir = path.dirname(require.resolve('borgerform/fonts/ibm-plex-sans.css'));
    const licence = readFileSync(path.join(dir, 'ibm-plex-sans', 'OFL.txt'), 'utf8');
    expect(licence).toContain('SIL Open Font License, Version 1.1');
    expect(licence).toContain('IBM Corp');
  });
});
