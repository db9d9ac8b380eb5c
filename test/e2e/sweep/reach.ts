/**
 * How the page sweep's rows (test/e2e/sweep/rows.ts) reach a page or state, as a citizen's browser gets
 * there: opening an address, a form sent from the page (also one the library's check would stop), the
 * parking application walked to a step, a failed submit, a form filled in and sent.
 */
import type { Page } from 'playwright-core';
import { settled, walkTo, type ParkingStep } from './parking-walk.js';

/** Opens `path` and waits until its elements have rendered. */
export async function visit(page: Page, base: string, path: string): Promise<void> {
  await page.goto(new URL(path, base).href);
  await settled(page);
}

/**
 * Submits a form made in the page, as a browser without the library's check would send it: the hidden
 * inputs of the page's own form (a CSRF token, a one-time submission id, when the server writes them),
 * then `fields`, and `files` (name → file name) as small PDFs chosen in file inputs.
 */
export async function postForm(
  page: Page,
  form: { action: string; enctype?: string; fields: Record<string, string>; files?: Record<string, string> },
): Promise<void> {
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate(({ action, enctype, fields, files = {} }) => {
      const element = document.createElement('form');
      const own = document.querySelector(`form[action="${new URL(action, location.href).pathname}"]`);
      for (const hidden of own?.querySelectorAll('input[type=hidden]') ?? [])
        element.append(hidden.cloneNode());
      Object.assign(element, {
        method: 'post',
        action,
        enctype: enctype ?? 'application/x-www-form-urlencoded',
      });
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement('textarea');
        Object.assign(input, { name, value, hidden: true });
        element.append(input);
      }
      for (const [name, fileName] of Object.entries(files)) {
        const input = Object.assign(document.createElement('input'), { type: 'file', name, hidden: true });
        const chosen = new DataTransfer();
        chosen.items.add(new File(['%PDF-1.4'], fileName, { type: 'application/pdf' }));
        input.files = chosen.files;
        element.append(input);
      }
      document.body.append(element);
      element.submit();
    }, form),
  ]);
  await settled(page);
}

/** The parking application's start page, then the flow to `step`. */
export function parkingAt(step: ParkingStep | 'exit'): (page: Page, base: string) => Promise<void> {
  return async (page, base) => {
    await visit(page, base, '/parkering');
    await walkTo(page, step);
  };
}

/** A failed submit in the browser: the library's errors and the error summary show. */
export async function failedSubmit(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction(() => document.querySelectorAll('form [user-invalid]').length > 0);
}

/** The contact form (/) filled in with valid answers, as a citizen types them. */
export async function fillContactForm(page: Page, base: string): Promise<void> {
  await visit(page, base, '/');
  await page.getByRole('textbox', { name: /Fornavn/u }).fill('Åse');
  await page.getByRole('textbox', { name: /Efternavn/u }).fill('Ærø');
  await page.getByRole('textbox', { name: /E-mail/u }).fill('aase@eksempel.dk');
}

/** The contact form filled in and sent: the receipt (/submit) shows, and the server has kept it. */
export async function sendContactForm(page: Page, base: string): Promise<void> {
  await fillContactForm(page, base);
  await Promise.all([page.waitForURL('**/submit'), page.getByRole('button', { name: 'Send' }).click()]);
}
