// The Borgerform demo server: the demo page, a receipt for POSTed forms, the built library (dist/)
// and the component catalogue (storybook-static/). Dependency-free: node:http, node:fs, node:path,
// node:url and the fetch API built into Node 20.
//
//   node demo/server.mjs            PORT=3000 node demo/server.mjs
//
// Citizen data is never logged: one line per request with method, path (no query string) and status.

import { createReadStream } from 'node:fs';
import { realpath, stat, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { escapeHtml } from './html.mjs';
import { LIBRARY_SCRIPT, renderPage } from './layout.mjs';
import { checkHeldReferences, HeldFiles, holdPostedFiles, withHeldFiles } from './held-files.mjs';
import { pageFields, refillPage } from './page-fields.mjs';

const demoDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.dirname(demoDir);

/** Static mounts: URL prefix → folder, and which file types the mount may serve (null: any). */
const mounts = {
  dist: { prefix: '/dist/', dir: path.join(repoDir, 'dist'), types: null },
  demo: {
    prefix: '/demo/',
    dir: demoDir,
    types: new Set(['.css', '.svg', '.png', '.ico', '.woff2', '.txt']),
  },
  demoScripts: { prefix: '/demo/scripts/', dir: path.join(demoDir, 'scripts'), types: new Set(['.js']) },
  catalogue: { prefix: '/catalogue/', dir: path.join(repoDir, 'storybook-static'), types: null },
};

/** The demo's form pages: path → its main content in demo/pages/, its heading, scripts and own path. */
const contactPage = {
  file: 'index.html',
  heading: 'Kontakt kommunen',
  scripts: [LIBRARY_SCRIPT],
  stylesheets: ['/demo/cms-theme.css'], // an unfriendly CMS theme: the fields do not care (issue 22)
  path: '/',
};
const movingPage = {
  file: 'flytning.html',
  heading: 'Anmeld flytning',
  scripts: [LIBRARY_SCRIPT, '/demo/scripts/flytning.js'],
  path: '/flytning',
};
const pages = { '/': contactPage, '/index.html': contactPage, '/flytning': movingPage };

/** Files attached to a form that came back with errors (`DEMO_HELD_FILES_DIR`, default a temp folder). */
const heldFiles = new HeldFiles(
  process.env.DEMO_HELD_FILES_DIR ? { dir: process.env.DEMO_HELD_FILES_DIR } : {},
);

/** The largest request body accepted by POST /submit (10 MB). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The policy of every page this server writes itself (not the catalogue: Storybook needs inline
 * scripts), the one docs/cms.md gives hosts: Lit's `lit-html` is the only Trusted Types policy the
 * library creates.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const commonHeaders = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/**
 * Starts the server. `port` 0 picks a free port (tests). Resolves once it listens.
 * @param {{ port?: number, host?: string, log?: boolean }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void> }>}
 */
export async function startServer({ port = 8080, host = '127.0.0.1', log = true } = {}) {
  const server = createServer((req, res) => {
    // The path only, never the query string: a GET form would put citizen data there.
    const logPath = requestUrl(req)?.pathname ?? '(invalid)';
    if (log) res.on('finish', () => console.log(`${req.method} ${logPath} ${res.statusCode}`));
    handle(req, res).catch((error) => {
      // Log the error's kind only; its message could quote request data.
      if (log) console.error(`Error while answering ${req.method} ${logPath}: ${error?.name ?? 'Error'}`);
      if (!res.headersSent)
        sendPage(res, 500, 'Der opstod en fejl', '<p>Serveren kunne ikke svare. Prøv igen senere.</p>');
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  const close = () =>
    new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return { server, url, close };
}

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
async function handle(req, res) {
  const url = requestUrl(req);
  if (!url) return sendPage(res, 400, 'Ugyldig forespørgsel', '<p>Adressen kunne ikke læses.</p>');
  const pathname = url.pathname;
  const method = req.method ?? 'GET';

  if (pathname === '/submit') {
    if (method !== 'POST') return methodNotAllowed(res, 'POST');
    return handleSubmit(req, res);
  }
  if (pathname === '/flytning' && method === 'POST') return handleMovingForm(req, res);
  if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
  const head = method === 'HEAD';

  const page = Object.hasOwn(pages, pathname) ? pages[pathname] : undefined;
  if (page) {
    const main = await readFile(path.join(demoDir, 'pages', page.file), 'utf8');
    return send(
      res,
      200,
      { 'Content-Type': contentTypes['.html'], 'Cache-Control': 'no-cache', ...htmlHeaders() },
      renderPage({ ...page, main }),
      head,
    );
  }
  if (pathname === '/favicon.ico') {
    res.writeHead(204, { ...commonHeaders, 'Cache-Control': 'max-age=86400' });
    return res.end();
  }
  if (pathname === '/catalogue') return redirect(res, '/catalogue/');
  if (pathname.startsWith(mounts.catalogue.prefix)) {
    if (!(await isDirectory(mounts.catalogue.dir))) {
      return sendPage(
        res,
        404,
        'Komponentkataloget er ikke bygget',
        '<p>Byg kataloget med <code>npm run build-storybook</code>, og indlæs siden igen.</p>',
        head,
      );
    }
    return serveStatic(req, res, mounts.catalogue, pathname, head);
  }
  if (pathname.startsWith(mounts.dist.prefix)) return serveStatic(req, res, mounts.dist, pathname, head);
  if (pathname.startsWith(mounts.demoScripts.prefix))
    return serveStatic(req, res, mounts.demoScripts, pathname, head);
  if (pathname.startsWith(mounts.demo.prefix)) return serveStatic(req, res, mounts.demo, pathname, head);
  return notFound(res, head);
}

/**
 * The request's URL with "." and ".." segments (also encoded ones) resolved, or null. Only origin-form
 * targets ("/path?query") are accepted, and "//x" stays a path instead of becoming a host.
 */
function requestUrl(req) {
  const target = req.url ?? '';
  if (!target.startsWith('/')) return null;
  try {
    return new URL(`http://localhost${target}`);
  } catch {
    return null;
  }
}

/** POST /submit: reads a urlencoded or multipart body and answers a receipt listing what arrived. */
async function handleSubmit(req, res) {
  const formData = await readForm(req, res);
  if (formData) sendReceipt(res, formData);
}

/**
 * "Anmeld flytning": the server checks the answers again with the library's own rules
 * (`validate-moving.mjs`). When something is wrong it answers 422 with the form again, every answer
 * filled back in (never the CPR number), each message in the field's `error` attribute, which the
 * elements show at once, and every attached file held and listed (`<bf-stored-file>`), so nothing is
 * chosen twice; otherwise the receipt, with the held files included.
 */
async function handleMovingForm(req, res) {
  const formData = await readForm(req, res);
  if (!formData) return;
  // Loaded when first needed: it imports the built library (dist/), which the static pages do not need.
  const { localTodayIso, validateMovingForm } = await import('./validate-moving.mjs');
  const main = await readFile(path.join(demoDir, 'pages', movingPage.file), 'utf8');
  const uploads = [...pageFields(main)].filter(([, field]) => field.tagName === 'bf-file-upload');
  const kept = await checkHeldReferences(
    formData,
    uploads.map(([name]) => name),
    heldFiles,
  );
  const errors = validateMovingForm(formData, main, localTodayIso());
  if (Object.keys(errors).length === 0)
    return sendReceipt(res, await withHeldFiles(formData, kept, heldFiles));
  const listed = await holdPostedFiles(formData, kept, heldFiles);
  res.setHeader('Cache-Control', 'no-store');
  return send(
    res,
    422,
    { 'Content-Type': contentTypes['.html'], ...htmlHeaders() },
    renderPage({
      ...movingPage,
      title: `Fejl: ${movingPage.heading}`,
      main: refillPage(main, formData, errors, listed),
    }),
    false,
  );
}

/** Reads a posted form (urlencoded or multipart, at most 10 MB); answers the error itself and returns null. */
async function readForm(req, res) {
  const contentType = req.headers['content-type'] ?? '';
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/x-www-form-urlencoded' && mediaType !== 'multipart/form-data') {
    res.setHeader('Connection', 'close');
    sendPage(
      res,
      415,
      'Formatet understøttes ikke',
      '<p>Formularen skal sendes som en almindelig formular.</p>',
    );
    return null;
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    tooLarge(req, res);
    return null;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body) {
    tooLarge(req, res);
    return null;
  }
  try {
    return await new Request('http://localhost/submit', {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body,
      duplex: 'half',
    }).formData();
  } catch {
    sendPage(res, 400, 'Ugyldig forespørgsel', '<p>Formularens indhold kunne ikke læses.</p>');
    return null;
  }
}

/** The receipt: every posted answer, escaped. */
function sendReceipt(res, formData) {
  const rows = [];
  for (const [name, value] of formData) {
    const text = describeValue(value);
    const answer = text === '' ? '<span class="demo-empty">Ikke udfyldt</span>' : escapeHtml(text);
    rows.push(`      <dt>${escapeHtml(name)}</dt>\n      <dd>${answer}</dd>`);
  }
  const list = rows.length
    ? `<dl class="demo-answers">\n${rows.join('\n')}\n    </dl>`
    : '<p>Formularen indeholdt ingen oplysninger.</p>';
  res.setHeader('Cache-Control', 'no-store'); // a receipt with citizen data is never cached
  return sendPage(
    res,
    200,
    'Vi har modtaget dine oplysninger',
    `<p>Tak. Her er de oplysninger, du har sendt til Eksempel Kommune.</p>
    ${list}
    <p><a href="/">Tilbage til formularen</a></p>`,
  );
}

/**
 * Collects a request body up to `limit` bytes; null when it is longer (the rest is then not kept).
 * Not `for await`: leaving that loop early would destroy the socket before the 413 answer is sent.
 */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData).off('end', onEnd).off('error', reject);
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData).on('end', onEnd).on('error', reject);
  });
}

