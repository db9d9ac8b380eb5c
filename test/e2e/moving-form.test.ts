/**
 * End-to-end: the demo's "Anmeld flytning" page, which uses every field element, under the server's
 * strict Content-Security-Policy (no inline script, Trusted Types required), driven by keyboard in
 * Debian's Chromium. Needs `npm run build` first (the page loads dist/cdn/borgerform.js).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, postForm } from './support.js';

const TAGS = [
  'bf-prefilled',
  'bf-cpr-input',
  'bf-phone-input',
  'bf-text-field',
  'bf-address-input',
  'bf-date-input',
  'bf-select',
  'bf-radio-group',
  'bf-checkbox-group',
  'bf-file-upload',
  'bf-textarea',
  'bf-checkbox',
  'bf-form',
  'bf-error-summary',
];

const demo = demoInBrowser();

/** Opens the moving form in a fresh context, recording CSP violations and page errors. */
async function openMovingForm(
  options: { timezoneId?: string } = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await demo.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', ...options });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction('reportCspViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto(new URL('/flytning', demo.url).href);
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
      'form *',
    )) {
      await element.updateComplete;
    }
  });
  return { page, problems };
}

/** Focuses a field's native control through the host (delegatesFocus), as a click on its label would. */
async function focusField(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((element: HTMLElement) => element.focus());
}

/** Fills every field of the moving form as a citizen would, by keyboard (a file by the picker). */
async function fillByKeyboard(page: Page): Promise<void> {
  const keyboard = page.keyboard;

  await focusField(page, 'bf-cpr-input');
  await keyboard.type('010190-1234');
  await focusField(page, 'bf-phone-input');
  await keyboard.type('12 34 56 78');
  await focusField(page, 'bf-text-field[name=email]');
  await keyboard.type('ada@eksempel.dk');

  await focusField(page, 'bf-address-input');
  await keyboard.type('Rådhuspladsen 2');
  const option = page.locator('bf-address-input [role=option]').first();
  await option.waitFor();
  await keyboard.press('ArrowDown');
  await keyboard.press('Enter');
  await expect
    .poll(() => page.locator('bf-address-input input[role=combobox]').inputValue())
    .toContain('8000 Aarhus C');

  await focusField(page, 'bf-date-input');
  await keyboard.type('1');
  await keyboard.press('Tab');
  await keyboard.type('3');
  await keyboard.press('Tab');
  await keyboard.type('2027');

  await focusField(page, 'bf-select');
  await page.locator('bf-select select').selectOption('leje');

  await focusField(page, 'bf-radio-group');
  await keyboard.press('ArrowDown'); // "Ja": reveals the follow-up question right after it
  await keyboard.press('Tab');
  await keyboard.type('2');

  await focusField(page, 'bf-checkbox-group');
  await keyboard.press(' ');

  await page.locator('bf-file-upload input[type=file]').setInputFiles({
    name: 'lejekontrakt.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 eksempel'),
  });
  await expect
    .poll(() => page.locator('bf-file-upload [part~="file-name"]').allTextContents())
    .toEqual(['lejekontrakt.pdf']);

  await focusField(page, 'bf-textarea');
  await keyboard.type('Vi flytter med en hund 🐕 og <b>to</b> katte.');
  await focusField(page, 'bf-checkbox');
  await keyboard.press(' ');
}

