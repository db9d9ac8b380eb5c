// Times the address field on its own, for changes to it (bench/compare.mjs's form has no address
// field): each bundle is src/define/address-input.ts of a checkout, bundled as bench/address-bytes.mjs
// does; each run inserts the same fields, cold (a fresh browser context), into a page that has loaded
// one bundle, bundles in rotation, and times the upgrades, Lit's first updates and the style and
// layout after them, as compare.mjs does. A quarter of the fields open with their manual fields, a
// quarter start with a value, the rest are empty; no provider (nothing is searched).
//
//   node bench/address-time.mjs [--n=200] [--runs=21] checkoutDir|bundle.js …
//
// A checkout other than this one needs a node_modules link to this one's.

import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { writeFormBundle } from './bundle-size.mjs';
import { startServer } from './server.mjs';

const USAGE = 'usage: node bench/address-time.mjs [--n=200] [--runs=21] checkoutDir|bundle.js …';
const options = { n: 200, runs: 21, sources: /** @type {string[]} */ ([]) };
for (const arg of process.argv.slice(2)) {
  const [key, value] = arg.startsWith('--') ? arg.slice(2).split('=') : [null, arg];
  if (key === 'n') options.n = Number(value);
  else if (key === 'runs') options.runs = Number(value);
  else if (key === null) options.sources.push(path.resolve(value));
  else throw new Error(`unknown option ${arg}\n${USAGE}`);
}
if (!(options.n >= 1) || !(options.runs >= 1) || options.sources.length === 0) throw new Error(USAGE);

let markup = '';
for (let i = 1; i <= options.n; i++) {
  const extra = i % 4 === 1 ? ' manual' : i % 4 === 2 ? ' value="Vestergade 12B, 2. tv, 8000 Aarhus C"' : '';
  markup += `<bf-address-input name="adresse-${i}" label="Adresse ${i}" required${extra}></bf-address-input>`;
}

/** Inserts the fields once, in the page (runs in the browser). */
async function insert(html) {
  const form = document.createElement('form');
  document.body.append(form);
  const start = performance.now();
  form.innerHTML = html; // this script's own markup
  const inserted = performance.now();
  const elements = [...form.querySelectorAll('bf-address-input')];
  for (let round = 0; round < 20; round++) {
    const results = await Promise.all(elements.map((element) => element.updateComplete));
    if (results.every(Boolean)) break;
  }
  const settled = performance.now();
  void document.body.offsetHeight; // style and layout of what the updates made
  return { upgrade: inserted - start, update: settled - inserted, layout: performance.now() - settled };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const files = [];
const outDirs = [];
for (const source of options.sources) {
  if ((await stat(source)).isFile()) files.push(source);
  else {
    outDirs.push(await mkdtemp(path.join(tmpdir(), 'address-time-')));
    files.push(
      await writeFormBundle(source, ['address-input'], path.join(outDirs.at(-1), 'address-input.js')),
    );
  }
}
const servers = await Promise.all(files.map((bundleFile) => startServer({ bundleFile })));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  const once = async (index) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${servers[index].origin}/probe`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('bf-address-input'));
    const result = await page.evaluate(insert, markup);
    await context.close();
    return result;
  };
  for (let index = 0; index < files.length; index++) await once(index); // warm-up, discarded
  const samples = files.map(() => ({ upgrade: [], update: [], layout: [], total: [] }));
  for (let run = 0; run < options.runs; run++) {
    for (let k = 0; k < files.length; k++) {
      const index = (k + run) % files.length;
      const result = await once(index);
      for (const phase of Object.keys(result)) samples[index][phase].push(result[phase]);
      samples[index].total.push(result.upgrade + result.update + result.layout);
    }
  }
  console.log(`${options.n} bf-address-input; median of ${options.runs} cold insertions (ms)`);
  console.log('upgrade  update  style+layout  total   bundle of');
  options.sources.forEach((source, index) => {
    const [upgrade, update, layout, total] = ['upgrade', 'update', 'layout', 'total'].map((phase) =>
      median(samples[index][phase]).toFixed(1),
    );
    console.log(
      `${upgrade.padStart(7)} ${update.padStart(7)} ${layout.padStart(13)} ${total.padStart(6)}   ${source}`,
    );
  });
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  await Promise.all(outDirs.map((dir) => rm(dir, { recursive: true })));
}
