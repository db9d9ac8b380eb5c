// @ts-check
// A Web Test Runner command for tests that leave a picture for a person to look at:
// `executeServerCommand('save-screenshot', { name })` writes test-results/screenshots/<browser>-<name>.png.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const DIR = path.resolve('test-results/screenshots');

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function screenshotPlugin() {
  return {
    name: 'borgerform-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot') return undefined;
      const given = /** @type {{ name?: unknown } | undefined} */ (payload)?.name;
      const name = (typeof given === 'string' ? given : 'page').replace(/[^\w.-]+/gu, '-');
      const launcher =
        /** @type {{ getPage(id: string): { screenshot(options: object): Promise<unknown> } }} */ (
          /** @type {unknown} */ (session.browser)
        );
      await mkdir(DIR, { recursive: true });
      const file = path.join(DIR, `${session.browser.name.toLowerCase()}-${name}.png`);
      await launcher.getPage(session.id).screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}
