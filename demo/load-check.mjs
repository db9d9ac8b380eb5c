// The demo server's load check (`npm run load-check`, after `npm run build`): starts the server as its
// own process on a free loopback port with a fresh data folder, lets N citizens (default 200) go
// through the parking application at once, as browsers without script (demo/load/), then reads the
// server's database read-only and reports latency per kind of request, requests per second, errors,
// and submissions stored against sent, with the machine. Bounded in count (at most 1000 citizens)
// and in time (default 120 s, after which every request still open is an error). Exits 1 when
// anything failed or stored ≠ sent.
//
//   npm run load-check                     node demo/load-check.mjs --citizens 50 --time-limit 60
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Citizen } from './load/citizen.mjs';
import { PARKING_STEPS_WITH_LOGIN } from './load/demo-login.mjs';
import { PARKING_PATH } from './load/parking-application.mjs';
import { formatReport, machine } from './load/report.mjs';
import { startServerProcess } from './load/server-process.mjs';
import { storedSubmissions } from './load/stored.mjs';

export const MAX_CITIZENS = 1000;
export const MAX_SECONDS = 600;

/**
 * Runs the check and returns what it found (`report` is the Markdown). Never throws for a failed
 * request: each one is an error in the result.
 * @param {object} [options]
 * @param {number} [options.citizens] how many, all at once (1 … MAX_CITIZENS)
 * @param {number} [options.timeLimitSeconds] the whole run's limit (1 … MAX_SECONDS)
 * @param {import('./load/parking-application.mjs').Step[]} [options.steps] what each citizen does
 */
export async function runLoadCheck({
  citizens = 200,
  timeLimitSeconds = 120,
  steps = PARKING_STEPS_WITH_LOGIN,
} = {}) {
  if (!Number.isInteger(citizens) || citizens < 1 || citizens > MAX_CITIZENS)
    throw new RangeError(`citizens must be a whole number from 1 to ${MAX_CITIZENS}`);
  if (!(timeLimitSeconds > 0 && timeLimitSeconds <= MAX_SECONDS))
    throw new RangeError(`the time limit must be above 0 and at most ${MAX_SECONDS} s`);
  const host = machine(); // before the server starts: its load average is the rest of the machine's
  const server = await startServerProcess();
  try {
    const signal = AbortSignal.timeout(timeLimitSeconds * 1000);
    /** @type {import('./load/citizen.mjs').Timing[]} */
    const timings = [];
    const errors = [];
    const people = Array.from(
      { length: citizens },
      (_, index) => new Citizen({ index, baseUrl: server.url, signal, record: (t) => timings.push(t) }),
    );
    const started = performance.now();
    await Promise.all(
      people.map(async (citizen) => {
        for (const step of steps) {
          try {
            await step.run(citizen);
          } catch (error) {
            errors.push(`citizen ${citizen.index}, ${step.name}: ${error?.message ?? error}`);
            return;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    await server.stop(); // the database closed, so every write is in the file
    const references = people.flatMap((citizen) => citizen.memory.reference ?? []);
    const sent = people.filter((citizen) => citizen.memory.sent).length;
    const { stored, missing } = storedSubmissions(server.dataDir, PARKING_PATH, references);
    const result = { citizens, seconds, timings, errors, sent, stored, missing, server, host };
    const ok = errors.length === 0 && stored === sent && sent === citizens && missing.length === 0;
    return { ...result, ok, report: formatReport(result) };
  } finally {
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  }
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runDirectly) {
  const { values } = parseArgs({
    options: {
      citizens: { type: 'string', default: '200' },
      'time-limit': { type: 'string', default: '120' },
    },
  });
  const bundle = fileURLToPath(new URL('../dist/cdn/borgerform.js', import.meta.url));
  if (!existsSync(bundle)) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const result = await runLoadCheck({
    citizens: Number(values.citizens),
    timeLimitSeconds: Number(values['time-limit']),
  });
  console.log(result.report);
  if (!result.ok) {
    console.error(
      `\nThe load check failed: ${result.errors.length} errors, ${result.sent} sent, ${result.stored} stored.`,
    );
    process.exit(1);
  }
}
