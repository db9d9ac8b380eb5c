// Writes dist/ssr/styles/<tag>.css, one stylesheet per element class (its `static styles`), which
// every shadow root rendered by `borgerform/ssr` links instead of carrying a `<style>` copy of its own.
// Runs after `tsc`: imports the compiled elements in Node (no DOM needed; src/ssr/index.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { elementStylesheet } from '../dist/ssr/index.js';

const defineDir = new URL('../dist/define/', import.meta.url);
const outDir = new URL('../dist/ssr/styles/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const tags = readdirSync(defineDir)
  .filter((file) => file.endsWith('.js'))
  .flatMap((file) => [
    ...readFileSync(new URL(file, defineDir), 'utf8').matchAll(/defineElement\('([a-z0-9-]+)'/g),
  ])
  .map((match) => match[1]);
let written = 0;
for (const tag of tags.sort()) {
  const elementClass = customElements.get(tag);
  if (!elementClass) throw new Error(`<${tag}> is not defined in Node`);
  const css = elementStylesheet(elementClass);
  if (!css) continue; // a plain element (bf-option): no shadow root, no stylesheet
  writeFileSync(new URL(`${tag}.css`, outDir), `${css}\n`);
  written++;
}
console.log(`dist/ssr/styles/: ${written} element stylesheets`);
