// Reads the conformance matrix (docs/requirements.md): every Markdown table with a `tests` column,
// row by row. Pure: text in, rows out.

/**
 * @typedef {object} MatrixRow
 * @property {number} line the row's line number in the file (1-based)
 * @property {string} subject the first cell: a requirement ("1.4 Error summary") or a criterion ("1.4.10 Reflow")
 * @property {string} status the status cell as written ("met", "partly", "not yet", "host")
 * @property {string[]} ids the test ids cited in the `tests` cell (`T-1.4`, `W-1.4.10`)
 * @property {string[]} files the test files named anywhere in the row (`form.test.ts`)
 */

/** A test id: `T-` + a requirement number, or `W-` + a WCAG criterion, with an optional letter. */
export const TEST_ID = /\b[TW]-\d+(?:\.\d+)+[a-z]?\b/gu;
/** A test file named in the prose. */
const TEST_FILE = /[\w./-]*?([\w-]+\.(?:test|stories)\.ts)\b/gu;

/** The cells of a table row, without the outer pipes (a pipe inside backticks stays in its cell). */
function cells(line) {
  const out = [];
  let cell = '';
  let code = false;
  for (const character of line.trim().slice(1, -1)) {
    if (character === '`') code = !code;
    if (character === '|' && !code) {
      out.push(cell.trim());
      cell = '';
    } else cell += character;
  }
  out.push(cell.trim());
  return out;
}

/**
 * The rows of every table whose header names a `status` and a `tests` column.
 * @param {string} markdown
 * @returns {MatrixRow[]}
 */
export function parseMatrix(markdown) {
  const rows = [];
  /** @type {{ status: number, tests: number } | null} */
  let columns = null;
  markdown.split('\n').forEach((text, index) => {
    if (!text.trimStart().startsWith('|')) {
      columns = null;
      return;
    }
    const row = cells(text);
    if (!columns) {
      const names = row.map((name) => name.toLowerCase());
      columns =
        names.includes('status') && names.includes('tests')
          ? { status: names.indexOf('status'), tests: names.indexOf('tests') }
          : { status: -1, tests: -1 };
      return;
    }
    if (columns.tests < 0 || row.every((cell) => /^:?-+:?$/u.test(cell))) return;
    rows.push({
      line: index + 1,
      subject: row[0] ?? '',
      status: (row[columns.status] ?? '').toLowerCase(),
      ids: [...new Set((row[columns.tests] ?? '').match(TEST_ID) ?? [])],
      files: [...new Set([...text.matchAll(TEST_FILE)].map((match) => match[1]))],
    });
  });
  return rows;
}
