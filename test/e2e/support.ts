// What every end-to-end test file needs: the demo server on a free port and Debian's Chromium.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** The demo server, started in-process (demo/server.mjs). */
export interface DemoServer {
  url: string;
  close(): Promise<void>;
}
interface ServerModule {
  startServer(options: { port: number; log?: boolean }): Promise<DemoServer>;
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

/** Starts the demo server on a free loopback port; the pages need `npm run build` first. */
export async function startDemoServer(): Promise<DemoServer> {
  if (!existsSync(bundle)) throw new Error('dist/cdn/borgerform.js is missing: run `npm run build` first.');
  return ((await import(serverModuleUrl)) as ServerModule).startServer({ port: 0, log: false });
}

/** Debian's Chromium, headless; `extraArgs` for a test that needs a switch of its own. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}
