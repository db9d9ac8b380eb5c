// Judges the conformance matrix against one test run: every cited test id names tests that ran and
// passed, every row marked "met" has a passing browser test, every named test file exists, and every
// requirement and WCAG criterion in scope has its row. Pure: rows, records and file names in, problems out.

/** Runners whose tests run in a real browser (component tests, stories under axe, end-to-end). */
const BROWSER_RUNNERS = /^(wtr:|vitest:(e2e|storybook)$)/u;

/** Whether a title carries the id as a whole token (`T-2.8` is not in `T-2.8b` nor in `T-2.80`). */
export function titleCarries(title, id) {
  const escaped = id.replaceAll('.', '\\.');
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w]|\\.\\d)`, 'u').test(title);
}

/**
 * @param {import('./parse-matrix.mjs').MatrixRow[]} rows
 * @param {import('../test-run-record.mjs').RecordedTest[]} tests this run's tests
 * @param {{ testFiles: string[], requirements: string[], criteria: string[] }} scope the names of the
 *   project's test files, and the requirement numbers and WCAG criteria the matrix must cover
 * @returns {string[]} the problems, one sentence each (none: the matrix holds)
 */
export function judgeMatrix(rows, tests, { testFiles, requirements, criteria }) {
  const problems = [];
  const known = new Set(testFiles);
  for (const row of rows) {
    const where = `docs/requirements.md:${row.line} (${row.subject.slice(0, 40)})`;
    let browserPassed = false;
    for (const id of row.ids) {
      const carrying = tests.filter((test) => titleCarries(test.title, id));
      const failed = carrying.filter((test) => test.state === 'failed');
      const passed = carrying.filter((test) => test.state === 'passed');
      if (carrying.length === 0) problems.push(`${where}: no test in this run carries ${id} in its title`);
      else if (failed.length) problems.push(`${where}: ${id} failed: ${failed[0].file} "${failed[0].title}"`);
      else if (passed.length === 0) problems.push(`${where}: every test carrying ${id} was skipped`);
      if (passed.some((test) => BROWSER_RUNNERS.test(test.runner))) browserPassed = true;
    }
    if (row.status.startsWith('met') && !browserPassed)
      problems.push(`${where}: marked "${row.status}" without a passing browser test among its ids`);
    for (const file of row.files)
      if (!known.has(file)) problems.push(`${where}: names ${file}, which does not exist`);
  }
  // A row may cover several numbers: "2.7, 3.2, 3.4 Sender, log-in, on behalf of".
  const subjects = rows.flatMap((row) => row.subject.match(/^[\d.,\s]+/u)?.[0].split(/[\s,]+/u) ?? []);
  for (const number of requirements)
    if (!subjects.includes(number)) problems.push(`requirement ${number} has no row in the matrix`);
  for (const criterion of criteria)
    if (!subjects.includes(criterion)) problems.push(`WCAG ${criterion} has no row in the matrix`);
  return problems;
}
