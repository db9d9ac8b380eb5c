/**
 * End-to-end: bad input through the whole stack (issue 16). A 10,000-character paste, emoji and
 * `<script>` in every text field and in a file name, 31 February, an impossible CPR number, a file
 * whose content is not what its name says, an oversized and a 0-byte file (in the browser, and to the
 * server by HTTP past the client), a declaration confirmed with another text, a body far over the
 * limit: each gives a clear Danish message, nothing is stored, nothing the citizen sent becomes markup,
 * and the server answers on. Needs `npm run build` first.
 */
import { request } from 'node:http';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BO, logInOverHttp } from './login-support.js';
import { demoInBrowser, postForm, startDemoServer, type DemoServer } from './support.js';

let server: DemoServer | undefined;
const demo = demoInBrowser(async () => (server = await startDemoServer()));

/** Text that would become markup (and run) if it were ever written into a page as HTML. */
const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(2)> 😀🇩🇰';
/** A paste of 10,000 characters. */
const PASTE = 'Å'.repeat(9_990) + ' <b>slut</b>';

/** The e-mail field's message for anything that is not an e-mail address. */
const EMAIL_MESSAGE = 'Indtast en e-mailadresse i det rigtige format, fx navn@eksempel.dk';
/** The remarks' message for more than its 500 characters, in the browser after a submit and from the server. */
const TOO_LONG = 'Bemærkninger må højst være 500 tegn';

/** The first bytes of real files: a PDF, a PNG (signature, IHDR, IEND). */
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108020000009077' + '53de0000000049454e44ae426082',
  'hex',
);
/** A web page with a script, posing as a PDF. */
const HTML_AS_PDF = Buffer.from('<!DOCTYPE html><script>alert(3)</script>');

/** A complete "Anmeld flytning", as server-checks.test.ts posts it. */
const MOVING = {
  cpr: '0101901234',
  email: 'ada@eksempel.dk',
  adresse: 'Rådhuspladsen 2, 1550 København V',
  flyttedato: '2027-03-01',
  boligtype: 'leje',
  'flytter-med': 'nej',
  bekraeft: 'on',
};

/** How many submissions the server has kept. */
function stored(): number {
  const count = server?.submissions?.count();
  if (count === undefined) throw new Error('the in-process demo server has its submissions');
  return count;
}

type Entry = [string, string | File];

/**
 * Every HTTP post of this file goes through here (multipart, as the pages post), with what the page's
 * own form sends besides the answers (its CSRF token, its submission id and cookies: `postForm`). The
 * parking application is posted by Bo, logged in (the server refuses it from nobody).
 */
async function post(path: string, entries: readonly Entry[]): Promise<{ status: number; html: string }> {
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, value);
  const cookie = path === '/parkering' ? await logInOverHttp(demo.url, BO) : undefined;
  const response = await postForm(demo.url, path, body, { cookie, signal: AbortSignal.timeout(20_000) });
  return { status: response.status, html: await response.text() };
}

/** The start tag of the page's field named `name` in a page the server wrote. */
function tagOf(html: string, name: string): string {
  return new RegExp(`<bf-[a-z-]+\\s[^>]*name="${name}"[^>]*>`, 'u').exec(html)?.[0] ?? '';
}

/** Whether the server answers a page as before. */
async function stillAnswers(): Promise<void> {
  const response = await fetch(new URL('/flytning', demo.url), { signal: AbortSignal.timeout(5000) });
  expect(response.status).toBe(200);
}

