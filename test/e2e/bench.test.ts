// The benchmark keeps working as components change: a small run of `bench/run.mjs --check` (the form's
// own bundle built from src/, every page loaded once: plain HTML, DKFDS, Borgerform rendered in the
// client, and Borgerform rendered on the server through `borgerform/ssr` and hydrated; validation and
// axe) must find every control kind and every page measurable (`--check` exits 1 otherwise), pass its
// sanity checks (which include every row being measured, every request succeeding, DKFDS's handler
// showing each error and its summary, and every server-rendered element hydrated without a page error
// or a hydration warning) and print every row and budget.
// Budgets are the bench's business (`npm run bench`), not this test's.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const benchRun = fileURLToPath(new URL('../../bench/run.mjs', import.meta.url));

describe('the benchmark (smoke run)', () => {
  it('measures the whole citizen form and passes its sanity checks', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        benchRun,
        '--check',
        '--n=2',
        '--runs=1',
        '--no-kinds',
        '--no-reference',
        '--no-profile',
        '--no-write',
      ],
      { timeout: 120_000, maxBuffer: 10 * 1024 * 1024 },
    );
    expect(stdout).toContain('Sanity checks: passed');
    expect(stdout).not.toContain('Partial form');
    // Every page in one table: plain HTML, DKFDS (its CSS, JS and handler), Borgerform rendered in the
    // client and rendered on the server (a page that cannot be measured fails the run above).
    expect(stdout).toContain(
      '|  | plain HTML | DKFDS 11 | Borgerform, rendered in the client | Borgerform, rendered on the server |',
    );
    expect(stdout).not.toMatch(/\| not measured \||\*: not measured: /u);
    // Each row has a figure for every page measured (no '–' cell).
    const rows = [
      'JS+CSS fetched, gzip -9',
      'HTML document, uncompressed',
      'HTML document, gzip -9',
      'first contentful paint',
      'whole form painted (every label, hint and input)',
      'first field accepts typing',
      'cumulative layout shift (navigation → render done)',
      'total blocking time (first contentful paint → render done)',
      'render: all elements defined + updated + 2 frames',
      'JS heap after GC (CDP Runtime.getHeapUsage)',
      'validate: submit empty form → all errors and the summary shown + 2 frames',
    ];
    for (const row of rows) {
      const line = stdout.split('\n').find((text) => text.startsWith(`| ${row} |`));
      expect(line, row).toBeDefined();
      const cells = line!.split(' | ').slice(1);
      expect(cells.length, row).toBe(4);
      expect(
        cells.some((cell) => cell.trim().replace(/\|$/u, '').trim() === '–'),
        row,
      ).toBe(false);
    }
    // 2 fieldsets of 4 required controls, on every page:
    expect(stdout).toMatch(/\| invalid controls shown \(expected 8\) \| 8 \| 8 \| 8 \| 8 \|/u);
    for (const side of ['client', 'server'])
      expect(stdout).toMatch(
        new RegExp(
          `\\| ${side}-rendered: axe violations, before and after submit \\| 0 \\| 0 \\| PASS \\|`,
          'u',
        ),
      );
    // The budgets are printed (judged by `npm run bench`, not here).
    for (const budget of [
      'server-rendered: whole form painted',
      'server-rendered: layout shift',
      'server-rendered: hydrated and ready (render)',
      'client-rendered: render',
      'client-rendered: validate',
      'server-rendered: validate',
      'server-rendered: JS+CSS for the form',
      'server-rendered: axe violations',
      'client-rendered: JS+CSS for the form',
    ])
      expect(stdout).toContain(`| ${budget}`);
  }, 150_000);
});
