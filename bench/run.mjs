// The Borgerform benchmark: the same citizen form as plain HTML, with DKFDS 11, with Borgerform
// rendered in the client and with Borgerform rendered on the server (when it can be), loaded in one
// rotation in headless Chromium; prints the tables and issue 18's budgets and writes bench/RESULTS.md.
// See bench/README.md for what is measured and how.
//
//   node bench/run.mjs [--runs=21,11] [--n=20,200] [--kind-runs=3] [--kind-n=400] [--no-kinds] [--no-reference]
//                      [--profile | --no-profile] [--plain-marking=message|attribute] [--bundle=file.js|cdn|reference]
//                      [--ssr-dist=dir] [--ssr-hydrate=load|after-paint] [--strict | --check] [--no-write]
//
// Exit code 0 unless the bench itself fails; with --strict, 1 when a budget or a sanity check fails;
// with --check, 1 when a sanity check fails or a control kind or a page (the server-rendered one)
// cannot be measured (budgets not judged: the smoke run in test/e2e/bench.test.ts, which keeps the
// bench working as components change).

import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  ALL_TAGS,
  BUNDLE_PATH,
  FORM_DEFINES,
  KINDS,
  SSR_BUNDLE_PATH,
  VARIANTS,
  harnessOptions,
  pagePath,
} from './form.mjs';
import { prepareSsr } from './ssr-page.mjs';
import { installHarness } from './harness.mjs';
import {
  PROFILER_CATEGORIES,
  TIMELINE_CATEGORIES,
  analyseTrace,
  loadSourceMap,
  mergeAnalyses,
} from './profile.mjs';
import { bundleComposition, writeFormBundle, writeReferenceBundle } from './bundle-size.mjs';
import { defaultBundleFile, dkfdsDir, repoDir, startServer } from './server.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// ── Options ────────────────────────────────────────────────────────────────────────────────────

const USAGE =
  'usage: node bench/run.mjs [--runs=21,11 | --runs=N] [--n=20,200] [--kind-runs=3] [--kind-n=400] [--no-kinds] [--no-reference] [--profile | --no-profile] [--plain-marking=message|attribute] [--bundle=file.js|cdn|reference] [--ssr-dist=dir] [--ssr-hydrate=load|after-paint] [--strict | --check] [--no-write]';

function parseArgs(argv) {
  const options = {
    runs: undefined,
    ns: [20, 200],
    kindRuns: 3,
    kindN: 400,
    kinds: true,
    reference: true,
    profile: 'auto',
    strict: false,
    check: false,
    write: true,
    plainMarking: 'message',
    bundleFile: undefined,
    ssrDist: undefined,
    ssrHydrate: 'load',
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'runs') options.runs = value.split(',').map(Number);
    else if (key === 'n') options.ns = value.split(',').map(Number);
    else if (key === 'kind-runs') options.kindRuns = Number(value);
    else if (key === 'kind-n') options.kindN = Number(value);
    else if (key === 'no-kinds') options.kinds = false;
    else if (key === 'no-reference') options.reference = false;
    else if (key === 'profile') options.profile = 'always';
    else if (key === 'no-profile') options.profile = 'never';
    else if (key === 'strict') options.strict = true;
    else if (key === 'check') options.check = true;
    else if (key === 'no-write') options.write = false;
    else if (key === 'plain-marking' && ['message', 'attribute'].includes(value))
      options.plainMarking = value;
    else if (key === 'ssr-dist' && value) options.ssrDist = path.resolve(value);
    else if (key === 'ssr-hydrate' && ['load', 'after-paint'].includes(value)) options.ssrHydrate = value;
    else if (key === 'bundle' && value)
      options.bundleFile =
        value === 'cdn' ? defaultBundleFile : value === 'reference' ? 'reference' : path.resolve(value);
    else if (key === 'help' || key === 'h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`bench: unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  // Loads per N: a small form loads fast and its ratio is the noisier, so it gets more (default 21 at
  // N ≤ 50, 11 above); `--runs=15` gives every N 15, `--runs=21,11` one count per N in `--n` order.
  const runs = options.runs;
  options.runsFor = (n) => {
    if (!runs) return n <= 50 ? 21 : 11;
    return runs.length === 1 ? runs[0] : runs[options.ns.indexOf(n)];
  };
  if (
    (runs && runs.length !== 1 && runs.length !== options.ns.length) ||
    options.ns.some((n) => !(options.runsFor(n) >= 1)) ||
    options.ns.some((n) => !(n >= 1)) ||
    !(options.kindRuns >= 1) ||
    !(options.kindN >= 1)
  ) {
    console.error(`bench: --runs, --n, --kind-runs and --kind-n need positive numbers\n${USAGE}`);
    process.exit(2);
  }
  return options;
}

// ── Statistics ─────────────────────────────────────────────────────────────────────────────────

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summarise(values) {
  const list = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (list.length === 0) return null;
  return { median: median(list), min: Math.min(...list), max: Math.max(...list), count: list.length };
}

// ── Browser ────────────────────────────────────────────────────────────────────────────────────

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const KIB = 1024;
const MB = 1000 * 1000;

/** Loads traced with the sampling profiler when profiling (their function times are averaged). */
const PROFILE_LOADS = 3;

/** Which of the form's tags the bundle defines (customElements.get on a page that loads it). */
async function probe(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const response = await page.goto(`${origin}/probe`, { waitUntil: 'load' });
  const defined = await page.evaluate(
    (tags) => Object.fromEntries(tags.map((tag) => [tag, Boolean(customElements.get(tag))])),
    ALL_TAGS,
  );
  await context.close();
  return { defined, errors, status: response?.status() };
}

/**
 * One measured page load in a fresh context: bytes, render, heap, DOM nodes, validation.
 * `axe` adds an axe-core run before and after validation (not timed; done in separate loads).
 */
async function measure(
  browser,
  origin,
  variant,
  n,
  kinds,
  { axe = null, heap = true, trace = null, marking = 'message' } = {},
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // Errors, and a hydration warning at any level (Lit's development build warns of mismatches).
    if (message.type() === 'error' || /hydrat|mismatch/iu.test(message.text())) errors.push(message.text());
  });
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.addInitScript(installHarness, harnessOptions(variant, kinds));
  if (trace) await browser.startTracing(page, { categories: trace });
  await page.goto(`${origin}${pagePath(variant.id, n, kinds)}`, { waitUntil: 'load', timeout: 120_000 });
  const render = await page.evaluate(() => window.__bench.rendered);
  if (render.error) throw new Error(`${variant.id} n=${n}: harness failed: ${render.error}`);

  // Paint, layout shift and blocking time of the load, read before anything else runs in the page.
  Object.assign(render, await page.evaluate((at) => window.__bench.metrics(at), render.rendered));
  const result = { render, errors };
  if (!trace) {
    // Bytes: each response body gzipped here at level 9 (the server sends identity encoding). Scripts
    // and stylesheets are "JS+CSS"; fonts and images (DKFDS's) are counted apart.
    result.bytes = {
      document: 0,
      documentGz: 0,
      sub: 0,
      subGz: 0,
      other: 0,
      otherGz: 0,
      types: new Set(),
      failed: [],
    };
    for (const response of responses) {
      const type = response.request().resourceType();
      if (!response.ok()) result.bytes.failed.push(`${response.status()} ${response.url()}`);
      const body = await response.body().catch(() => Buffer.alloc(0));
      const gz = gzipSync(body, { level: 9 }).length;
      if (type === 'document') {
        result.bytes.document += body.length;
        result.bytes.documentGz += gz;
      } else if (type === 'script' || type === 'stylesheet') {
        result.bytes.sub += body.length;
        result.bytes.subGz += gz;
        result.bytes.types.add(type);
      } else {
        result.bytes.other += body.length;
        result.bytes.otherGz += gz;
        result.bytes.types.add(type);
      }
    }
  }
  if (heap) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    result.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    result.nodes = (await cdp.send('Memory.getDOMCounters')).nodes;
    await cdp.detach();
  }
  result.shadowRoots = await page.evaluate(() => {
    const byTag = {};
    for (const element of document.querySelectorAll('*'))
      if (element.shadowRoot) byTag[element.localName] = (byTag[element.localName] ?? 0) + 1;
    return byTag;
  });
  if (axe) result.axeBefore = await runAxe(page, axe);
  result.validate = await page.evaluate(
    ([id, mode]) => window.__bench.validate(id, mode),
    [variant.id, marking],
  );
  if (axe) result.axeAfter = await runAxe(page, axe);
  if (trace) result.trace = await browser.stopTracing();
  await context.close();
  return result;
}

