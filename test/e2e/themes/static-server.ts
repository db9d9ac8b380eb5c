// A static file server for the theme tests: the built package (dist/), DKFDS's own files
// (node_modules/dkfds/dist/) and the test pages, on a free loopback port, every answer under the
// strict CSP a municipality's page would send (`default-src 'self'`: no inline style or script, no
// other origin). It logs every path asked for, so a test can see what a page loaded.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SERVED = ['/dist/', '/node_modules/dkfds/dist/', '/test/e2e/themes/pages/'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.png': 'image/png',
  '.map': 'application/json',
};
export const STRICT_CSP = "default-src 'self'; base-uri 'none'; object-src 'none'";

export interface StaticServer {
  readonly url: string;
  /** The paths asked for so far, in order. */
  readonly requested: string[];
  close(): Promise<void>;
}

export async function startStaticServer(): Promise<StaticServer> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requested.push(pathname);
    if (pathname === '/favicon.ico') {
      response.writeHead(204, { 'content-security-policy': STRICT_CSP }).end(); // browsers ask for it unbidden
      return;
    }
    const file = path.join(ROOT, path.normalize(pathname));
    const allowed = SERVED.some((prefix) => pathname.startsWith(prefix)) && file.startsWith(ROOT);
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain', 'content-security-policy': STRICT_CSP }).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': STRICT_CSP,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
