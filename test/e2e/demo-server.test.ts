/**
 * End-to-end: the demo server's HTTP behaviour that the page tests do not reach: HEAD, what the
 * static mounts refuse (hidden files, other file types, symbolic links out of the folder), directory
 * redirects, caching headers, the 10 MB limit on bodies that declare no length, the 405/415/400 pages,
 * what arrives of a multipart form (names, order, file names), and the request log (no query string,
 * nothing posted, an error by its kind only). The server runs as its own process, so a request that
 * blocked it fails the test instead of hanging it. Needs `npm run build` first.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formGuards, postForm, spawnDemoServer, type DemoServer } from './support.js';

/** Files in dist/ (a build output) that only these tests serve; removed after them. */
const fixtureDir = fileURLToPath(new URL('../../dist/e2e-server-fixture/', import.meta.url));
const FIXTURE = '/dist/e2e-server-fixture';
const MB = 1024 * 1024;
const LIMIT = 10 * MB;

let server: DemoServer;

beforeAll(async () => {
  await rm(fixtureDir, { recursive: true, force: true });
  await mkdir(`${fixtureDir}.hidden-dir`, { recursive: true });
  await mkdir(`${fixtureDir}site`);
  await writeFile(`${fixtureDir}site/index.html`, '<!doctype html><title>x</title>');
  await writeFile(`${fixtureDir}.hidden.js`, 'export const secret = 1;');
  await writeFile(`${fixtureDir}.hidden-dir/x.js`, 'export const secret = 2;');
  await symlink('../../package.json', `${fixtureDir}outside.js`);
  await symlink('../..', `${fixtureDir}outside-dir`);
  await symlink('../cdn/borgerform.js', `${fixtureDir}inside.js`);
  server = await spawnDemoServer();
});

afterAll(async () => {
  await server?.close();
  await rm(fixtureDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A request with the path sent exactly as written and the body written chunk by chunk (chunked
 * transfer encoding when no Content-Length is given). With `end: false` the request is never ended:
 * the answer must come while the body is still unfinished. Writing stops once an answer arrives.
 */
function send(
  method: string,
  path: string,
  {
    headers = {},
    chunks = [],
    end = true,
  }: { headers?: Record<string, string | number>; chunks?: Iterable<Buffer>; end?: boolean } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        req.destroy();
      });
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${method} ${path}`)));
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const iterator = chunks[Symbol.iterator]();
    const write = (): void => {
      for (let next = iterator.next(); !answered; next = iterator.next()) {
        if (next.done) return void (end ? req.end() : req.flushHeaders());
        if (!req.write(next.value)) return void req.once('drain', write);
      }
    };
    write();
  });
}

/**
 * The first `bytes` bytes of a body made of `chunk` repeated after `head`. A body refused while it is
 * sent is sent only up to just past the limit and then held open: the server has then read every
 * byte sent when it answers, so closing the connection cannot reset it before the answer is read.
 */
function* bodyOf(head: Buffer, chunk: Buffer, bytes: number): Generator<Buffer> {
  yield head.subarray(0, bytes);
  for (let sent = head.length; sent < bytes; sent += chunk.length) yield chunk.subarray(0, bytes - sent);
}

const BOUNDARY = 'demoserverboundary';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

/** One multipart part: a field, or a file when `filename` is given. */
function part(name: string, value: string | Buffer, filename?: string): Buffer {
  const disposition = `form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}`;
  const type = filename === undefined ? '' : 'Content-Type: application/octet-stream\r\n';
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`),
    Buffer.from(value),
    Buffer.from('\r\n'),
  ]);
}
const END = Buffer.from(`--${BOUNDARY}--\r\n`);

/**
 * What the contact form's own POST carries (demo/form-guard.mjs): its cookies and `Origin` as
 * headers, its CSRF token and submission id as multipart parts or urlencoded entries.
 */
async function guarded(): Promise<{ headers: Record<string, string>; parts: Buffer[]; urlencoded: string }> {
  const { cookie, origin, entries } = await formGuards(server.url, '/');
  return {
    headers: { Cookie: cookie, Origin: origin },
    parts: entries.map(([name, value]) => part(name, value)),
    urlencoded: entries.map(([name, value]) => `${name}=${encodeURIComponent(value)}&`).join(''),
  };
}

