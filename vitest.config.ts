import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { Reporter } from 'vitest/node';
import { projectPath, writeRunRecord, type RecordedTest } from './scripts/test-run-record.mjs';

/** The same closing "N passed, N failed" line as the wtr config prints. */
const countReporter: Reporter = {
  onTestRunEnd(testModules, unhandledErrors) {
    let passed = 0,
      failed = unhandledErrors.length;
    const recorded: RecordedTest[] = [];
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const { state } = test.result();
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        recorded.push({
          runner: `vitest:${testModule.project.name}`,
          file: projectPath(testModule.moduleId),
          title: test.fullName,
          state: state === 'passed' || state === 'failed' ? state : 'skipped',
        });
      }
      failed += !testModule.ok() && failedHere === 0 ? 1 : failedHere; // 1 if the file failed to load
    }
    writeRunRecord('vitest', recorded); // for scripts/check-matrix.mjs
    process.stdout.write(`${passed} passed, ${failed} failed\n`);
  },
};

export default defineConfig({
  test: {
    reporters: ['default', countReporter],
    projects: [
      {
        // Pure domain, validation, i18n and token logic: runs in Node, as the demo server does.
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        // The demo served by demo/server.mjs, driven by Playwright in Debian's Chromium.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // The packed package installed into a scratch project, then imported in Node and in Chromium.
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Every story must render, pass its play function and pass axe (a11y test: 'error').
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        // Pre-bundled up front, so a first run never reloads half-way (TOOLCHAIN trap 11).
        optimizeDeps: {
          include: [
            'lit',
            'lit/decorators.js',
            'lit/directives/live.js',
            'lit/directives/repeat.js',
            'lit/static-html.js',
          ],
        },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: { executablePath: '/usr/bin/chromium' } }),
          },
        },
      },
    ],
  },
});