async function runAxe(page, source) {
  if (!(await page.evaluate(() => typeof window.axe === 'object')))
    await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.length,
      help: violation.help,
    }));
  });
}

// ── Formatting ─────────────────────────────────────────────────────────────────────────────────

const fmt = {
  ms: (value) => `${value.toFixed(value < 100 ? 1 : 0)} ms`,
  bytes: (value) => (value >= KIB ? `${(value / KIB).toFixed(1)} KiB` : `${value} B`),
  mb: (value) => `${(value / MB).toFixed(2)} MB`,
  count: (value) => String(Math.round(value)),
  shift: (value) => value.toFixed(4),
};

function cell(summary, format) {
  if (!summary) return '–';
  if (summary.min === summary.max) return format(summary.median);
  return `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;
}

function ratio(library, plain) {
  if (!library || !plain || plain.median === 0)
    return library && plain ? (library.median === 0 ? '1.00×' : '∞') : '–';
  return `${(library.median / plain.median).toFixed(2)}×`;
}

/** A markdown table; `align` has one letter per column: l(eft) or r(ight) (default: first l, rest r). */
/** Median of the per-run ratios library ÷ plain (runs paired by index: measured back to back). */
function pairedRatio(libraryValues, plainValues) {
  const ratios = libraryValues.map((value, i) => value / plainValues[i]).filter(Number.isFinite);
  return ratios.length ? median(ratios) : NaN;
}

function table(header, rows, align = 'l' + 'r'.repeat(header.length - 1)) {
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((h, i) => (align[i] === 'r' ? '--:' : '---')).join('|')}|`,
  ];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

