// @ts-check
// Component tests in real Chromium and Firefox (Debian's packages; nothing downloads a browser).
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testEndpoints } from './test/browser/support/test-endpoints.mjs';
import { screenshotPlugin } from './test/browser/support/screenshot-plugin.mjs';
import { projectPath, writeRunRecord } from './scripts/test-run-record.mjs';
import { reactEsmPlugin } from './test/browser/support/react-esm-plugin.mjs';

const args = ['--no-sandbox', '--disable-dev-shm-usage'];
const chromium = chromeLauncher({
  launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args },
});
chromium.name = 'Chromium';
const firefox = chromeLauncher({
  launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
});
firefox.name = 'Firefox';

/** Prints "N passed, N failed" last. A file that fails to load, errors outside a test or never
 * finishes (browser did not start) counts as one failure. Every test's title and state is recorded
 * for scripts/check-matrix.mjs. @returns {import('@web/test-runner').Reporter} */
function countReporter() {
  return {
    start({ sessions }) {
      process.once('exit', () => {
        let passed = 0,
          failed = 0;
        /** @type {import('./scripts/test-run-record.mjs').RecordedTest[]} */
        const recorded = [];
        /** @param {import('@web/test-runner').TestSession} session */
        const count = (
          session,
          /** @type {import('@web/test-runner').TestSuiteResult} */ suite,
          titles = [],
        ) => {
          for (const test of suite.tests) {
            if (!test.skipped) {
              if (test.passed) passed++;
              else failed++;
            }
            recorded.push({
              runner: `wtr:${session.browser.name}`,
              file: projectPath(session.testFile),
              title: [...titles, test.name].join(' > '),
              state: test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed',
            });
          }
          for (const inner of suite.suites) count(session, inner, [...titles, inner.name]);
        };
        for (const session of sessions.all()) {
          const failedBefore = failed;
          if (session.testResults) count(session, session.testResults);
          if (session.status !== 'FINISHED' || (!session.passed && failed === failedBefore)) failed++;
        }
        writeRunRecord('wtr', recorded);
        process.stdout.write(`${passed} passed, ${failed} failed\n`);
      });
    },
  };
}

const only = process.env.BROWSERS?.split(','); // BROWSERS=chromium npm run test:wtr
/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] }, // Lit's production build, no dev-mode noise
  middleware: [testEndpoints()], // real endpoints for drafts and submissions (same origin)
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    a11ySnapshotPlugin(),
    screenshotPlugin(),
    reactEsmPlugin(), // react and react-dom/client as ES modules (test/browser/react.test.ts)
  ],
  browsers: [chromium, firefox].filter((b) => !only || only.includes(b.name.toLowerCase())),
  // Every test page loads test/browser/support/readable-failures.ts first (failures that name an
  // element are reported instead of hanging the file).
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
    <script type="module" src="/test/browser/support/readable-failures.ts"></script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), countReporter()],
};
