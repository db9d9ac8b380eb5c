// The load check's report: latency per kind of request (p50, p95, max, by the nearest rank), requests
// per second over the run, errors, submissions stored against sent, and the machine it ran on, as a
// Markdown table for demo/README.md.
import os from 'node:os';

/** The `p`-quantile of ascending `sorted` by the nearest rank (p95 of 200 values is the 190th). */
export function quantile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1];
}

/**
 * The machine the check ran on (the server and the citizens share it), with its load average just
 * before the run: what else was running changes the numbers.
 */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    loadBefore: os.loadavg()[0].toFixed(2),
  };
}

/**
 * @param {import('./citizen.mjs').Timing[]} timings
 * @returns {{ kind: string, requests: number, p50: number, p95: number, max: number, failed: number }[]}
 */
export function latencyByKind(timings) {
  const kinds = new Map();
  for (const timing of timings) {
    const list = kinds.get(timing.kind) ?? [];
    list.push(timing);
    kinds.set(timing.kind, list);
  }
  return [...kinds].map(([kind, list]) => {
    const ms = list.map((t) => t.ms).sort((a, b) => a - b);
    return {
      kind,
      requests: list.length,
      p50: quantile(ms, 0.5),
      p95: quantile(ms, 0.95),
      max: ms.at(-1),
      failed: list.filter((t) => t.status === 0 || t.status >= 400).length,
    };
  });
}

const ms = (value) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));

/**
 * @param {object} result what `runLoadCheck` found
 * @returns {string} Markdown
 */
export function formatReport(result) {
  const { citizens, seconds, timings, errors, sent, stored, missing, server, host } = result;
  const rows = latencyByKind(timings).map(
    (k) => `| ${k.kind} | ${k.requests} | ${ms(k.p50)} | ${ms(k.p95)} | ${ms(k.max)} | ${k.failed} |`,
  );
  const all = timings.map((t) => t.ms).sort((a, b) => a - b);
  const logged = [...server.answered].sort(([a], [b]) => a - b).map(([status, n]) => `${n} × ${status}`);
  return [
    `${citizens} citizens at once, each through the parking application with an upload, on loopback;`,
    `the server in its own process (\`node demo/server.mjs\`, request log on), the citizens in another.`,
    '',
    '| Request | Count | p50 ms | p95 ms | max ms | Failed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    `| **all** | **${timings.length}** | **${ms(quantile(all, 0.5))}** | **${ms(quantile(all, 0.95))}** | **${ms(all.at(-1) ?? NaN)}** | **${timings.filter((t) => t.status === 0 || t.status >= 400).length}** |`,
    '',
    `- Wall time ${seconds.toFixed(2)} s: **${(timings.length / seconds).toFixed(0)} requests per second**, ${(stored / seconds).toFixed(1)} applications per second`,
    `- Errors: **${errors.length}**${errors.length ? ` (first: ${errors.slice(0, 3).join('; ')})` : ''}`,
    `- Submissions sent ${sent}, stored **${stored}**${missing.length ? `, receipts whose reference is not stored: ${missing.length}` : ", every receipt's reference found in the database"}`,
    `- The server logged ${logged.join(', ') || 'nothing'}; on stderr: ${server.stderr.length ? server.stderr.slice(0, 3).join('; ') : 'nothing'}`,
    `- Machine: ${host.cpu}, ${host.cores} cores, ${host.ramGiB} GiB RAM, ${host.os}, Node ${host.node}; ${host.date}; load average (1 min) before the run ${host.loadBefore}`,
  ].join('\n');
}