/** Opens a form page, recording any dialog (an alert from injected script) and page errors. */
async function open(path: string): Promise<{ page: Page; dialogs: string[]; problems: string[] }> {
  const page = await demo.newPage({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    // Submitting from script skips bf-form, which then asks before typed answers leave the page.
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(new URL(path, demo.url).href);
  await page.waitForFunction(() => customElements.get('bf-file-upload') !== undefined);
  return { page, dialogs, problems };
}

/** Sends the page's form past the library's check (as a browser without it would) and waits for the answer. */
async function sendPastTheClient(page: Page, status: number): Promise<void> {
  await Promise.all([
    page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.status() === status,
      {
        timeout: 20_000,
      },
    ),
    page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form')!)),
  ]);
  await page.waitForLoadState('load');
}

/** Elements the input would have made, in the document and every shadow root: none may exist. */
function markupMade(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'script' && !element.hasAttribute('src')) found.push('inline script');
        if (element.localName === 'img' && element.getAttribute('src') === 'x') found.push('img src=x');
        if (element.localName === 'b' && element.textContent === 'slut') found.push('b');
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** The text of a field's error (its `error` part, without the "Fejl:" read out before it), '' when none is shown. */
async function errorOf(page: Page, selector: string): Promise<string> {
  const error = page.locator(`${selector} [part~="error"]`);
  if ((await error.count()) === 0) return '';
  return ((await error.first().textContent()) ?? '').trim().replace(/^Fejl: /u, '');
}

/** Waits until the page's field elements have rendered. */
async function rendered(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('bf-textarea') !== undefined);
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
      'form *',
    ))
      await element.updateComplete;
  });
}

/** The text fields of "Anmeld flytning", each by the native control a citizen types in. */
const MOVING_TEXT_FIELDS = [
  'bf-prefilled[name=navn] input',
  'bf-cpr-input input',
  'bf-phone-input input',
  'bf-text-field[name=email] input',
  'bf-address-input input[role=combobox]',
  'bf-text-field[name=antal-med] input',
  'bf-textarea textarea',
];

/** Puts `text` into every text field of the moving form as a paste does (one insertion, no key events per character). */
async function pasteIntoEveryTextField(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Rediger Navn' }).click();
  await page.locator('bf-radio-group[name=flytter-med] input[value=ja]').check(); // reveals "antal-med"
  for (const selector of MOVING_TEXT_FIELDS) {
    const control = page.locator(selector);
    await control.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
    await page.keyboard.press('Tab');
  }
}

