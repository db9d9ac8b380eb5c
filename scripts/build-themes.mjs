// Copies the three DKFDS themes (src/themes/*.css) into dist/themes/ and writes the optional
// self-hosted IBM Plex Sans into dist/fonts/ (build-fonts.mjs). Run by `npm run build` after tsc;
// bin/check-theme.mjs then checks each theme's contrast.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { writeFontFiles } from './build-fonts.mjs';

const source = new URL('../src/themes/', import.meta.url);
const target = new URL('../dist/themes/', import.meta.url);
mkdirSync(target, { recursive: true });
for (const name of readdirSync(source).filter((file) => file.endsWith('.css'))) {
  copyFileSync(new URL(name, source), new URL(name, target));
}
writeFontFiles(new URL('../dist/fonts/', import.meta.url));