describe('the moving form (every field element) under a strict CSP', () => {
  it('is filled in by keyboard and sent with files; the receipt shows the normalised values', async () => {
    const { page, problems } = await openMovingForm();
    await fillByKeyboard(page);

    const sent = await page.evaluate(() => {
      const entries = [...new FormData(document.querySelector('form')!)];
      return entries.map(([name, value]): [string, string] => [
        name,
        typeof value === 'string' ? value : `file:${value.name}`,
      ]);
    });
    expect(Object.fromEntries(sent)).toMatchObject({
      navn: 'Ada Åberg Jensen',
      cpr: '0101901234',
      telefon: '+4512345678',
      email: 'ada@eksempel.dk',
      flyttedato: '2027-03-01',
      boligtype: 'leje',
      'flytter-med': 'ja',
      'antal-med': '2',
      besked: 'laege',
      lejekontrakt: 'file:lejekontrakt.pdf',
      bemaerkning: 'Vi flytter med en hund 🐕 og <b>to</b> katte.',
      bekraeft: 'on',
    });
    expect(String(Object.fromEntries(sent).adresse)).toContain('Rådhuspladsen 2');

    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.status() === 200),
      page.getByRole('button', { name: 'Send anmeldelsen' }).press('Enter'),
    ]);
    await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    const receipt = await page.locator('main').textContent();
    expect(receipt).toContain('0101901234');
    expect(receipt).toContain('2027-03-01');
    expect(receipt).toContain('lejekontrakt.pdf');
    expect(receipt).toContain('Vi flytter med en hund 🐕 og <b>to</b> katte.');
    expect(await page.locator('main b').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("after a plain POST, the browser's Back shows the form as typed, and it sends again (not stuck on 'Sender …')", async () => {
    const { page, problems } = await openMovingForm();
    await fillByKeyboard(page);
    const send = page.getByRole('button', { name: 'Send anmeldelsen' });
    await send.click();
    await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor({ timeout: 5000 });
    await page.goBack();
    await page.waitForFunction(() => customElements.get('bf-form') !== undefined);
    await expect
      .poll(() => page.locator('bf-text-field[name=email] input').inputValue())
      .toBe('ada@eksempel.dk');
    await expect.poll(() => page.locator('bf-textarea textarea').inputValue()).toContain('en hund 🐕');
    await expect.poll(() => send.textContent()).toContain('Send anmeldelsen');
    expect(await send.getAttribute('aria-disabled')).toBe(null);
    // A browser never restores a chosen file, nor (autocomplete="off") the CPR number: the citizen
    // gives those again, and everything else is as typed.
    if (!(await page.locator('bf-cpr-input input').inputValue())) {
      await focusField(page, 'bf-cpr-input');
      await page.keyboard.type('010190-1234');
    }
    await page.locator('bf-file-upload input[type=file]').setInputFiles({
      name: 'lejekontrakt.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 eksempel'),
    });
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.status() === 200),
      send.click(),
    ]);
    await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    expect(problems).toEqual([]);
  });

  it("an empty submit shows every required field's Danish error; the error summary lists them and takes focus", async () => {
    const { page, problems } = await openMovingForm();
    await page.getByRole('button', { name: 'Send anmeldelsen' }).click();
    expect(page.url()).toContain('/flytning');
    const invalid = await page.evaluate(() =>
      [...document.querySelectorAll('form [user-invalid]')].map((el) => el.getAttribute('name')),
    );
    expect(invalid).toEqual([
      'cpr',
      'email',
      'adresse',
      'flyttedato',
      'boligtype',
      'flytter-med',
      'bekraeft',
    ]);
    expect(await page.locator('bf-cpr-input [part~="error"]').textContent()).toContain('Indtast CPR-nummer');
    // bf-form: the summary lists every problem, in the page's order, and has focus (not the first field).
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('bf-error-summary');
    const links = page.locator('bf-error-summary a');
    expect(await links.count()).toBe(invalid.length);
    expect((await links.first().textContent())?.trim()).toBe('Indtast CPR-nummer');
    expect(await page.title()).toMatch(/^Fejl: /u);
    await links.first().press('Enter'); // the first link leads into the CPR field
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cpr');
    // The browser reports the 422 answer itself as a failed resource; anything else is a problem.
    expect(problems.filter((problem) => !/status of 422/u.test(problem))).toEqual([]);
  });

  for (const timezoneId of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
    it(`submits the date typed as 1-1-2000 as 2000-01-01 in ${timezoneId} (T-5.5)`, async () => {
      const { page } = await openMovingForm({ timezoneId });
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      await focusField(page, 'bf-date-input');
      await page.keyboard.type('1');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2000');
      expect(await page.evaluate(() => new FormData(document.querySelector('form')!).get('flyttedato'))).toBe(
        '2000-01-01',
      );
    });
  }
});

