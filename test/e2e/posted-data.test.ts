/**
 * End-to-end: what a citizen posts is data, never a pattern (issue 20, item 8). Field names that are
 * regular-expression syntax (an invalid one, and nested quantifiers that backtrack for ever when a
 * pattern is built from them) and values that `String.prototype.replace` would read as replacement
 * patterns, or that are markup, come back as a normal 422 page with every value exactly as typed.
 * The server runs as its own process, so a request that blocked it fails the test instead of hanging
 * it; the tests only post to the form page's URL and read the page, so they keep running against
 * whatever serves the form pages. Needs `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { demoInBrowser, postForm, spawnDemoServer } from './support.js';

/** The form page: it answers a POST of its own form with the page again when something is wrong. */
const FORM_PAGE = '/flytning';
/** Names that are pattern syntax: invalid, catastrophic backtracking, and 10,000 characters of nesting. */
const NAMES = ['a(', '(?:[^>]*)*Z', '(a+)+'.repeat(2000)];
/** Values that are replacement patterns (the match, the text before it, the text after it) or markup. */
const VALUES = ['$&', '$`', "$'", '<script>'];
/** Long enough for any page on a loaded machine, far shorter than a blocked server. */
const ANSWER_WITHIN_MS = 5000;

const demo = demoInBrowser(spawnDemoServer);

/**
 * Posts the entries to the form page as a browser would (multipart or urlencoded, with the page's CSRF
 * token and submission id); aborts when it hangs.
 */
function post(entries: [string, string][], encoding: 'multipart' | 'urlencoded'): Promise<Response> {
  let body: FormData | URLSearchParams = new URLSearchParams(entries);
  if (encoding === 'multipart') {
    body = new FormData();
    for (const [name, value] of entries) body.append(name, value);
  }
  return postForm(demo.url, FORM_PAGE, body, { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
}

describe('posted field names are data, never patterns', () => {
  for (const name of NAMES) {
    for (const encoding of ['urlencoded', 'multipart'] as const) {
      it(`a field named ${JSON.stringify(name.slice(0, 20))} (${name.length} characters, ${encoding}) gets the normal 422 page`, async () => {
        const [response, meanwhile] = await Promise.all([
          post(
            [
              [name, 'x'],
              ['email', 'ada@'],
            ],
            encoding,
          ),
          // Another citizen opening the page at the same time is answered too.
          fetch(new URL(FORM_PAGE, demo.url), { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) }),
        ]);
        expect(response.status).toBe(422);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/u);
        const html = await response.text();
        expect(html).toContain('Indtast en e-mailadresse i det rigtige format');
        expect(meanwhile.status).toBe(200);
      });
    }
  }
});

describe('posted values are data, never patterns or markup', () => {
  it('every value comes back in the page escaped as text (no markup made of it)', async () => {
    for (const value of VALUES) {
      const response = await post(
        [
          ['email', value],
          ['bemaerkning', value],
        ],
        'urlencoded',
      );
      expect(response.status, value).toBe(422);
      const html = await response.text();
      expect(html, value).not.toContain('<script>');
      expect(html, value).not.toContain('">amp;'); // `$&` read as "the match" before an escaped `&`
    }
  });

  for (const value of VALUES) {
    it(`${JSON.stringify(value)} typed in the browser is in its fields exactly as typed on the page sent back`, async () => {
      const page = await demo.newPage({ locale: 'da-DK' });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        // form.submit() from script skips the submit event, so bf-form asks before the typed answers
        // leave the page ("Leave site?"), as for any navigation: the citizen goes on. Any other dialog
        // (an alert from injected script) is a failure.
        if (dialog.type() === 'beforeunload') return void dialog.accept();
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(new URL(FORM_PAGE, demo.url).href);
      await page.waitForFunction(() => customElements.get('bf-textarea') !== undefined);
      await page.locator('bf-text-field[name=email] input').focus();
      await page.keyboard.type(value);
      await page.locator('bf-textarea[name=bemaerkning] textarea').focus();
      await page.keyboard.type(value);
      // Names that are pattern syntax travel in the same form, as a hand-made request would send them.
      await page.evaluate((names) => {
        const form = document.querySelector('form')!;
        for (const name of names) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = 'x';
          form.append(input);
        }
      }, NAMES);
      // A browser without the library (or a hand-made request) skips the client-side check:
      await Promise.all([
        page.waitForResponse(
          (response) => response.request().method() === 'POST' && response.status() === 422,
          { timeout: ANSWER_WITHIN_MS },
        ),
        page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form')!)),
      ]);
      await page.waitForFunction(() => customElements.get('bf-textarea') !== undefined);
      expect(await page.title()).toMatch(/^Fejl: /u);
      expect(await page.locator('bf-text-field[name=email]').getAttribute('value')).toBe(value);
      expect(await page.locator('bf-text-field[name=email] input').inputValue()).toBe(value);
      expect(await page.locator('bf-textarea[name=bemaerkning] textarea').inputValue()).toBe(value);
      expect(await page.locator('bf-text-field[name=email] [part~="error"]').textContent()).toContain(
        'Indtast en e-mailadresse i det rigtige format',
      );
      expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
      expect(dialogs).toEqual([]);
    });
  }
});
