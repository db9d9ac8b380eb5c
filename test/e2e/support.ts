// What every end-to-end test file needs: the demo server on a free port and Debian's Chromium.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** What the demo server keeps of a submission (demo/store/submissions.mjs). */
export interface StoredSubmission {
  reference: string;
  form: string;
  receivedAt: string;
  entries: {
    name: string;
    value: string | null;
    file: { name: string; type: string; size: number } | null;
  }[];
}

/** The demo server, started in-process (demo/server.mjs). */
export interface DemoServer {
  url: string;
  close(): Promise<void>;
  /** The server's database of submissions (in-process servers only). */
  submissions?: { get(reference: string): StoredSubmission | null; count(): number };
}
interface ServerModule {
  startServer(options: {
    port: number;
    log?: boolean;
    dataDir?: string;
    sessionSeconds?: number;
  }): Promise<DemoServer>;
}

/** A fresh folder for one server's database, so test files never share one. */
export function freshDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'borgerform-demo-'));
}

/** Chromium's flags: root needs no sandbox; the closed network needs no background requests. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const bundle = fileURLToPath(new URL('../../dist/cdn/borgerform.js', import.meta.url));
// A plain JavaScript module without type declarations: imported by URL and typed here.
const serverModuleUrl = new URL('../../demo/server.mjs', import.meta.url).href;

/**
 * Starts the demo server on a free loopback port; the pages need `npm run build` first.
 * `sessionSeconds`: how long a demo login lasts (default 30 minutes); `port` and `dataDir`: to start
 * it again where a stopped one was (by default a free port and a fresh folder).
 */
export async function startDemoServer({
  sessionSeconds,
  port = 0,
  dataDir = freshDataDir(),
}: { sessionSeconds?: number; port?: number; dataDir?: string } = {}): Promise<DemoServer> {
  if (!existsSync(bundle)) throw new Error('dist/cdn/borgerform.js is missing: run `npm run build` first.');
  return ((await import(serverModuleUrl)) as ServerModule).startServer({
    port,
    log: false,
    dataDir,
    ...(sessionSeconds ? { sessionSeconds } : {}),
  });
}

/**
 * The demo server as its own process, started the way `npm start` starts it, on a free loopback port.
 * For tests of what a request can do to the server: one that blocked it cannot block the test, which
 * then fails instead of hanging. `close()` kills the process (a blocked one no longer answers SIGTERM).
 */
export async function spawnDemoServer(): Promise<DemoServer> {
  if (!existsSync(bundle)) throw new Error('dist/cdn/borgerform.js is missing: run `npm run build` first.');
  const child = spawn(process.execPath, [fileURLToPath(serverModuleUrl)], {
    env: { ...process.env, PORT: '0', DEMO_DATA_DIR: freshDataDir() },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const url = await new Promise<string>((resolve, reject) => {
    let printed = '';
    // Read until the first address, then keep reading (and dropping) the request log, so a full pipe never stalls the server.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      printed += chunk;
      const address = /http:\/\/\S+?\//u.exec(printed)?.[0];
      if (address) resolve(address);
      printed = printed.slice(-200);
    });
    exited.then(([code]) => reject(new Error(`the demo server exited (${String(code)})`)), reject);
  });
  return {
    url,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Debian's Chromium, headless; `extraArgs` for a test that needs a switch of its own. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A demo server and Chromium for one test file (see `demoInBrowser`). */
export interface DemoInBrowser {
  /** The server's address, once the file's tests run. */
  readonly url: string;
  /** A page in a fresh browser context, closed after the test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Starts a demo server (`start`) and Chromium before a file's tests and stops both after them. */
export function demoInBrowser(start: () => Promise<DemoServer> = startDemoServer): DemoInBrowser {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await start();
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('The demo server starts before the tests (beforeAll).');
      return server.url;
    },
    async newPage(options) {
      if (!browser) throw new Error('Chromium starts before the tests (beforeAll).');
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** What a form page gives its form for a POST: the cookies (session, CSRF secret) and the hidden entries. */
export interface FormGuards {
  /** The `Cookie` header that sends the page's cookies back. */
  cookie: string;
  /** The hidden entries of the page's first `<form method="post">`: the CSRF token, the submission id. */
  entries: [string, string][];
  /** The server's origin, as a browser sends it in `Origin` with the page's own POST. */
  origin: string;
}

/** Cookies as a `Cookie` header: `given` with the ones a response set, a set one replacing a given one. */
export function withSetCookies(given: string, response: Response): string {
  const cookies = new Map(
    given
      .split(';')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair): [string, string] => [pair.split('=')[0], pair]),
  );
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0];
    cookies.set(pair.split('=')[0], pair);
  }
  return [...cookies.values()].join('; ');
}

/**
 * GETs a form page the way a browser opens it and reads what its form sends back (`FormGuards`).
 * `cookie`: the browser's cookies so far (a login's session), sent with the GET and kept in the result.
 */
export async function formGuards(
  baseUrl: string,
  pagePath: string,
  { cookie = '' }: { cookie?: string } = {},
): Promise<FormGuards> {
  const response = await fetch(new URL(pagePath, baseUrl), cookie ? { headers: { cookie } } : {});
  if (!response.ok) throw new Error(`GET ${pagePath} answered ${response.status}`);
  const html = await response.text();
  const form = /<form\b[^>]*\bmethod="post"[^>]*>((?:<input type="hidden"[^>]*>)*)/iu.exec(html)?.[1] ?? '';
  const entries = [...form.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/gu)].map(
    ([, name, value]): [string, string] => [name, value],
  );
  if (entries.length === 0) throw new Error(`${pagePath} has no hidden entries in a POST form`);
  return { cookie: withSetCookies(cookie, response), entries, origin: new URL(baseUrl).origin };
}

/**
 * POSTs `body` to `action` as the page's own form would: first GETs `page` (by default `action`) for
 * its cookies, CSRF token and submission id (`formGuards`, with `cookie`: a login's session), adds the
 * hidden entries to the body and sends the cookies and the page's `Origin`. Pass `guards` to send
 * again what an earlier POST sent (a replay).
 */
export async function postForm(
  baseUrl: string,
  action: string,
  body: FormData | URLSearchParams,
  {
    page = action,
    guards,
    cookie,
    headers = {},
    signal,
    redirect,
  }: {
    page?: string;
    guards?: FormGuards;
    cookie?: string;
    headers?: Record<string, string>;
    signal?: AbortSignal;
    redirect?: RequestRedirect;
  } = {},
): Promise<Response> {
  const given = guards ?? (await formGuards(baseUrl, page, { cookie }));
  for (const [name, value] of given.entries) body.append(name, value);
  return fetch(new URL(action, baseUrl), {
    method: 'POST',
    body,
    headers: { cookie: given.cookie, origin: given.origin, ...headers },
    signal,
    ...(redirect ? { redirect } : {}),
  });
}