// ── Main ───────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  // By default the page loads a bundle of only this form's elements, built from src/ like the CDN
  // file (what a host's bundler ships); `--bundle=cdn` measures the one-file CDN build instead.
  if (!options.bundleFile) {
    options.bundleFile = await writeFormBundle(
      repoDir,
      FORM_DEFINES,
      path.join(benchDir, '.out', 'form-bundle.js'),
    );
  }
  const referenceFile = path.join(benchDir, '.out', 'reference-bundle.js');
  if (options.bundleFile === 'reference') {
    options.bundleFile = await writeReferenceBundle(repoDir, referenceFile);
    options.write = false; // a calibration run never overwrites RESULTS.md
    options.reference = false;
  }
  // An experiment's hydration (`--ssr-hydrate=after-paint`) never overwrites RESULTS.md either.
  if (options.ssrHydrate !== 'load') options.write = false;
  // The calibration, measured in the same rotation as the two pages (so under the same machine load).
  if (options.reference) await writeReferenceBundle(repoDir, referenceFile);
  const { bundleFile } = options;
  if (!existsSync(bundleFile)) {
    console.error(
      `bench: ${path.relative(process.cwd(), bundleFile)} is missing. Run \`npm run build\` at the top level first.`,
    );
    process.exit(2);
  }
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const axeVersion = JSON.parse(await readFile(require.resolve('axe-core/package.json'), 'utf8')).version;
  const bundleBytes = await readFile(bundleFile);

  // The server-rendered page: rendered in Node when the elements can be (ssr-page.mjs), else a reason.
  const ssr = await prepareSsr({
    bundleOut: path.join(benchDir, '.out', 'ssr-bundle.js'),
    ...(options.ssrDist ? { distDir: options.ssrDist } : {}),
    hydrate: options.ssrHydrate,
  });
  const server = await startServer({ bundleFile, ssr });
  const referenceServer = options.reference ? await startServer({ bundleFile: referenceFile }) : null;
  const browser = await chromium.launch({ executablePath: options.executablePath, args: LAUNCH_ARGS });
  const log = (...args) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...args);
  try {
    const browserVersion = browser.version();
    const loadAtStart = os.loadavg();

    // 1. Which elements exist in the bundle, and which control kinds can be measured.
    const probed = await probe(browser, server.origin);
    const kinds = KINDS.filter((kind) => kind.tags.every((tag) => probed.defined[tag]));
    const missingKinds = KINDS.filter((kind) => !kinds.includes(kind));
    log(
      `bundle defines: ${ALL_TAGS.map((tag) => `${tag}${probed.defined[tag] ? '' : ' (not available)'}`).join(', ')}`,
    );
    if (probed.errors.length) log(`bundle errors: ${probed.errors.join('; ')}`);
    if (kinds.length === 0) {
      console.log(
        `\nNothing to measure: the bundle defines none of the form's elements (${ALL_TAGS.join(', ')} are not available).`,
      );
      if (options.strict || options.check) process.exitCode = 1;
      return;
    }
    // Every variant is measured in the same rotation; one that cannot be is reported with its reason.
    const unmeasured = {};
    if (!ssr.render) unmeasured.ssr = ssr.reason;
    let variants = VARIANTS.filter((variant) => !unmeasured[variant.id]);
    const requiredPerFieldset = kinds.filter((kind) => kind.required).length;

    // 2. Warm-up (discarded): one load of each variant, so the first measured run is not the browser's first.
    // The server-rendered page is measured only if it hydrates in the browser without an error (a
    // mismatch between what the server rendered and what the client would render throws in Lit).
    for (const variant of variants) {
      try {
        await measure(browser, server.origin, variant, options.ns[0], kinds, { heap: false });
      } catch (error) {
        if (!variant.serverRendered) throw error;
        unmeasured[variant.id] = `it does not hydrate in the browser: ${
          String(error.message)
            .replace(/^.*harness failed: /su, '')
            .split('\n')[0]
        }`;
      }
    }
    variants = variants.filter((variant) => !unmeasured[variant.id]);
    for (const [id, reason] of Object.entries(unmeasured)) log(`${id}: not measured: ${reason}`);
    // The calibration loads the same library page from its own server (its bundle at the same URL).
    const libraryPage = variants.find((variant) => variant.id === 'library');
    if (referenceServer)
      await measure(browser, referenceServer.origin, libraryPage, options.ns[0], kinds, { heap: false });

    // 3. The measured runs: fresh context each, the order of variants rotating per run.
    const samples = {}; // `${variant}:${n}` → results[]
    const referenceSamples = {}; // n → results[] of the calibration bundle
    const rounds = Math.max(...options.ns.map(options.runsFor));
    for (let run = 0; run < rounds; run++) {
      for (const n of options.ns) {
        if (run >= options.runsFor(n)) continue;
        const order = variants.map((_, i) => variants[(i + run) % variants.length]);
        for (const variant of order) {
          const result = await measure(browser, server.origin, variant, n, kinds, {
            marking: options.plainMarking,
          });
          (samples[`${variant.id}:${n}`] ??= []).push(result);
        }
        if (referenceServer) {
          const result = await measure(browser, referenceServer.origin, libraryPage, n, kinds, {
            heap: false,
            marking: options.plainMarking,
          });
          (referenceSamples[n] ??= []).push(result);
        }
      }
      log(`run ${run + 1}/${rounds} done`);
    }

    // 4. axe-core, once per variant and N (deterministic; in its own load so it does not disturb timings).
    const axe = {};
    for (const n of options.ns) {
      for (const variant of variants) {
        const result = await measure(browser, server.origin, variant, n, kinds, {
          axe: axeSource,
          heap: false,
          marking: options.plainMarking,
        });
        axe[`${variant.id}:${n}`] = { before: result.axeBefore, after: result.axeAfter };
      }
    }
    log('axe done');

    // 5. Per control kind: a form of kind-n fieldsets holding one control of that kind.
    const kindSamples = {};
    if (options.kinds) {
      const kindVariants = variants.filter((variant) => ['plain', 'library'].includes(variant.id));
      for (let run = 0; run < options.kindRuns; run++) {
        for (const kind of kinds) {
          const order = kindVariants.map((_, i) => kindVariants[(i + run) % kindVariants.length]);
          for (const variant of order) {
            const result = await measure(browser, server.origin, variant, options.kindN, [kind], {
              heap: false,
              marking: options.plainMarking,
            });
            (kindSamples[`${variant.id}:${kind.id}`] ??= []).push(result);
          }
        }
      }
      log('per-kind runs done');
    }

    // ── Summaries ──
    const stats = {};
    for (const [key, list] of Object.entries(samples)) {
      stats[key] = {
        subGz: summarise(list.map((r) => r.bytes.subGz)),
        sub: summarise(list.map((r) => r.bytes.sub)),
        otherGz: summarise(list.map((r) => r.bytes.otherGz)),
        document: summarise(list.map((r) => r.bytes.document)),
        documentGz: summarise(list.map((r) => r.bytes.documentGz)),
        types: [...new Set(list.flatMap((r) => [...r.bytes.types]))],
        failed: [...new Set(list.flatMap((r) => r.bytes.failed))],
        fcp: summarise(list.map((r) => r.render.fcp)),
        formPainted: summarise(list.map((r) => r.render.formPainted)),
        firstField: summarise(list.map((r) => r.render.firstField)),
        cls: summarise(list.map((r) => r.render.cls)),
        tbt: summarise(list.map((r) => r.render.tbt)),
        longTasks: summarise(list.map((r) => r.render.longTasks)),
        render: summarise(list.map((r) => r.render.rendered)),
        parsed: summarise(list.map((r) => r.render.domInteractive)),
        scriptPhase: summarise(list.map((r) => r.render.settled - r.render.domInteractive)),
        framePhase: summarise(list.map((r) => r.render.rendered - r.render.settled)),
        evaluatePhase: summarise(
          list.map((r) =>
            r.render.firstDefine === null ? NaN : r.render.firstDefine - r.render.domInteractive,
          ),
        ),
        definePhase: summarise(
          list.map((r) =>
            r.render.firstDefine === null ? NaN : r.render.lastDefineEnd - r.render.firstDefine,
          ),
        ),
        updatePhase: summarise(
          list.map((r) =>
            r.render.lastDefineEnd === null ? NaN : r.render.settled - r.render.lastDefineEnd,
          ),
        ),
        heap: summarise(list.map((r) => r.heap)),
        nodes: summarise(list.map((r) => r.nodes)),
        shadowRoots: list[0].shadowRoots,
        validate: summarise(list.map((r) => r.validate.ms)),
        invalid: summarise(list.map((r) => r.validate.invalid)),
        nativeInvalid: summarise(list.map((r) => r.validate.nativeInvalid)),
        submits: Math.max(...list.map((r) => r.validate.submits)),
        summaryLinks: summarise(list.map((r) => r.validate.summaryLinks)),
        summaryFocused: list.every((r) => r.validate.summaryFocused),
        undefinedTags: [...new Set(list.flatMap((r) => r.render.undefinedTags))],
        lateUpdates: Math.max(...list.map((r) => r.render.lateUpdates)),
        serverHosts: summarise(list.map((r) => r.render.serverHosts)),
        serverRoots: summarise(list.map((r) => r.render.serverRoots)),
        unhydrated: Math.max(...list.map((r) => r.render.unhydrated)),
        unhydratedTags: [...new Set(list.flatMap((r) => r.render.unhydratedTags))],
        rounds: Math.max(...list.map((r) => r.render.rounds)),
        errors: [...new Set(list.flatMap((r) => r.errors))],
      };
    }
    const kindStats = {};
    for (const [key, list] of Object.entries(kindSamples)) {
      kindStats[key] = {
        render: summarise(list.map((r) => r.render.rendered)),
        validate: summarise(list.map((r) => r.validate.ms)),
        invalid: summarise(list.map((r) => r.validate.invalid)),
      };
    }

    // ── Budgets (issue 18, item 4), at every N measured ──
    const full = missingKinds.length === 0;
    const budgets = [];
    const measuredIds = new Set(variants.map((variant) => variant.id));
    /** A budget over variants `ids`: judged by `judge()` when all were measured, else "not measured". */
    const budget = (name, limit, ids, judge, { time = false } = {}) => {
      const missing = ids.find((id) => !measuredIds.has(id));
      if (missing) {
        budgets.push({ name, limit, pass: null, measured: `not measured: ${unmeasured[missing]}`, time });
        return;
      }
      const { pass, measured } = judge();
      budgets.push({ name, limit, pass, measured, time });
    };
    const controls = (n) => `${(n * kinds.length).toLocaleString('en')} controls`;
    /** `a` against `b` on one figure: ratio of medians and median of per-round ratios. */
    const against = (a, b, n, statKey, pick, limit) => {
      const value = stats[`${a}:${n}`][statKey].median / stats[`${b}:${n}`][statKey].median;
      const paired = pairedRatio(samples[`${a}:${n}`].map(pick), samples[`${b}:${n}`].map(pick));
      return {
        pass: value <= limit,
        measured: `${value.toFixed(2)}× (paired runs: ${paired.toFixed(2)}×; ${fmt.ms(stats[`${a}:${n}`][statKey].median)} against ${fmt.ms(stats[`${b}:${n}`][statKey].median)})`,
      };
    };
    const renderOf = (r) => r.render.rendered;
    for (const n of options.ns) {
      budget(
        `server-rendered: whole form painted (every label, hint, input), ${controls(n)}`,
        '≤ 1.1× plain HTML',
        ['ssr'],
        () => against('ssr', 'plain', n, 'formPainted', (r) => r.render.formPainted, 1.1),
        { time: true },
      );
      if (n === 200)
        budget(`server-rendered: HTML document, gzip -9, ${controls(n)}`, '≤ 2× plain HTML', ['ssr'], () => {
          const ssrGz = stats[`ssr:${n}`].documentGz.max;
          const plainGz = stats[`plain:${n}`].documentGz.max;
          return {
            pass: ssrGz <= 2 * plainGz,
            measured: `${(ssrGz / plainGz).toFixed(2)}× (${fmt.bytes(ssrGz)} against ${fmt.bytes(plainGz)}; uncompressed ${fmt.bytes(stats[`ssr:${n}`].document.max)} against ${fmt.bytes(stats[`plain:${n}`].document.max)})`,
          };
        });
      budget(`server-rendered: layout shift, ${controls(n)}`, '0', ['ssr'], () => {
        const cls = stats[`ssr:${n}`].cls;
        return {
          pass: cls !== null && cls.max === 0,
          measured: cls ? `${cls.max.toFixed(4)} (highest of the runs)` : 'not reported',
        };
      });
      budget(
        `server-rendered: hydrated and ready (render), ${controls(n)}`,
        '≤ client-rendered',
        ['ssr', 'library'],
        () => against('ssr', 'library', n, 'render', renderOf, 1),
        { time: true },
      );
      budget(
        `client-rendered: render, ${controls(n)}`,
        '≤ DKFDS',
        ['library', 'dkfds'],
        () => against('library', 'dkfds', n, 'render', renderOf, 1),
        { time: true },
      );
      if (n === 200)
        budget(
          `client-rendered: render, ${controls(n)}`,
          '≤ 1.5× plain HTML',
          ['library'],
          () => against('library', 'plain', n, 'render', renderOf, 1.5),
          { time: true },
        );
      for (const id of ['library', 'ssr'])
        budget(
          `${id === 'ssr' ? 'server' : 'client'}-rendered: validate (every error and the summary shown), ${controls(n)}`,
          '≤ DKFDS with its handler',
          [id, 'dkfds'],
          () => against(id, 'dkfds', n, 'validate', (r) => r.validate.ms, 1),
          { time: true },
        );
    }
    for (const id of ['library', 'ssr']) {
      const side = id === 'ssr' ? 'server' : 'client';
      budget(`${side}-rendered: JS+CSS for the form, gzip -9, Lit included`, '≤ 20 KiB', [id], () => {
        const most = Math.max(...options.ns.map((n) => stats[`${id}:${n}`].subGz.max));
        return { pass: most <= 20 * KIB, measured: fmt.bytes(most) };
      });
      if (options.ns.includes(200))
        budget(`${side}-rendered: JS heap after GC, ${controls(200)}`, '≤ 4 MB', [id], () => {
          const heap = stats[`${id}:200`].heap;
          return {
            pass: heap.max <= 4 * MB,
            measured: `${fmt.mb(heap.median)} (highest ${fmt.mb(heap.max)})`,
          };
        });
      budget(`${side}-rendered: axe violations, before and after submit`, '0', [id], () => {
        const found = options.ns.flatMap((n) => [...axe[`${id}:${n}`].before, ...axe[`${id}:${n}`].after]);
        const ids = [...new Set(found.map((v) => v.id))];
        return {
          pass: found.length === 0,
          measured: found.length === 0 ? '0' : `${ids.length} rule(s): ${ids.join(', ')}`,
        };
      });
    }
    // Sanity: validation ran and found exactly the required controls.
    const sanity = [];
    for (const n of options.ns) {
      for (const variant of variants) {
        const s = stats[`${variant.id}:${n}`];
        const expected = requiredPerFieldset * n;
        if (s.invalid.min !== expected || s.invalid.max !== expected)
          sanity.push(
            `${variant.id} N=${n}: ${s.invalid.min}–${s.invalid.max} invalid controls shown, expected ${expected}`,
          );
        if (s.nativeInvalid.max !== expected)
          sanity.push(
            `${variant.id} N=${n}: ${s.nativeInvalid.max} controls invalid for the browser, expected ${expected}`,
          );
        if (s.submits > 0) sanity.push(`${variant.id} N=${n}: the empty form was submitted`);
        const summaryShown = variant.id !== 'plain' || options.plainMarking === 'message';
        if (summaryShown && (s.summaryLinks.min !== expected || s.summaryLinks.max !== expected))
          sanity.push(
            `${variant.id} N=${n}: ${s.summaryLinks.min}–${s.summaryLinks.max} links in the error summary, expected ${expected}`,
          );
        if (summaryShown && !s.summaryFocused)
          sanity.push(`${variant.id} N=${n}: the error summary did not have focus after validate`);
        if (s.failed.length)
          sanity.push(`${variant.id} N=${n}: failed requests: ${s.failed.slice(0, 3).join(' | ')}`);
        if (variant.id === 'dkfds' && !(s.types.includes('stylesheet') && s.types.includes('script')))
          sanity.push(`dkfds N=${n}: the page did not load DKFDS's stylesheet and script`);
        for (const row of ['fcp', 'formPainted', 'firstField', 'cls', 'tbt'])
          if (!s[row]) sanity.push(`${variant.id} N=${n}: no ${row} measured`);
        if (s.undefinedTags.length)
          sanity.push(`${variant.id} N=${n}: undefined elements ${s.undefinedTags.join(', ')}`);
        if (variant.serverRendered) {
          // Every element in the server's markup came with its declarative shadow root (bf-option has none).
          if (!s.serverRoots || !s.serverHosts || s.serverRoots.min < s.serverHosts.max)
            sanity.push(
              `${variant.id} N=${n}: ${s.serverRoots?.min ?? 0} declarative shadow roots parsed for ${s.serverHosts?.max ?? 0} elements in the server's markup`,
            );
          if (s.unhydrated > 0)
            sanity.push(
              `${variant.id} N=${n}: ${s.unhydrated} server-rendered elements not hydrated (${s.unhydratedTags.join(', ')}: rendered again, not updated or still defer-hydration)`,
            );
        }
        if (s.rounds < 0) sanity.push(`${variant.id} N=${n}: updates never settled`);
        if (s.errors.length)
          sanity.push(`${variant.id} N=${n}: page errors: ${s.errors.slice(0, 3).join(' | ')}`);
      }
    }
    const plainViolations = options.ns.flatMap((n) => [
      ...axe[`plain:${n}`].before,
      ...axe[`plain:${n}`].after,
    ]);
    if (plainViolations.length)
      sanity.push(
        `plain HTML has axe violations (the floor page should be clean): ${[...new Set(plainViolations.map((v) => v.id))].join(', ')}`,
      );

    // ── Profile when a time budget fails (or always with --profile) ──
    // The client-rendered page, and the server-rendered one when it was measured.
    const timeBudgetFailed = budgets.some((b) => b.pass === false && b.time);
    const profiles = [];
    if (options.profile === 'always' || (options.profile === 'auto' && timeBudgetFailed)) {
      const n = options.ns.includes(200) ? 200 : options.ns.at(-1);
      await mkdir(path.join(benchDir, '.out'), { recursive: true });
      const traced = [
        { id: 'library', file: bundleFile, url: BUNDLE_PATH },
        { id: 'ssr', file: ssr.bundleFile, url: SSR_BUNDLE_PATH },
      ].filter(({ id }) => measuredIds.has(id));
      for (const { id, file, url } of traced) {
        const variant = variants.find((v) => v.id === id);
        const sourceMap = await loadSourceMap(`${file}.map`, repoDir);
        const analyse = (buffer) =>
          analyseTrace(buffer, { sourceMap, bundleUrl: `${server.origin}${url}`, page: `/${id}` });
        // One load traced with the timeline categories (kinds of work), then PROFILE_LOADS loads with only
        // the sampling profiler (JS functions): the timeline categories slow DOM mutations down and
        // would blame them on the JS that makes them.
        const timeline = await measure(browser, server.origin, variant, n, kinds, {
          heap: false,
          trace: TIMELINE_CATEGORIES,
        });
        const traceFile = path.join(benchDir, '.out', `trace-${id}-n${n}.json`);
        await writeFile(traceFile, timeline.trace);
        const sampled = [];
        for (let i = 0; i < PROFILE_LOADS; i++) {
          const load = await measure(browser, server.origin, variant, n, kinds, {
            heap: false,
            trace: PROFILER_CATEGORIES,
          });
          sampled.push(analyse(load.trace));
          if (i === 0) await writeFile(path.join(benchDir, '.out', `profile-${id}-n${n}.json`), load.trace);
        }
        profiles.push({
          id,
          title: variant.title,
          map: path.basename(`${file}.map`),
          n,
          traceFile,
          analysis: mergeAnalyses(analyse(timeline.trace), sampled),
        });
        log(`profiled ${id} N=${n}: ${path.relative(process.cwd(), traceFile)}`);
      }
    }

    // ── What the bytes are made of (informational) ──
    const composition = await bundleComposition(bundleFile).catch((error) => ({
      error: String(error).split('\n')[0],
    }));
    // For comparison: the one-file CDN build, which defines every element (when it has been built).
    const cdnGz = existsSync(defaultBundleFile)
      ? gzipSync(await readFile(defaultBundleFile), { level: 9 }).length
      : undefined;
    log('bundle composition done');

    // ── Report ──
    const cpus = os.cpus();
    // Hand-written analysis of the latest profile (bench/findings.md), carried into RESULTS.md.
    const findings = await readFile(path.join(benchDir, 'findings.md'), 'utf8').catch(() => '');
    const report = renderReport({
      options,
      browserVersion,
      axeVersion,
      cpus,
      loadAtStart,
      loadAtEnd: os.loadavg(),
      bundleBytes,
      probed,
      kinds,
      missingKinds,
      full,
      variants,
      unmeasured,
      dkfdsVersion: JSON.parse(await readFile(path.join(dkfdsDir, '..', 'package.json'), 'utf8')).version,
      ssrServerMs: ssr.serverMs,
      stats,
      kindStats,
      axe,
      budgets,
      sanity,
      profiles,
      requiredPerFieldset,
      composition,
      cdnGz,
      findings,
      seconds: (Date.now() - started) / 1000,
      calibration: calibrate(referenceSamples, samples),
    });
    console.log('\n' + report.console);
    if (options.write) {
      await writeFile(path.join(benchDir, 'RESULTS.md'), report.markdown);
      console.log(
        `\nwritten: ${path.relative(process.cwd(), path.join(benchDir, 'RESULTS.md')) || 'RESULTS.md'}`,
      );
    }
    const failed = budgets.filter((b) => b.pass === false).length;
    if (options.strict && (failed > 0 || sanity.length > 0)) process.exitCode = 1;
    if (options.check && (sanity.length > 0 || missingKinds.length > 0 || Object.keys(unmeasured).length > 0))
      process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
    await referenceServer?.close();
  }
}