/** Text for one FormData entry: a string as it is, a file as its name and size. */
function describeValue(value) {
  if (typeof value === 'string') return value;
  if (!value.name && value.size === 0) return '(ingen fil)';
  return `Fil: ${value.name} (${value.size} byte)`;
}

/** Refuses a body over the limit; the socket is closed after the answer, the rest of the body is dropped. */
function tooLarge(req, res) {
  res.setHeader('Connection', 'close');
  req.resume();
  return sendPage(res, 413, 'Indholdet er for stort', '<p>Det, du har sendt, fylder mere end 10 MB.</p>');
}

/**
 * Serves one file from a mount. The decoded path is resolved against the mount's folder and must stay
 * inside it, also after following symbolic links; hidden files and folders are never served.
 */
async function serveStatic(req, res, mount, pathname, head) {
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(mount.prefix.length));
  } catch {
    return notFound(res, head);
  }
  if (relative.includes('\0') || relative.split(/[/\\]/).some((segment) => segment.startsWith('.'))) {
    return notFound(res, head);
  }
  const root = path.resolve(mount.dir);
  let file = path.resolve(root, relative);
  if (!isInside(root, file)) return notFound(res, head);

  let info = await statOrNull(file);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return redirect(res, `${pathname}/`);
    file = path.join(file, 'index.html');
    info = await statOrNull(file);
  }
  if (!info?.isFile()) return notFound(res, head);
  let realRoot, realFile;
  try {
    [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  } catch {
    return notFound(res, head);
  }
  if (!isInside(realRoot, realFile)) return notFound(res, head);

  const extension = path.extname(file).toLowerCase();
  if (mount.types && !mount.types.has(extension)) return notFound(res, head);
  const type = contentTypes[extension] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    ...commonHeaders,
  };
  if (extension === '.html' && mount !== mounts.catalogue) Object.assign(headers, htmlHeaders());
  res.writeHead(200, headers);
  if (head) return res.end();
  await new Promise((resolve, reject) => {
    const stream = createReadStream(realFile);
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
}

function isInside(root, file) {
  return file === root || file.startsWith(root + path.sep);
}

async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

async function isDirectory(dir) {
  return (await statOrNull(dir))?.isDirectory() ?? false;
}

function htmlHeaders() {
  return { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...commonHeaders };
}

function send(res, status, headers, body, head = false) {
  res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

function methodNotAllowed(res, allow) {
  res.setHeader('Allow', allow);
  return sendPage(res, 405, 'Metoden er ikke tilladt', '<p>Adressen kan ikke bruges på den måde.</p>');
}

function notFound(res, head = false) {
  return sendPage(
    res,
    404,
    'Siden findes ikke',
    '<p>Vi kan ikke finde den side, du leder efter.</p>\n    <p><a href="/">Gå til formularen</a></p>',
    head,
  );
}

function redirect(res, location) {
  res.writeHead(301, { Location: location, ...commonHeaders });
  res.end();
}

/** A page the server writes in the demo's layout. `title` is plain text; `body` is trusted markup written in this file. */
function sendPage(res, status, title, body, head = false) {
  const html = renderPage({ heading: title, main: body });
  send(res, status, { 'Content-Type': contentTypes['.html'], ...htmlHeaders() }, html, head);
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runDirectly) {
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  const { url, close } = await startServer({ port });
  console.log(`Borgerform demo:      ${url}  (contact form)`);
  console.log(`                      ${url}flytning  (Anmeld flytning: every field element)`);
  console.log(`Component catalogue:  ${url}catalogue/`);
  if (!(await statOrNull(path.join(mounts.dist.dir, 'cdn', 'borgerform.js')))?.isFile()) {
    console.log('dist/cdn/borgerform.js is missing: run `npm run build` first.');
  }
  if (!(await isDirectory(mounts.catalogue.dir)))
    console.log('storybook-static/ is missing: run `npm run build-storybook` for the catalogue.');
  const stop = () => close().then(() => process.exit(0));
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