describe('text a citizen pastes or types: kept as text, never markup, never stored when wrong', () => {
  it('a 10,000-character paste in every text field: Danish messages in the browser, and from the server past the client', async () => {
    const before = stored();
    const { page, dialogs, problems } = await open('/flytning');
    await rendered(page);
    await pasteIntoEveryTextField(page, PASTE);
    // The browser's own check: the citizen is told at once, in Danish, and nothing is sent.
    await page.getByRole('button', { name: 'Send anmeldelsen' }).click();
    await expect.poll(() => errorOf(page, 'bf-textarea')).toBe(TOO_LONG);
    expect(await errorOf(page, 'bf-text-field[name=email]')).toBe(EMAIL_MESSAGE);
    expect(await errorOf(page, 'bf-cpr-input')).toBe('CPR-nummeret skal være 10 cifre');
    expect(await page.locator('bf-error-summary a').count()).toBeGreaterThanOrEqual(5);
    expect(stored()).toBe(before);

    await sendPastTheClient(page, 422);
    await rendered(page);
    expect(await page.title()).toMatch(/^Fejl: /u);
    // Every paste is back exactly as pasted (never the CPR number), with the server's Danish message.
    expect(await page.locator('bf-textarea textarea').inputValue()).toBe(PASTE);
    expect(await page.locator('bf-text-field[name=email] input').inputValue()).toBe(PASTE);
    expect(await page.locator('bf-cpr-input input').inputValue()).toBe('');
    expect(await errorOf(page, 'bf-textarea')).toBe(TOO_LONG);
    expect(await errorOf(page, 'bf-text-field[name=email]')).toBe(EMAIL_MESSAGE);
    expect(await errorOf(page, 'bf-cpr-input')).not.toBe('');
    expect(await errorOf(page, 'bf-text-field[name=antal-med]')).toBe(
      'Skriv antallet med tal, for eksempel 2',
    );
    expect(await markupMade(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(stored()).toBe(before);
    await stillAnswers();
  });

  it('emoji and <script> in every text field and in a file name: text on the page sent back, no element made of them', async () => {
    const before = stored();
    const { page, dialogs, problems } = await open('/flytning');
    await rendered(page);
    await pasteIntoEveryTextField(page, MARKUP);
    const name = `${MARKUP}.pdf`;
    await page
      .locator('bf-file-upload input[type=file]')
      .setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
    const fileNames = () => page.locator('bf-file-upload [part~="file-name"]').allTextContents();
    await expect.poll(fileNames).toEqual([name]);
    expect(await markupMade(page)).toEqual([]);

    await sendPastTheClient(page, 422);
    await rendered(page);
    expect(await page.locator('bf-text-field[name=email] input').inputValue()).toBe(MARKUP);
    expect(await page.locator('bf-textarea textarea').inputValue()).toBe(MARKUP);
    expect(await page.locator('bf-prefilled[name=navn] input').inputValue()).toBe(MARKUP);
    expect(await errorOf(page, 'bf-text-field[name=email]')).toBe(EMAIL_MESSAGE);
    expect(await errorOf(page, 'bf-phone-input')).not.toBe('');
    // The file is held and listed again by its name, as text.
    expect(await fileNames()).toEqual([name]);
    expect(await markupMade(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(stored()).toBe(before);
    await stillAnswers();
  });

  it('by HTTP, the same text in every field of both forms comes back escaped, and nothing is stored', async () => {
    const before = stored();
    for (const path of ['/flytning', '/parkering']) {
      const { status, html } = await post(path, [
        ...[
          'navn',
          'cpr',
          'telefon',
          'email',
          'adresse',
          'antal-med',
          'bemaerkning',
          'registreringsnummer',
        ].map((field): Entry => [field, `${MARKUP} ${PASTE}`]),
        ['flytter-med', 'ja'],
      ]);
      expect(status, path).toBe(422);
      expect(html, path).not.toContain('<script>alert');
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(tagOf(html, 'email'), path).toContain(`error="${EMAIL_MESSAGE}"`);
    }
    expect(stored()).toBe(before);
    await stillAnswers();
  });
});

describe('dates and CPR numbers that do not exist', () => {
  it('31 February: the date field says so in the browser, and the server says the same past the client', async () => {
    const before = stored();
    const { page } = await open('/flytning');
    await rendered(page);
    await page.locator('bf-date-input').evaluate((element: HTMLElement) => element.focus());
    await page.keyboard.type('31');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2027');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Send anmeldelsen' }).click();
    await expect.poll(() => errorOf(page, 'bf-date-input')).toBe('Flyttedato skal være en rigtig dato');

    const { status, html } = await post('/flytning', Object.entries({ ...MOVING, flyttedato: '2027-02-31' }));
    expect(status).toBe(422);
    expect(tagOf(html, 'flyttedato')).toContain('error="Flyttedato skal være en rigtig dato"');
    expect(stored()).toBe(before);
    await stillAnswers();
  });

  it('an impossible CPR number (32 January): the CPR field says so, the server too, and never writes the number back', async () => {
    const before = stored();
    const { page } = await open('/flytning');
    await rendered(page);
    await page.locator('bf-cpr-input').evaluate((element: HTMLElement) => element.focus());
    await page.keyboard.type('320190-1234');
    await page.keyboard.press('Tab');
    const message = 'De første 6 cifre i CPR-nummeret skal være en rigtig dato (ddmmåå)';
    await expect.poll(() => errorOf(page, 'bf-cpr-input')).toBe(message);

    const { status, html } = await post('/flytning', Object.entries({ ...MOVING, cpr: '3201901234' }));
    expect(status).toBe(422);
    expect(tagOf(html, 'cpr')).toContain(`error="${message}"`);
    expect(html).not.toContain('3201901234');
    expect(stored()).toBe(before);
    await stillAnswers();
  });
});

describe('files checked on the server: count, size, 0 bytes, type by content', () => {
  const pdf = (name: string, bytes: Buffer = PDF) =>
    new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });
  const moving = (...files: File[]): Entry[] => [
    ...Object.entries(MOVING),
    ...files.map((file): Entry => ['lejekontrakt', file]),
  ];

  it('a complete form with a real PDF is kept; the same with a web page or a PNG named .pdf is refused', async () => {
    const before = stored();
    for (const [bytes, what] of [
      [HTML_AS_PDF, 'a web page'],
      [PNG, 'a PNG'],
    ] as const) {
      const { status, html } = await post('/flytning', moving(pdf('lejekontrakt.pdf', bytes)));
      expect(status, what).toBe(422);
      expect(tagOf(html, 'lejekontrakt'), what).toContain(
        'error="lejekontrakt.pdf er ikke en rigtig PDF-fil. Den valgte fil skal være af typen PDF, JPG, JPEG eller PNG"',
      );
      expect(html, what).not.toContain('<bf-stored-file'); // not held
      expect(html, what).not.toContain('alert(3)');
    }
    expect(stored()).toBe(before);
    const { status, html } = await post('/flytning', moving(pdf('lejekontrakt.pdf')));
    expect(status).toBe(200);
    expect(html).toContain('Fil: lejekontrakt.pdf');
    expect(stored()).toBe(before + 1);
  });

  it('by HTTP past the client: an oversized, a 0-byte and a fourth file are refused with their messages; the good files are held', async () => {
    const before = stored();
    const oversized = Buffer.alloc(10_000_001);
    PDF.copy(oversized);
    const { status, html } = await post(
      '/flytning',
      moving(
        pdf('stor.pdf', oversized),
        pdf('tom.pdf', Buffer.alloc(0)),
        pdf('a.pdf', Buffer.concat([PDF, Buffer.from('a')])),
        pdf('b.pdf', Buffer.concat([PDF, Buffer.from('bb')])),
        pdf('c.pdf', Buffer.concat([PDF, Buffer.from('ccc')])),
        pdf('d.pdf', Buffer.concat([PDF, Buffer.from('dddd')])),
      ),
    );
    expect(status).toBe(422);
    const error = /error="([^"]*)"/u.exec(tagOf(html, 'lejekontrakt'))?.[1] ?? '';
    expect(error).toContain('stor.pdf er for stor. Filens størrelse skal være under 10 MB');
    expect(error).toContain('tom.pdf kan ikke bruges. Den valgte fil er tom');
    expect(error).toContain('d.pdf er ikke tilføjet. Du kan højst vælge 3 filer');
    const held = [...html.matchAll(/<bf-stored-file [^>]*>([^<]*)<\/bf-stored-file>/gu)].map(
      (match) => match[1],
    );
    expect(held).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    expect(stored()).toBe(before);
    await stillAnswers();
  });

  it('in the browser: the field turns away an oversized and a 0-byte file; a disguised one reaches the server, which refuses it and keeps the good one', async () => {
    const before = stored();
    const { page, dialogs, problems } = await open('/flytning');
    await rendered(page);
    const input = page.locator('bf-file-upload input[type=file]');
    await input.setInputFiles([
      { name: 'stor.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10_000_001) },
      { name: 'tom.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    ]);
    await expect.poll(() => errorOf(page, 'bf-file-upload')).toContain('stor.pdf er for stor');
    expect(await errorOf(page, 'bf-file-upload')).toContain('tom.pdf kan ikke bruges. Den valgte fil er tom');
    const fileNames = () => page.locator('bf-file-upload [part~="file-name"]').allTextContents();
    expect(await fileNames()).toEqual([]);
    // A web page named .pdf passes the browser's check by name and MIME type: only the server can tell.
    await input.setInputFiles([
      { name: `${MARKUP}.pdf`, mimeType: 'application/pdf', buffer: HTML_AS_PDF },
      { name: 'lejekontrakt.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await expect.poll(fileNames).toEqual([`${MARKUP}.pdf`, 'lejekontrakt.pdf']);
    await sendPastTheClient(page, 422);
    await rendered(page);
    expect(await errorOf(page, 'bf-file-upload')).toBe(
      `${MARKUP}.pdf er ikke en rigtig PDF-fil. Den valgte fil skal være af typen PDF, JPG, JPEG eller PNG`,
    );
    expect(await fileNames()).toEqual(['lejekontrakt.pdf']);
    expect(await page.locator('bf-error-summary a').allTextContents()).toContainEqual(
      expect.stringContaining('er ikke en rigtig PDF-fil'),
    );
    expect(await markupMade(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(stored()).toBe(before);
  });
});

describe("the declaration a citizen confirms is the page's", () => {
  /**
   * A complete parking application by Bo (logged in by `post`), as the browser would post it, with
   * `declaration` as the confirmed text.
   */
  const parking = (declaration: string): Entry[] => [
    ...Object.entries({
      navn: BO.name,
      folkeregisteradresse: BO.address,
      cpr: BO.cpr.replace('-', ''),
      telefon: '12345678',
      email: 'bo@eksempel.dk',
      adresse: 'Søndergade 3, 8000 Aarhus C',
      bil: 'egen',
      registreringsnummer: 'AB 12 345',
      startdato: '2030-01-01',
      varighed: '12',
      erklaering: declaration,
    }),
    ['dokumentation', new File([PDF], 'registreringsattest.pdf', { type: 'application/pdf' })],
  ];

  it('another text is refused with a Danish message and the box comes back unticked; the text the element submits is kept', async () => {
    const { page } = await open('/parkering');
    const text = await page
      .locator('bf-declaration')
      .evaluate((element) => (element as HTMLElement & { text: string }).text);
    expect(text).toMatch(/^Jeg erklærer på tro og love/u);
    const before = stored();
    for (const other of ['Jeg erklærer ingenting.', `${text} Undtagen det, jeg har glemt.`, MARKUP]) {
      const { status, html } = await post('/parkering', parking(other));
      expect(status, other).toBe(422);
      expect(tagOf(html, 'erklaering'), other).toContain(
        'error="Erklæringen er ændret. Læs den igen, og bekræft den"',
      );
      expect(tagOf(html, 'erklaering'), other).not.toMatch(/\schecked/u);
      expect(html).not.toContain('Undtagen det, jeg har glemt');
    }
    expect(stored()).toBe(before);
    const { status, html } = await post('/parkering', parking(text));
    expect(status).toBe(200);
    expect(html).toContain('Vi har modtaget');
    expect(stored()).toBe(before + 1);
  });
});

describe('a body far over the limit', () => {
  /**
   * Starts a multipart POST of one file to the moving form: writes `written` bytes of it and then holds
   * the request open (never ending it), so an answer can only come before the body is read whole.
   * `declared` is the Content-Length sent, none for a body streamed without one.
   */
  function postUnfinished(written: number, declared?: number): Promise<{ status: number; html: string }> {
    const { hostname, port } = new URL(demo.url);
    const boundary = 'graense';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="lejekontrakt"; filename="stor.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
    );
    const headers: Record<string, string | number> = {
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
    };
    if (declared !== undefined) headers['Content-Length'] = declared;
    return new Promise((resolve, reject) => {
      let answered = false;
      const req = request({ hostname, port, path: '/flytning', method: 'POST', headers }, (response) => {
        answered = true;
        let html = '';
        response.setEncoding('utf8').on('data', (text: string) => (html += text));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, html });
          req.destroy();
        });
      });
      req.setTimeout(15_000, () => req.destroy(new Error('no answer while the body was unfinished')));
      req.on('error', (error) => (answered ? undefined : reject(error)));
      const filler = Buffer.alloc(64 * 1024, 0x41);
      req.write(head);
      let sent = head.length;
      const write = (): void => {
        while (!answered && sent < written) {
          const piece = filler.subarray(0, Math.min(filler.length, written - sent));
          sent += piece.length;
          if (!req.write(piece)) return void req.once('drain', write);
        }
        req.flushHeaders();
      };
      write();
    });
  }

  it('declared as 1 GB, or streamed without a length past 10 MB: the Danish 413 page before the rest is sent, nothing stored, the server answers on', async () => {
    const before = stored();
    for (const [written, declared] of [
      [64 * 1024, 1024 * 1024 * 1024],
      [11 * 1024 * 1024, undefined],
    ] as const) {
      const { status, html } = await postUnfinished(written, declared);
      expect(status).toBe(413);
      expect(html).toContain('Indholdet er for stort');
      expect(html).toContain('Det, du har sendt, fylder mere end 10 MB.');
      expect(html).not.toContain('stor.pdf');
    }
    expect(stored()).toBe(before);
    await stillAnswers();
  });
});