describe('the moving form when the server finds errors (server round trip)', () => {
  it('answers 422 with the form again: answers filled back in (never the CPR number), messages in `error`', async () => {
    const body = new URLSearchParams({
      navn: 'Ada Åberg Jensen',
      cpr: '310290-1234',
      telefon: '1234',
      email: 'ada@',
      adresse: '',
      flyttedato: '2019-05-01',
      boligtype: 'leje',
      'flytter-med': 'ja',
      'antal-med': 'to',
      bemaerkning: '<img src=x onerror=alert(1)> "citat"',
    });
    const response = await postForm(demo.url, '/flytning', body);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-security-policy')).toContain("require-trusted-types-for 'script'");
    const html = await response.text();
    const tag = (name: string) =>
      new RegExp(`<bf-[a-z-]+\\s[^>]*name="${name}"[^>]*>`, 'u').exec(html)?.[0] ?? '';
    expect(html).toContain('<title>Fejl: Anmeld flytning');
    expect(tag('cpr')).toContain(
      'error="De første 6 cifre i CPR-nummeret skal være en rigtig dato (ddmmåå)"',
    );
    expect(html).not.toContain('310290');
    expect(tag('telefon')).toContain('value="1234"');
    expect(tag('email')).toContain(
      'error="Indtast en e-mailadresse i det rigtige format, fx navn@eksempel.dk"',
    );
    expect(tag('adresse')).toContain('error="Vælg en adresse fra listen, eller skriv den selv"');
    expect(tag('flyttedato')).toContain('error="Flyttedato skal være den 01-01-2020 eller senere"');
    expect(tag('boligtype')).toContain('value="leje"');
    expect(tag('boligtype')).not.toContain('error=');
    expect(tag('antal-med')).toContain('error="Skriv antallet med tal, for eksempel 2"');
    expect(tag('bekraeft')).toContain(
      'error="Sæt kryds ved &quot;Jeg bekræfter, at oplysningerne er rigtige&quot;"',
    );
    expect(tag('bemaerkning')).toContain('value="&lt;img src=x onerror=alert(1)&gt; &quot;citat&quot;"');
    expect(tag('navn')).toContain('value="Ada Åberg Jensen"');
    expect(tag('navn')).not.toContain('fetched-value'); // not corrected: the register's value, read-only
  });

  it('keeps a corrected prefilled value edited and marked on the page it sends back', async () => {
    const body = new URLSearchParams([
      ['navn', 'Ada <Jensen>'],
      ['bf-prefill-changed', 'navn'],
      ['email', 'ada@'],
    ]);
    const response = await postForm(demo.url, '/flytning', body);
    expect(response.status).toBe(422);
    const html = await response.text();
    const tag = new RegExp('<bf-prefilled\\s[^>]*name="navn"[^>]*>', 'u').exec(html)?.[0] ?? '';
    expect(tag).toContain('value="Ada &lt;Jensen&gt;"');
    expect(tag).toContain('fetched-value="Ada Åberg Jensen"');
  });

  it('in the browser, the page the server sends back shows every message at once and keeps the answers', async () => {
    const { page, problems } = await openMovingForm();
    await focusField(page, 'bf-text-field[name=email]');
    await page.keyboard.type('ada@');
    await page.locator('bf-prefilled [part~="edit-button"]').click();
    await page.keyboard.press('End');
    for (let i = 0; i < ' Åberg Jensen'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(' Jensen');
    // A browser without the library (or a hand-made request) skips the client-side check:
    await Promise.all([
      page.waitForURL('**/flytning'),
      page.waitForResponse((response) => response.request().method() === 'POST' && response.status() === 422),
      page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form')!)),
    ]);
    await page.waitForFunction(() => customElements.get('bf-cpr-input') !== undefined);
    expect(await page.title()).toMatch(/^Fejl: /u);
    // The error summary lists the server's messages at load and takes focus: no script of the host's.
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('bf-error-summary');
    expect(await page.locator('bf-error-summary a').allTextContents()).toContain(
      'Indtast en e-mailadresse i det rigtige format, fx navn@eksempel.dk',
    );
    await expect
      .poll(() => page.locator('bf-text-field[name=email] [part~="error"]').textContent())
      .toContain('Indtast en e-mailadresse i det rigtige format');
    expect(await page.locator('bf-text-field[name=email] input').inputValue()).toBe('ada@');
    expect(await page.locator('bf-cpr-input input').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('bf-cpr-input [part~="error"]').textContent()).toContain('Indtast CPR-nummer');
    // The corrected name comes back as the citizen's, edited, not as data from the register:
    expect(await page.locator('bf-prefilled input').inputValue()).toBe('Ada Jensen');
    expect(await page.locator('bf-prefilled input').getAttribute('readonly')).toBe(null);
    expect(await page.locator('bf-prefilled [part~="source"]').count()).toBe(0);
    expect(
      await page.evaluate(() => new FormData(document.querySelector('form')!).getAll('bf-prefill-changed')),
    ).toEqual(['navn']);
    // The browser reports the 422 answer itself as a failed resource; anything else is a problem.
    expect(problems.filter((problem) => !/status of 422/u.test(problem))).toEqual([]);
  });

  it('keeps three attached files through a wrong date: listed again, sent again without choosing them (issue 23)', async () => {
    const { page, problems } = await openMovingForm();
    const keyboard = page.keyboard;
    await focusField(page, 'bf-phone-input');
    await keyboard.type('12 34 56 78');
    await focusField(page, 'bf-text-field[name=email]');
    await keyboard.type('ada@eksempel.dk');
    await focusField(page, 'bf-date-input');
    await keyboard.type('1');
    await keyboard.press('Tab');
    await keyboard.type('3');
    await keyboard.press('Tab');
    await keyboard.type('2019'); // before the earliest date the server accepts
    const pdf = (name: string, text: string) => ({
      name,
      mimeType: 'application/pdf',
      buffer: Buffer.from(`%PDF-1.4 ${text}`),
    });
    await page
      .locator('bf-file-upload input[type=file]')
      .setInputFiles([
        pdf('lejekontrakt.pdf', 'kontrakt'),
        pdf('<b>bilag</b> 😀.pdf', 'bilag'),
        pdf('lønseddel.pdf', 'løn'),
      ]);
    const names = () => page.locator('bf-file-upload [part~="file-name"]').allTextContents();
    await expect.poll(names).toEqual(['lejekontrakt.pdf', '<b>bilag</b> 😀.pdf', 'lønseddel.pdf']);
    // Sent without the library's check, as a browser without it would: the server finds the problems.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.status() === 422),
      page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form')!)),
    ]);
    await page.waitForFunction(() => customElements.get('bf-file-upload') !== undefined);
    await page
      .locator('bf-file-upload')
      .evaluate((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
    // Every file is listed again, named as text, with its "Fjern" button, and counts as chosen.
    expect(await names()).toEqual(['lejekontrakt.pdf', '<b>bilag</b> 😀.pdf', 'lønseddel.pdf']);
    expect(await page.locator('bf-file-upload b').count()).toBe(0);
    expect(await page.locator('bf-file-upload [part~="remove"]').count()).toBe(3);
    const kept = await page.evaluate(() =>
      new FormData(document.querySelector('form')!).getAll('lejekontrakt-kept'),
    );
    expect(kept).toHaveLength(3);
    for (const reference of kept) expect(reference).toMatch(/^[A-Za-z0-9_-]{22}$/u);
    // The server's message on the date stays while the citizen types, and goes once the date is changed.
    const dateError = () => page.locator('bf-date-input [part~="error"]').textContent();
    expect(await dateError()).toContain('2020');
    await focusField(page, 'bf-date-input');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    await keyboard.press('Control+A');
    await keyboard.type('2027');
    expect(await dateError(), 'while typing').toContain('2020');
    // Everything else the server asked for, then Send: the files go with the form, not chosen again.
    await focusField(page, 'bf-cpr-input');
    await keyboard.type('010190-1234'); // never sent back by the server
    expect(await page.locator('bf-date-input [part~="error"]').count(), 'the date was left, changed').toBe(0);
    await focusField(page, 'bf-address-input');
    await keyboard.type('Rådhuspladsen 2');
    await page.locator('bf-address-input [role=option]').first().waitFor();
    await keyboard.press('ArrowDown');
    await keyboard.press('Enter');
    await focusField(page, 'bf-select');
    await page.locator('bf-select select').selectOption('leje');
    await focusField(page, 'bf-radio-group');
    await keyboard.press('ArrowDown');
    await keyboard.press('ArrowDown'); // "Nej"
    await focusField(page, 'bf-checkbox');
    await keyboard.press(' ');
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.status() === 200),
      page.getByRole('button', { name: 'Send anmeldelsen' }).press('Enter'),
    ]);
    await page.getByRole('heading', { name: 'Vi har modtaget dine oplysninger' }).waitFor();
    const receipt = await page.locator('main').textContent();
    expect(receipt).toContain('Fil: lejekontrakt.pdf (17 byte)');
    expect(receipt).toContain('Fil: <b>bilag</b> 😀.pdf (14 byte)');
    expect(receipt).toContain('Fil: lønseddel.pdf');
    expect(receipt).toContain('2027-03-01');
    expect(receipt).not.toContain('lejekontrakt-kept');
    expect(problems.filter((problem) => !/status of 422/u.test(problem))).toEqual([]);
  });

  it('ignores a held-file reference it did not issue', async () => {
    const body = new FormData();
    body.append('lejekontrakt-kept', '../../../etc/passwd');
    body.append('lejekontrakt-kept', 'AAAAAAAAAAAAAAAAAAAAAA');
    body.append('flyttedato', '2019-05-01');
    const response = await postForm(demo.url, '/flytning', body);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).not.toContain('<bf-stored-file');
    expect(html).not.toContain('passwd');
  });
});