/** Render medians of the calibration bundle against plain HTML and Borgerform, per N (paired by run). */
function calibrate(referenceSamples, samples) {
  return Object.entries(referenceSamples).map(([n, list]) => {
    const reference = list.map((r) => r.render.rendered);
    const plain = samples[`plain:${n}`].map((r) => r.render.rendered);
    const library = samples[`library:${n}`].map((r) => r.render.rendered);
    return {
      n: Number(n),
      reference: summarise(reference),
      plain: summarise(plain),
      library: summarise(library),
      referenceToPlain: pairedRatio(reference, plain),
      libraryToReference: pairedRatio(library, reference),
    };
  });
}

function renderReport(d) {
  const { options, stats, kindStats, variants, axe } = d;
  const ns = options.ns;
  const lines = [];
  const push = (...text) => lines.push(...text);

  push('# Borgerform benchmark results', '');
  push(
    'Written by `node bench/run.mjs` (see `bench/README.md` for what each row measures). Do not edit by hand.',
    '',
  );
  push('| | |', '|---|---|');
  push(`| date | ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} |`);
  push(
    `| machine | ${d.cpus[0]?.model?.trim() ?? '?'}, ${d.cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB, ${os.platform()} ${os.release()} |`,
  );
  push(
    `| load average at start / end | ${d.loadAtStart.map((x) => x.toFixed(2)).join(' ')} / ${d.loadAtEnd.map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min; the machine may be shared with other work: wall-clock times move with its load, see Noise in README.md) |`,
  );
  push(`| Node | ${process.version} |`);
  push(`| browser | Chromium ${d.browserVersion} (headless, ${options.executablePath}) |`);
  push(`| axe-core | ${d.axeVersion} |`);
  push(
    `| DKFDS | ${d.dkfdsVersion} (\`dist/css/dkfds-borgerdk.min.css\`, \`dist/js/dkfds.min.js\`, its fonts) |`,
  );
  push(
    `| bundle | ${path.relative(path.dirname(benchDir), options.bundleFile)}, ${fmt.bytes(d.bundleBytes.length)} (${fmt.bytes(gzipSync(d.bundleBytes, { level: 9 }).length)} gzip -9) |`,
  );
  push(`| N | ${ns.join(', ')} fieldsets (${ns.map((n) => `${n * d.kinds.length} controls`).join(', ')}) |`);
  push(
    `| runs | ${ns.map((n) => `${options.runsFor(n)} at N = ${n}`).join(', ')}, per variant, each in a fresh browser context, variant order rotating; 1 warm-up load per variant discarded |`,
  );
  push(
    `| validation | Borgerform: \`form.requestSubmit()\`; DKFDS: \`form.requestSubmit()\` on its \`novalidate\` form, the service's handler (\`bench/dkfds-service.mjs\`) shows the messages and the error summary; plain HTML: \`form.checkValidity()\` + ${options.plainMarking === 'message' ? '`aria-invalid`, an inserted error message per invalid control and a focused error summary of links (Borgerform: `bf-form` with its `bf-error-summary`)' : '`aria-invalid` only'} (see README) |`,
  );
  push(`| bench time | ${d.seconds.toFixed(0)} s |`, '');

  push('## Elements', '');
  push(
    `The bench loads the bundle on an empty page and checks \`customElements.get\` for each tag. A control kind is measured only when all its tags are defined; the plain HTML page then leaves the same kinds out, so the comparison stays like for like.`,
    '',
  );
  push(
    table(
      ['control kind (per fieldset)', 'elements', 'status'],
      KINDS.map((kind) => [
        kind.title,
        kind.tags.map((t) => `\`${t}\``).join(' + '),
        d.kinds.includes(kind)
          ? 'measured'
          : `not available (${kind.tags
              .filter((t) => !d.probed.defined[t])
              .map((t) => `\`${t}\` not defined`)
              .join(', ')})`,
      ]),
      'lll',
    ),
    '',
  );
  if (!d.full)
    push(
      `**Partial form:** each fieldset holds only ${d.kinds.map((k) => k.id).join(', ')}; ${d.missingKinds.map((k) => k.id).join(', ')} are not available in the bundle yet, so the figures below are not yet those of the whole citizen form.`,
      '',
    );

  push('## The citizen form', '');
  push(
    "Median (min–max) of the runs at each N (above); every page loaded in the same rotation. The factor after a figure is that page's median ÷ plain HTML's median.",
    '',
  );
  const metricRows = [
    ['JS+CSS fetched, gzip -9', 'subGz', fmt.bytes],
    ['JS+CSS fetched, uncompressed', 'sub', fmt.bytes],
    ['fonts and images fetched, gzip -9', 'otherGz', fmt.bytes],
    ['HTML document, uncompressed', 'document', fmt.bytes],
    ['HTML document, gzip -9', 'documentGz', fmt.bytes],
    ['first contentful paint', 'fcp', fmt.ms],
    ['whole form painted (every label, hint and input)', 'formPainted', fmt.ms],
    ['first field accepts typing', 'firstField', fmt.ms],
    ['cumulative layout shift (navigation → render done)', 'cls', fmt.shift],
    ['total blocking time (first contentful paint → render done)', 'tbt', fmt.ms],
    ['　long tasks in that window', 'longTasks', fmt.count],
    ['render: all elements defined + updated + 2 frames', 'render', fmt.ms],
    ['　of which: HTML parsed (navigation start → domInteractive)', 'parsed', fmt.ms],
    ['　of which: scripts, upgrades, element updates (→ all settled)', 'scriptPhase', fmt.ms],
    ['　　module download wait, compile, evaluate (→ first customElements.define)', 'evaluatePhase', fmt.ms],
    ['　　customElements.define: upgrades (constructor, connectedCallback)', 'definePhase', fmt.ms],
    ['　　Lit first updates or hydration (render, slotchange, settle)', 'updatePhase', fmt.ms],
    ['　of which: style, layout, paint (settled → 2 frames)', 'framePhase', fmt.ms],
    ['JS heap after GC (CDP Runtime.getHeapUsage)', 'heap', fmt.mb],
    ['DOM nodes (incl. shadow roots)', 'nodes', fmt.count],
    ['validate: submit empty form → all errors and the summary shown + 2 frames', 'validate', fmt.ms],
    ['invalid controls shown', 'invalid', fmt.count],
  ];
  const ids = variants.map((variant) => variant.id);
  for (const n of ns) {
    push(
      `### N = ${n} (${n * d.kinds.length} controls; ${n * d.requiredPerFieldset} required; ${options.runsFor(n)} runs)`,
      '',
    );
    const rows = metricRows.map(([title, key, format]) => [
      key === 'invalid' ? `${String(title)} (expected ${n * d.requiredPerFieldset})` : title,
      ...ids.map((id) => {
        const value = cell(stats[`${id}:${n}`][key], format);
        if (id === 'plain' || key === 'invalid' || value === '–') return value;
        return `${value} · ${ratio(stats[`${id}:${n}`][key], stats[`plain:${n}`][key])}`;
      }),
    ]);
    const axeCell = (id) => {
      const result = axe[`${id}:${n}`];
      const count = (list) =>
        list.length === 0 ? '0' : `${list.length} (${list.map((v) => `${v.id}: ${v.nodes}`).join(', ')})`;
      return `${count(result.before)} / ${count(result.after)}`;
    };
    const roots = (id) => {
      const byTag = stats[`${id}:${n}`].shadowRoots ?? {};
      const total = Object.values(byTag).reduce((a, b) => a + b, 0);
      const parts = Object.entries(byTag)
        .sort((a, b) => b[1] - a[1])
        .map(([tag, count]) => `${tag} ${count}`);
      return total ? `${total} (${parts.join(', ')})` : '0';
    };
    rows.splice(rows.findIndex((row) => row[0].startsWith('DOM nodes')) + 1, 0, [
      'shadow roots (light-DOM hosts, by tag)',
      ...ids.map(roots),
    ]);
    rows.push(['axe violations, before / after submit', ...ids.map(axeCell)]);
    push(table(['', ...variants.map((variant) => variant.title)], rows, 'l' + 'r'.repeat(ids.length)), '');
    for (const id of ids.filter((id) => id !== 'plain')) {
      const types = stats[`${id}:${n}`].types;
      if (types.some((t) => !['script', 'stylesheet'].includes(t)))
        push(`${variants.find((v) => v.id === id).title} also fetched: ${types.join(', ')}.`, '');
    }
    const serverMs = d.ssrServerMs?.get(`${n}:${d.kinds.map((kind) => kind.id).join(',')}`);
    if (serverMs !== undefined)
      push(
        `The server-rendered page took ${fmt.ms(serverMs)} to render in Node (once; the bench serves it from memory, so this is not in the figures above).`,
        '',
      );
  }
  for (const [id, reason] of Object.entries(d.unmeasured)) {
    push(`*${VARIANTS.find((v) => v.id === id).title}*: not measured: ${reason}.`, '');
  }

  push('## What the bytes are made of', '');
  push(
    `The page fetches one file, \`${path.relative(path.dirname(benchDir), options.bundleFile)}\`, which defines every Borgerform element it contains, not only the ones this form uses.`,
    '',
  );
  if (d.cdnGz !== undefined && options.bundleFile !== defaultBundleFile) {
    push(
      `For comparison, the one-file CDN build \`dist/cdn/borgerform.js\`, which defines every Borgerform element, is ${fmt.bytes(d.cdnGz)} gzip -9; a host that loads it pays for elements its form does not use.`,
      '',
    );
  }
  if (!d.composition.error) {
    push(
      `Minified bytes of the fetched file by source, from its source map (gzip share estimated in proportion):`,
      '',
    );
    push(
      table(
        ['source', 'minified', '≈ gzip share'],
        d.composition.groups
          .slice(0, 14)
          .map((g) => [`\`${g.group}\``, fmt.bytes(g.bytes), fmt.bytes(g.gzShare)]),
      ),
      '',
    );
    push(
      table(
        ['largest source files', 'minified', '≈ gzip share'],
        d.composition.files
          .slice(0, 12)
          .map((g) => [`\`${g.file}\``, fmt.bytes(g.bytes), fmt.bytes(g.gzShare)]),
      ),
      '',
    );
  }

  if (options.kinds) {
    push(`## Per control kind (N = ${options.kindN} fieldsets of one control each)`, '');
    push(
      `Median of ${options.kindRuns} runs; shows which element costs what. Same definitions as above.`,
      '',
    );
    push(
      table(
        [
          'control kind',
          'render plain',
          'render Borgerform',
          'ratio',
          'validate plain',
          'validate Borgerform',
          'ratio',
          'invalid shown',
        ],
        KINDS.map((kind) => {
          if (!d.kinds.includes(kind))
            return [
              kind.title,
              'not available',
              'not available',
              '–',
              'not available',
              'not available',
              '–',
              '–',
            ];
          const p = kindStats[`plain:${kind.id}`];
          const l = kindStats[`library:${kind.id}`];
          return [
            kind.title,
            cell(p.render, fmt.ms),
            cell(l.render, fmt.ms),
            ratio(l.render, p.render),
            cell(p.validate, fmt.ms),
            cell(l.validate, fmt.ms),
            ratio(l.validate, p.validate),
            `${fmt.count(p.invalid.median)} / ${fmt.count(l.invalid.median)} (expected ${kind.required ? options.kindN : 0})`,
          ];
        }),
      ),
      '',
    );
  }

  if (d.calibration.length) {
    push('## Calibration: the floor of the design on this machine', '');
    push(
      '`reference/minimal-lit.mjs`, the least Lit implementation of the design (one shadow root per control, one shared stylesheet, `ElementInternals`; no messages, i18n, error rendering or drawn marks), loaded in the same rotation as the pages above. Its ratio to plain HTML is what the architecture itself costs here; the render budgets are judged against plain HTML, not against it. Median (min–max) render; ratios are medians of per-run ratios.',
      '',
    );
    push(
      table(
        ['N', 'plain HTML', 'reference', 'reference ÷ plain', 'Borgerform', 'Borgerform ÷ reference'],
        d.calibration.map((c) => [
          String(c.n),
          cell(c.plain, fmt.ms),
          cell(c.reference, fmt.ms),
          `${c.referenceToPlain.toFixed(2)}×`,
          cell(c.library, fmt.ms),
          `${c.libraryToReference.toFixed(2)}×`,
        ]),
      ),
      '',
    );
  }
  push('## Budgets', '');
  push(
    table(
      ['budget', 'limit', 'measured', 'result'],
      d.budgets.map((b) => [
        b.name,
        b.limit,
        b.measured,
        b.pass === null ? 'not measured' : b.pass ? 'PASS' : '**FAIL**',
      ]),
      'lrrl',
    ),
    '',
  );
  if (!d.full)
    push(
      'The form is partial (see Elements), so these budgets are checked on what exists today; they become binding when every kind is measured.',
      '',
    );
  push(
    d.sanity.length
      ? `Sanity checks: **${d.sanity.length} problem(s)**:\n\n${d.sanity.map((s) => `- ${s}`).join('\n')}\n`
      : 'Sanity checks: passed (validation found exactly the required controls and a focused summary with a link for each on every page, nothing was submitted, every element was defined, every server-rendered element came with its declarative shadow root and was hydrated, not rendered again, every request succeeded, every row was measured, no page errors or hydration warnings, plain HTML has no axe violations).',
    '',
  );

  for (const profile of d.profiles) {
    push(`## Where the time goes (${profile.title}, N = ${profile.n})`, '');
    push(
      `Chromium traces of the ${profile.id} page (\`browser.startTracing\`): one load with the timeline categories for the kinds of work on the main thread (saved as \`${path.relative(path.dirname(benchDir), profile.traceFile)}\`; open it in DevTools → Performance), and ${PROFILE_LOADS} loads with only the V8 sampling profiler for the JS functions (averaged), mapped to their sources through \`${profile.map}\` (Lit ships minified, so Lit functions are named by module only). Self time is time in the function itself; total includes its callees. Tracing slows the page, so compare shares, not totals.`,
      '',
    );
    const code = (text) => (text ? `\`${text.replaceAll('|', '\\|').replaceAll('`', "'")}\`` : '');
    for (const [phase, a] of Object.entries(profile.analysis)) {
      push(
        `### ${profile.id}: ${phase} (${a.wallMs.toFixed(0)} ms in the timeline trace, ${a.profileWallMs.toFixed(0)} ms in the profiled loads)`,
        '',
      );
      push(
        table(
          ['main thread, by kind of work (timeline trace)', 'self time'],
          a.groups.map((g) => [g.name, fmt.ms(g.ms)]),
        ),
        '',
      );
      push(
        table(
          ['trace event', 'self time'],
          a.events.slice(0, 10).map((g) => [code(g.name), fmt.ms(g.ms)]),
        ),
        '',
      );
      push(
        `JS functions by self time (${fmt.ms(a.sampledMs)} sampled per load; \`(program)\` is the browser's own work outside JS: style, layout, paint, parsing, and the native part of upgrades, \`attachShadow\`, \`attachInternals\`):`,
        '',
      );
      push(
        table(
          ['function', 'where', 'source line', 'self', 'total'],
          a.functions
            .slice(0, 15)
            .map((f) => [code(f.name), code(f.where), code(f.text), fmt.ms(f.ms), fmt.ms(f.totalMs)]),
          'lllrr',
        ),
        '',
      );
      push('JS functions by total (inclusive) time:', '');
      push(
        table(
          ['function', 'where', 'source line', 'self', 'total'],
          a.inclusive
            .slice(0, 12)
            .map((f) => [code(f.name), code(f.where), code(f.text), fmt.ms(f.ms), fmt.ms(f.totalMs)]),
          'lllrr',
        ),
        '',
      );
    }
  }

  if (d.findings) push(d.findings.trim(), '');

  if (d.unmeasured.ssr) {
    push('## What comes next', '');
    push(
      '- The server-rendered column (`bench/ssr-page.mjs`, through `borgerform/ssr`) is measured again once the reason above is fixed; until then its budgets print "not measured" with the reason.',
      '',
    );
  }

  const markdown = lines.join('\n');
  // Console: the form tables and budgets (the markdown minus the machine block is readable as is).
  const consoleText = markdown
    .split('\n')
    .filter((line) => !line.startsWith('Written by'))
    .join('\n');
  return { markdown, console: consoleText };
}

await main();
