// The conformance matrix's check (scripts/check-matrix.mjs): reading the tables and judging them
// against a run's recorded tests, on small inputs.
import { describe, expect, it } from 'vitest';

interface Row {
  line: number;
  subject: string;
  status: string;
  ids: string[];
  files: string[];
}
interface Recorded {
  runner: string;
  file: string;
  title: string;
  state: 'passed' | 'failed' | 'skipped';
}
// Plain JavaScript modules without type declarations: imported by URL and typed here.
const { parseMatrix } = (await import(
  new URL('../../../scripts/matrix/parse-matrix.mjs', import.meta.url).href
)) as { parseMatrix: (markdown: string) => Row[] };
const { judgeMatrix, titleCarries } = (await import(
  new URL('../../../scripts/matrix/judge-matrix.mjs', import.meta.url).href
)) as {
  titleCarries: (title: string, id: string) => boolean;
  judgeMatrix: (
    rows: Row[],
    tests: Recorded[],
    scope: { testFiles: string[]; requirements: string[]; criteria: string[] },
  ) => string[];
};

const MATRIX = `# Matrix

| req | status | components | tests | proven by |
|---|---|---|---|---|
| 1.4 Errors | met | fields | \`T-1.4\` | \`form.test.ts\` "Enter with three invalid fields" |
| 2.7, 3.4 Sender | partly | bf-header | \`T-2.7\`, \`T-3.4\` | the header |
| 2.10 User test | host | — | — | the host's |

Some text.

| SC | status | components | tests | proven by |
|---|---|---|---|---|
| 1.4.10 Reflow | met | all | \`W-1.4.10\` | e2e |
`;

const passed = (title: string, runner = 'wtr:Chromium'): Recorded => ({
  runner,
  file: 'test/browser/form.test.ts',
  title,
  state: 'passed',
});
const scope = {
  testFiles: ['form.test.ts'],
  requirements: ['1.4', '2.7', '3.4', '2.10'],
  criteria: ['1.4.10'],
};

describe('parseMatrix', () => {
  it('reads every row of the tables with a status and a tests column, ids and named files', () => {
    const rows = parseMatrix(MATRIX);
    expect(rows.map((row) => [row.subject, row.status, row.ids])).toEqual([
      ['1.4 Errors', 'met', ['T-1.4']],
      ['2.7, 3.4 Sender', 'partly', ['T-2.7', 'T-3.4']],
      ['2.10 User test', 'host', []],
      ['1.4.10 Reflow', 'met', ['W-1.4.10']],
    ]);
    expect(rows[0]).toMatchObject({ line: 5, files: ['form.test.ts'] });
  });

  it('keeps a pipe inside backticks in its cell', () => {
    const [row] = parseMatrix('| req | status | tests |\n|---|---|---|\n| 1.1 `a|b` | met | `T-1.1` |\n');
    expect(row).toMatchObject({ subject: '1.1 `a|b`', ids: ['T-1.1'] });
  });
});

describe('titleCarries', () => {
  it('finds an id as a whole token only', () => {
    expect(titleCarries('T-2.8: reflows', 'T-2.8')).toBe(true);
    expect(titleCarries('reflows (T-2.8, W-1.4.10)', 'W-1.4.10')).toBe(true);
    expect(titleCarries('ends with T-1.4.', 'T-1.4')).toBe(true);
    expect(titleCarries('T-2.8b: other', 'T-2.8')).toBe(false);
    expect(titleCarries('(W-1.4.10)', 'W-1.4.1')).toBe(false);
    expect(titleCarries('(W-1.4.1)', 'W-1.4.10')).toBe(false);
  });
});

describe('judgeMatrix', () => {
  const rows = parseMatrix(MATRIX);
  const allPass = [
    passed('T-1.4: three errors'),
    passed('x (T-2.7)'),
    passed('y > T-3.4: z'),
    passed('r (W-1.4.10)'),
  ];

  it('holds when every id is carried by a passing test and every met row has a browser test', () => {
    expect(judgeMatrix(rows, allPass, scope)).toEqual([]);
  });

  it('fails for an id no test carries, one that failed, and one only skipped', () => {
    const tests = [
      { ...passed('T-1.4: three errors'), state: 'failed' as const },
      { ...passed('x (T-2.7)'), state: 'skipped' as const },
      passed('r (W-1.4.10)'),
    ];
    const problems = judgeMatrix(rows, tests, scope);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/T-1\.4 failed/u);
    expect(problems[1]).toMatch(/marked "met" without a passing browser test/u);
    expect(problems[2]).toMatch(/every test carrying T-2\.7 was skipped/u);
    expect(problems[3]).toMatch(/no test in this run carries T-3\.4/u);
  });

  it('fails a met row proven only by a unit test', () => {
    const tests = allPass.map((test) =>
      test.title.includes('W-1.4.10') ? { ...test, runner: 'vitest:unit' } : test,
    );
    expect(judgeMatrix(rows, tests, scope)).toEqual([
      expect.stringMatching(/1\.4\.10 Reflow.*without a passing browser test/u),
    ]);
  });

  it('fails for a test file that does not exist, and for a requirement or criterion without a row', () => {
    const problems = judgeMatrix(rows, allPass, {
      testFiles: [],
      requirements: [...scope.requirements, '4.4'],
      criteria: [...scope.criteria, '2.4.7'],
    });
    expect(problems).toEqual([
      expect.stringMatching(/names form\.test\.ts, which does not exist/u),
      'requirement 4.4 has no row in the matrix',
      'WCAG 2.4.7 has no row in the matrix',
    ]);
  });
});
