// The package as a user gets it: `npm pack`, publint and attw on the tarball, the tarball installed into
// a scratch project outside the repository, its entries imported in Node, and a rollup bundle of them
// (resolved from the scratch project only) plus the CDN file loaded in Debian's Chromium.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import type { Browser, Page } from 'playwright-core';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/support.js';

const execFileAsync = promisify(execFile);
/** Runs a program to its end; a failure's message carries what the program printed. */
async function run(
  file: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<{ stdout: string }> {
  try {
    return await execFileAsync(file, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; signal?: string };
    const how = failure.signal ? ` (${failure.signal})` : '';
    const printed = `${failure.stdout ?? ''}\n${failure.stderr ?? ''}`;
    throw new Error(`${file} ${args.join(' ')} failed${how}:\n${printed}`, { cause: error });
  }
}

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const repoPackage = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
/** The optional peers `borgerform/testing` and `borgerform/ssr` import, at the versions the repository tests with. */
const testingPeers = ['@open-wc/testing', '@web/test-runner-commands', '@lit-labs/ssr'].map(
  (name) => `${name}@${repoPackage.devDependencies[name]}`,
);
/** The scratch pages' origin: every other request is refused, so nothing loads from anywhere else. */
const origin = 'http://package.test';

/** What node-entries.mjs prints. */
interface NodeFacts {
  packageJson: string;
  classIsElement: boolean;
  defined: boolean;
  requiredText: string;
  tokenNames: number;
  tokensMissingFromCss: string[];
  defaultPrimaryColour: string;
  cdnBytes: number;
  ssr: { shadowRoot: boolean; linkedStyles: boolean; stylesheetBytes: number; hydrateBytes: number };
  paths: { tokensCss: string; cdn: string; manifest: string; testing: string };
}

/**
 * The environment for npm and Node in the scratch project: without the variables `npm run` sets for
 * this repository (its prefix, its package.json) and without NODE_PATH, so nothing points back here.
 */
function scratchEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_PATH' && (!name.toLowerCase().startsWith('npm_') || keep.has(name)),
    ),
  );
}

let packDir = '';
let scratch = '';
let tarball = '';
let nodeFacts: NodeFacts;
/** publint and attw on the tarball, started as soon as it exists (they take half a minute). */
let packageCheck: Promise<string>;

