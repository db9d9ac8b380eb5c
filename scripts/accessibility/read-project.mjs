// Reads what the accessibility notes are made from: the elements (custom-elements.json), the test
// titles that carry ids (test/browser/, the shared suite), which test files run the suite, and the
// matrix's rows (docs/requirements.md).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMatrix, TEST_ID } from '../matrix/parse-matrix.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => readFileSync(path.join(root, file), 'utf8');

/** A test or describe title in the source: `it('…'`, `describe("…"`, `itWithAccessibilityTree(\`…\``. */
const TITLE = /\b(?:it|describe|itWithAccessibilityTree|itInChromium)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gsu;

/** Every title in a file that carries at least one test id. */
function titlesWithIds(source, file) {
  return [...source.matchAll(TITLE)]
    .map((match) => ({ file, title: match[2].replaceAll(/\s+/gu, ' '), ids: match[2].match(TEST_ID) ?? [] }))
    .filter((test) => test.ids.length > 0);
}

/** @returns {import('./notes.mjs').Inputs} */
export function readProject() {
  const manifest = JSON.parse(read('custom-elements.json'));
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({ tag: declaration.tagName, summary: declaration.summary ?? '' }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
  const browserFiles = readdirSync(path.join(root, 'test/browser')).filter((file) =>
    file.endsWith('.test.ts'),
  );
  const tests = [
    ...titlesWithIds(read('src/testing/form-control-suite.ts'), 'form-control-suite.ts'),
    ...browserFiles.flatMap((file) => titlesWithIds(read(`test/browser/${file}`), file)),
  ];
  const suiteFiles = new Set(
    browserFiles.filter((file) =>
      /runFormControlSuite|runIdentifierSuite|identifier-suite/u.test(read(`test/browser/${file}`)),
    ),
  );
  const criteria = parseMatrix(read('docs/requirements.md')).flatMap((row) => {
    const number = row.subject.match(/^(\d+(?:\.\d+)+)\s/u)?.[1];
    if (!number) return [];
    const id = `${number.split('.').length === 3 ? 'W' : 'T'}-${number}`;
    return [{ id, name: row.subject, status: row.status }];
  });
  const { version } = JSON.parse(read('package.json'));
  return { elements, tests, suiteFiles, criteria, version };
}
