// The benchmark keeps working as components change: a small run of `bench/run.mjs --check` (the form's
// own bundle built from src/, both pages loaded once, validation and axe) must find every control kind
// measurable and pass its sanity checks. Budgets are the bench's business (`npm run bench`), not this test's.
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
    expect(stdout).toMatch(/\| axe violations \(library, before and after submit\) \| 0 \| 0 \| PASS \|/u);
    // 2 fieldsets of 4 required controls, in both variants:
    expect(stdout).toMatch(/\| invalid controls shown \| 8 \| 8 \| expected 8 \|/u);
  }, 150_000);
});
