// Writes dist/ssr/styles/: `controls.css`, the styles every form control shares (`BfFormControl.styles`),
// and `<tag>.css` per element class, the rest of its `static styles`. Every shadow root rendered by
// `borgerform/ssr` links these instead of carrying a `<style>` copy of its own: a field's root links
// `controls.css` then `<tag>.css`, the order in which Lit adopts the same sheets in the browser.
// Runs after `tsc`: imports the compiled elements in Node (no DOM needed; src/ssr/index.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { elementStylesheet, sharedStylesheet } from '../dist/ssr/index.js';

const defineDir = new URL('../dist/define/', import.meta.url);
const outDir = new URL('../dist/ssr/styles/', import.meta.url);
mkdirSync(outDir, { recursive: true });

writeFileSync(new URL('controls.css', outDir), `${sharedStylesheet()}\n`);
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
  if (!css) continue; // a plain element (bf-option), or a field with no styles of its own: no file
  writeFileSync(new URL(`${tag}.css`, outDir), `${css}\n`);
  written++;
}
console.log(`dist/ssr/styles/: controls.css (shared by the fields) and ${written} element stylesheets`);
