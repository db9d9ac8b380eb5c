// The last step of `npm test`: checks docs/requirements.md against the tests this run recorded
// (scripts/test-run-record.mjs) and prints the whole run's closing "N passed, N failed" line, each
// problem of the matrix counted as a failure. Exits 1 when the matrix does not hold.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REQUIREMENTS, WCAG_CRITERIA } from './conformance-scope.mjs';
import { judgeMatrix } from './matrix/judge-matrix.mjs';
import { parseMatrix } from './matrix/parse-matrix.mjs';
import { readRunRecords } from './test-run-record.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every test and story file's name under the given folders. */
function testFileNames(...folders) {
  return folders.flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(test|stories)\.ts$/u.test(file))
      .map((file) => path.basename(file)),
  );
}

const tests = readRunRecords();
if (tests.length === 0) {
  console.error('check-matrix: no test run recorded in test-results/run/; run `npm test`.');
  process.exit(1);
}
const rows = parseMatrix(readFileSync(path.join(root, 'docs/requirements.md'), 'utf8'));
const problems = judgeMatrix(rows, tests, {
  testFiles: testFileNames('test', 'stories', 'examples'),
  requirements: REQUIREMENTS,
  criteria: WCAG_CRITERIA,
});
for (const problem of problems) console.error(`✗ ${problem}`);
const ids = new Set(rows.flatMap((row) => row.ids));
console.log(
  `Conformance matrix: ${rows.length} rows, ${ids.size} test ids, ${problems.length ? `${problems.length} problems` : 'all found and passing in this run'}.`,
);
const passed = tests.filter((test) => test.state === 'passed').length;
const failed = tests.filter((test) => test.state === 'failed').length + problems.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