/** The receipt's answers in order, as [name, answer] pairs. */
function receiptRows(html: string): [string, string][] {
  return [...html.matchAll(/<dt>([^<]*)<\/dt>\s*<dd>([^<]*)<\/dd>/gu)].map((match) => [match[1], match[2]]);
}

describe('HEAD', () => {
  it('answers a page and a static file with the headers of GET and no body', async () => {
    for (const path of ['/', '/flytning', '/dist/cdn/borgerform.js', '/demo/demo.css']) {
      const [head, get] = await Promise.all([send('HEAD', path), send('GET', path)]);
      expect(head.status, path).toBe(200);
      expect(head.body, path).toBe('');
      expect(head.headers['content-type'], path).toBe(get.headers['content-type']);
      expect(head.headers['content-length'], path).toBe(String(Buffer.byteLength(get.body)));
      expect(head.headers['x-content-type-options'], path).toBe('nosniff');
    }
    const missing = await send('HEAD', '/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('');
  });
});

describe('the static mounts', () => {
  it('never serve hidden files or folders', async () => {
    for (const path of [`${FIXTURE}/.hidden.js`, `${FIXTURE}/.hidden-dir/x.js`, `${FIXTURE}/%2ehidden.js`]) {
      const { status, body } = await send('GET', path);
      expect(status, path).toBe(404);
      expect(body, path).toContain('Siden findes ikke');
      expect(body, path).not.toContain('secret');
    }
  });

  it('serve only their own file types', async () => {
    expect((await send('GET', '/demo/demo.css')).status).toBe(200);
    expect((await send('GET', '/demo/scripts/flytning.js')).status).toBe(200);
    for (const path of [
      '/demo/pages/index.html', // a page's source is not an asset
      '/demo/validate-moving.mjs',
      '/demo/scripts/../demo.css', // not canonical
      '/demo/scripts/', // a folder of scripts has no index
      '/demo/',
    ]) {
      expect((await send('GET', path)).status, path).toBe(404);
    }
  });

  it('follow a symbolic link only while it stays inside the folder', async () => {
    const inside = await send('GET', `${FIXTURE}/inside.js`);
    expect(inside.status).toBe(200);
    expect(inside.headers['content-type']).toMatch(/^text\/javascript/u);
    for (const path of [`${FIXTURE}/outside.js`, `${FIXTURE}/outside-dir/package.json`]) {
      const { status, body } = await send('GET', path);
      expect(status, path).toBe(404);
      expect(body, path).not.toContain('"devDependencies"');
    }
  });

  it('redirect a folder to its address with a slash and serve its index.html under the policy', async () => {
    const redirect = await send('GET', `${FIXTURE}/site`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`${FIXTURE}/site/`);
    const index = await send('GET', `${FIXTURE}/site/`);
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("require-trusted-types-for 'script'");
    expect((await send('GET', '/dist/cdn')).headers.location).toBe('/dist/cdn/');
    expect((await send('GET', '/dist/cdn/')).status).toBe(404); // no index.html there
  });

  it('say no-cache with the security headers, and answer an unchanged file with 304', async () => {
    const first = await send('GET', '/demo/demo.css');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['referrer-policy']).toBe('no-referrer');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers.etag).toBeTruthy();
    const again = await send('GET', '/demo/demo.css', {
      headers: { 'If-None-Match': String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });
});

describe('bodies over 10 MB', () => {
  const filler = Buffer.alloc(64 * 1024, 'a');

  it('a streamed urlencoded body with no declared length is answered 413 as soon as it passes the limit, before it ends', async () => {
    const answer = await send('POST', '/submit', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      chunks: bodyOf(Buffer.from('navn='), filler, LIMIT + 1),
      end: false,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect(answer.body).toContain('Indholdet er for stort');
  });

  it('a streamed multipart body is answered 413 as soon as it passes the limit: one large file, or many fields each under it', async () => {
    const oneFile = await send('POST', '/submit', {
      headers: { 'Content-Type': MULTIPART },
      chunks: bodyOf(part('bilag', '', 'stor.bin').subarray(0, -2), filler, LIMIT + 1),
      end: false,
    });
    expect(oneFile.status).toBe(413);
    expect(oneFile.headers.connection).toBe('close');
    const field = part('bemaerkning', Buffer.alloc(MB, 'b'));
    const manyFields = await send('POST', '/flytning', {
      headers: { 'Content-Type': MULTIPART },
      chunks: bodyOf(field, field, LIMIT + 1),
      end: false,
    });
    expect(manyFields.status).toBe(413);
    expect(manyFields.body).toContain('Indholdet er for stort');
  });

  it('a multipart body with a declared length over the limit is answered 413 from its headers alone', async () => {
    const answer = await send('POST', '/flytning', {
      headers: { 'Content-Type': MULTIPART, 'Content-Length': LIMIT + 1 },
      end: false,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
  });

  it('a body just under the limit is accepted, and the server answers as before', async () => {
    const value = Buffer.alloc(LIMIT - 1024, 'c');
    const { headers, parts } = await guarded();
    const answer = await send('POST', '/submit', {
      headers: { ...headers, 'Content-Type': MULTIPART },
      chunks: [...parts, part('bilag', value, 'nesten.bin'), END],
    });
    expect(answer.status).toBe(200);
    expect(receiptRows(answer.body)).toEqual([['bilag', `Fil: nesten.bin (${value.length} byte)`]]);
    expect((await send('GET', '/')).status).toBe(200);
  });
});

describe('methods, media types and unreadable requests', () => {
  it('405 lists the methods the address takes', async () => {
    const moving = await send('PUT', '/flytning', { chunks: [Buffer.from('x')] });
    expect(moving.status).toBe(405);
    expect(moving.headers.allow).toBe('GET, HEAD, POST');
    expect(moving.body).toContain('Metoden er ikke tilladt');
    const submit = await send('DELETE', '/submit');
    expect(submit.headers.allow).toBe('POST');
    const file = await send('POST', '/dist/cdn/borgerform.js', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      chunks: [Buffer.from('a=1')],
    });
    expect(file.status).toBe(405);
    expect(file.headers.allow).toBe('GET, HEAD');
  });

  it('415 for any body that is not a form, and for a POST with no body, with the connection closed', async () => {
    for (const type of ['text/plain', 'application/json', 'multipart/mixed; boundary=x', undefined]) {
      const answer = await send('POST', '/flytning', {
        headers: type ? { 'Content-Type': type } : {},
        chunks: type ? [Buffer.from('navn=x')] : [],
      });
      expect(answer.status, type).toBe(415);
      expect(answer.headers.connection, type).toBe('close');
      expect(answer.body, type).toContain('Formatet understøttes ikke');
    }
  });

  it('400 for a multipart body that cannot be read and for a path that cannot be decoded', async () => {
    const broken = await send('POST', '/submit', {
      headers: { 'Content-Type': MULTIPART },
      chunks: [Buffer.from(`--${BOUNDARY}\r\nnot a header\r\n\r\nx`)],
    });
    expect(broken.status).toBe(400);
    expect(broken.body).toContain('Formularens indhold kunne ikke læses');
    const noBoundary = await send('POST', '/submit', {
      headers: { 'Content-Type': 'multipart/form-data' },
      chunks: [Buffer.from('x')],
    });
    expect(noBoundary.status).toBe(400);
    for (const path of ['/%zz', '/dist/%e0%a4%a', 'http://example.dk/']) {
      const answer = await send('GET', path);
      expect(answer.status, path).toBe(400);
      expect(answer.body, path).toContain('Adressen kunne ikke læses');
      expect(answer.headers['content-security-policy'], path).toContain("default-src 'self'");
    }
  });
});

describe('what arrives of a multipart form', () => {
  it('every entry in the order sent, names of any length and file names exactly as sent', async () => {
    const longName = 'felt-'.repeat(200);
    const { headers, parts } = await guarded();
    const answer = await send('POST', '/submit', {
      headers: { ...headers, 'Content-Type': MULTIPART },
      chunks: [
        ...parts,
        part('a', '1'),
        part(longName, 'lang'),
        part('bilag', 'hej', 'mappe/under/fil.txt'),
        part('a', '2'),
        part('tom', '', ''),
        END,
      ],
    });
    expect(answer.status).toBe(200);
    expect(receiptRows(answer.body)).toEqual([
      ['a', '1'],
      [longName, 'lang'],
      ['bilag', 'Fil: mappe/under/fil.txt (3 byte)'],
      ['a', '2'],
      ['tom', '(ingen fil)'],
    ]);
  });

  it('a urlencoded form keeps its order too', async () => {
    const { headers, urlencoded } = await guarded();
    const answer = await send('POST', '/submit', {
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      chunks: [Buffer.from(`${urlencoded}a=1&b=%C3%98+%3C&a=2`)],
    });
    expect(receiptRows(answer.body)).toEqual([
      ['a', '1'],
      ['b', 'Ø &lt;'],
      ['a', '2'],
    ]);
  });
});

describe('the request log', () => {
  const serverModuleUrl = new URL('../../demo/server.mjs', import.meta.url).href;
  interface ServerModule {
    startServer(options: { port: number; log?: boolean; dataDir?: string }): Promise<DemoServer>;
  }
  let logged: string[];
  let errors: string[];
  let inProcess: DemoServer | undefined;
  const heldFilesDir = process.env.DEMO_HELD_FILES_DIR;

  afterEach(async () => {
    await inProcess?.close();
    inProcess = undefined;
    vi.restoreAllMocks();
    if (heldFilesDir === undefined) delete process.env.DEMO_HELD_FILES_DIR;
    else process.env.DEMO_HELD_FILES_DIR = heldFilesDir;
  });

  async function start(): Promise<DemoServer> {
    logged = [];
    errors = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logged.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const module = (await import(serverModuleUrl)) as ServerModule;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'borgerform-demo-log-'));
    inProcess = await module.startServer({ port: 0, log: true, dataDir });
    return inProcess;
  }

  it('has one line per request: method, path without the query string, status; nothing posted', async () => {
    const { url } = await start();
    const requests: [string, RequestInit?][] = [
      ['/flytning?cpr=0101901234'],
      ['/nothing-here?email=ada@example.dk'],
      ['/dist/cdn/borgerform.js?v=1'],
      ['/', { method: 'PUT', body: 'x' }],
    ];
    for (const [path, init] of requests) await (await fetch(new URL(path, url), init)).arrayBuffer();
    await (
      await postForm(url, '/submit', new URLSearchParams({ navn: 'Ada Hemmelig' }), { page: '/' })
    ).arrayBuffer();
    // A line is written once its answer is sent, so not always in the order asked.
    await expect
      .poll(() => [...logged].sort())
      .toEqual([
        'GET / 200', // the contact form, for its CSRF token and submission id
        'GET /dist/cdn/borgerform.js 200',
        'GET /flytning 200',
        'GET /nothing-here 404',
        'POST /submit 200',
        'PUT / 405',
      ]);
    expect(errors).toEqual([]);
  });

  it('answers a server error with the Danish 500 page and logs only its kind', async () => {
    // A folder for held files that cannot be made: holding a posted file fails.
    process.env.DEMO_HELD_FILES_DIR = '/dev/null/held-files';
    const { url } = await start();
    const body = new FormData();
    body.append('email', 'ada@');
    body.append('lejekontrakt', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'hemmelig-bilag.pdf');
    const answer = await postForm(url, '/flytning', body);
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await answer.text();
    expect(html).toContain('Der opstod en fejl');
    expect(html).not.toContain('/dev/null');
    await expect.poll(() => logged).toEqual(['GET /flytning 200', 'POST /flytning 500']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Error while answering POST \/flytning: \w+/u);
    expect(errors[0]).not.toMatch(/dev\/null|hemmelig|ada@/u);
  });
});