beforeAll(async () => {
  if (!existsSync(path.join(repo, 'dist/cdn/borgerform.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first.');
  }
  packDir = mkdtempSync(path.join(tmpdir(), 'borgerform-pack-'));
  scratch = mkdtempSync(path.join(tmpdir(), 'borgerform-scratch-'));
  expect(path.relative(repo, scratch).startsWith('..')).toBe(true);

  const packed = await run('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: repo });
  const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as {
    filename: string;
  }[];
  tarball = path.join(packDir, filename);
  packageCheck = run(process.execPath, ['scripts/check-package.mjs', tarball], { cwd: repo }).then(
    ({ stdout }) => stdout,
    (error: Error) => error.message,
  );

  writeFileSync(
    path.join(scratch, 'package.json'),
    JSON.stringify({ name: 'borgerform-scratch', private: true, type: 'module' }),
  );
  const npmArgs = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'];
  await run('npm', [...npmArgs, tarball, ...testingPeers], {
    cwd: scratch,
    env: scratchEnv(),
    timeout: 240_000,
  });
  for (const file of ['node-entries.mjs', 'browser-entry.mjs']) {
    copyFileSync(path.join(fixtures, file), path.join(scratch, file));
  }
  const { stdout } = await run(process.execPath, ['node-entries.mjs'], { cwd: scratch, env: scratchEnv() });
  nodeFacts = JSON.parse(stdout) as NodeFacts;
});

afterAll(async () => {
  await packageCheck?.catch(() => undefined); // it reads the tarball until it ends
  for (const folder of [packDir, scratch]) if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('passes publint and attw (every entry point, esm-only profile)', async () => {
    expect(await packageCheck).toMatch(/publint: 0 messages; attw: no problems in \d+ entry points\n$/u);
  }, 180_000);

  it('is installed from the tarball, not from the repository', () => {
    expect(nodeFacts.packageJson).toBe(path.join(scratch, 'node_modules/borgerform/package.json'));
    for (const file of Object.values(nodeFacts.paths)) {
      expect(file.startsWith(path.join(scratch, 'node_modules/borgerform/'))).toBe(true);
    }
  });

  it('loads in Node: a class entry, a define entry, the i18n and token entries', () => {
    expect(nodeFacts.classIsElement).toBe(true);
    expect(nodeFacts.defined).toBe(true);
    expect(nodeFacts.requiredText).toBe('Indtast dit fornavn');
    expect(nodeFacts.tokenNames).toBeGreaterThan(20);
  });

  it('renders on the server with borgerform/ssr and ships the styles and hydrating entries it needs', () => {
    expect(nodeFacts.ssr.shadowRoot).toBe(true);
    expect(nodeFacts.ssr.linkedStyles).toBe(true);
    expect(nodeFacts.ssr.stylesheetBytes).toBeGreaterThan(1_000);
    expect(nodeFacts.ssr.hydrateBytes).toBeGreaterThan(50_000);
  });

  it('exports the token file with every token, the CDN file and the manifest', () => {
    expect(nodeFacts.tokensMissingFromCss).toEqual([]);
    expect(nodeFacts.cdnBytes).toBeGreaterThan(50_000);
    expect(nodeFacts.paths.testing).toMatch(/\/dist\/testing\/index\.js$/u);
    const manifest = JSON.parse(readFileSync(nodeFacts.paths.manifest, 'utf8')) as { modules: unknown[] };
    expect(manifest.modules.length).toBeGreaterThan(10);
  });
});

describe('the installed package in Chromium', () => {
  let browser: Browser;
  let bundleDir = '';
  const rollupWarnings: string[] = [];

  beforeAll(async () => {
    bundleDir = path.join(scratch, 'bundle');
    const bundle = await rollup({
      input: path.join(scratch, 'browser-entry.mjs'),
      onwarn: (warning) => void rollupWarnings.push(`${warning.code ?? ''} ${warning.message}`),
      // `jail`: a module outside the scratch project (this repository's node_modules) is never used.
      plugins: [
        nodeResolve({ browser: true, exportConditions: ['production'], rootDir: scratch, jail: scratch }),
      ],
    });
    await bundle.write({ dir: bundleDir, format: 'es' });
    await bundle.close();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** A page of the scratch origin: `/` is `html`, `/tokens.css` and `/cdn/borgerform.js` the installed files, `/bundle/` the bundle. */
  async function scratchPage(html: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort();
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
      if (url.pathname === '/tokens.css') return route.fulfill({ path: nodeFacts.paths.tokensCss });
      if (url.pathname === '/cdn/borgerform.js') return route.fulfill({ path: nodeFacts.paths.cdn });
      const file = path.join(bundleDir, url.pathname.replace(/^\/bundle\//u, ''));
      if (url.pathname.startsWith('/bundle/') && existsSync(file)) return route.fulfill({ path: file });
      return route.fulfill({ status: 404 });
    });
    await page.goto(`${origin}/`);
    return { page, errors };
  }

  it('bundles with rollup from the scratch project alone', () => {
    // Expected: tsc's decorator helper and axe-core's UMD wrapper read a top-level `this` (harmless),
    // and @web/test-runner-commands imports a file only web-test-runner serves, when a command runs.
    const unexpected = rollupWarnings.filter(
      (warning) =>
        !warning.startsWith('THIS_IS_UNDEFINED') &&
        !(
          warning.startsWith('UNRESOLVED_IMPORT "/__web-dev-server__web-socket.js"') &&
          warning.includes('@web/test-runner-commands')
        ),
    );
    expect(unexpected).toEqual([]);
  });

  it('defines and runs the elements from the bundle: class, define, i18n, tokens and testing entries', async () => {
    const { page, errors } = await scratchPage(
      '<!doctype html><html lang="da"><link rel="stylesheet" href="/tokens.css"><body>' +
        '<script type="module" src="/bundle/browser-entry.js"></script>',
    );
    await page.waitForFunction(() => 'packageFacts' in window);
    const facts = await page.evaluate(
      () => (window as unknown as { packageFacts: Promise<unknown> }).packageFacts,
    );
    expect(facts).toMatchObject({
      defined: true,
      upgraded: true,
      formValue: 'Ada',
      primaryColour: nodeFacts.defaultPrimaryColour,
      tokenNames: nodeFacts.tokenNames,
      requiredText: 'Indtast dit fornavn',
      fakeClockFired: true,
      suiteIsFunction: true,
    });
    expect((facts as { label: string }).label).toContain('Fornavn');
    expect(errors).toEqual([]);
  });

  it('defines every element of the manifest from the CDN file alone', async () => {
    const manifest = JSON.parse(readFileSync(nodeFacts.paths.manifest, 'utf8')) as {
      modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
    };
    const tags = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) =>
        declaration.customElement && declaration.tagName ? [declaration.tagName] : [],
      ),
    );
    expect(tags.length).toBeGreaterThan(20);
    const { page, errors } = await scratchPage(
      '<!doctype html><html lang="da"><body><script type="module" src="/cdn/borgerform.js"></script>',
    );
    await page.waitForFunction(() => customElements.get('bf-form') !== undefined);
    const undefinedTags = await page.evaluate(
      (names) => names.filter((name) => !customElements.get(name)),
      tags,
    );
    expect(undefinedTags).toEqual([]);
    // A string, so that Vitest's transform leaves this `import()` to the page.
    const exported = await page.evaluate<string[]>('import("/cdn/borgerform.js").then(Object.keys)');
    expect(exported).toEqual(
      expect.arrayContaining(['BfTextField', 'configureMessages', 'AdressevaelgerProvider']),
    );
    expect(errors).toEqual([]);
  });
});
