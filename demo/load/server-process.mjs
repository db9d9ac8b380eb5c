// The demo server as its own process for the load check, started as `npm start` starts it: on a free
// loopback port (PORT=0), with a fresh data folder and a fresh folder for held files, so a run never
// meets another run's submissions. Its request log is read (one line per request) and counted by
// status; whatever it writes on stderr is kept, since the server logs each of its errors there.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const serverScript = fileURLToPath(new URL('../server.mjs', import.meta.url));

/** The line the server prints first: its address. */
const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\//u;
/** A line of the request log: `METHOD /path status`. */
const LOG_LINE = /^[A-Z]+ \S+ (\d{3})$/u;

/**
 * @typedef {object} ServerProcess
 * @property {string} url
 * @property {string} dataDir the folder of its `demo.sqlite`
 * @property {Map<number, number>} answered status → how many requests the server logged with it
 * @property {string[]} stderr what it wrote on stderr (its errors, by kind)
 * @property {() => Promise<void>} stop SIGTERM (the server closes its database and exits), SIGKILL after 10 s
 */

/** @returns {Promise<ServerProcess>} */
export async function startServerProcess() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'borgerform-load-'));
  const child = spawn(process.execPath, [serverScript], {
    env: {
      ...process.env,
      PORT: '0',
      DEMO_DATA_DIR: dataDir,
      DEMO_HELD_FILES_DIR: path.join(dataDir, 'held'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  const answered = new Map();
  const stderr = [];
  createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));
  const url = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const status = LOG_LINE.exec(line)?.[1];
      if (status) answered.set(Number(status), (answered.get(Number(status)) ?? 0) + 1);
      const address = ADDRESS.exec(line)?.[0];
      if (address) resolve(address);
    });
    exited.then(
      ([code]) => reject(new Error(`the demo server exited (${code}): ${stderr.join(' ')}`)),
      reject,
    );
  });
  return {
    url,
    dataDir,
    answered,
    stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
