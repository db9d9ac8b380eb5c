/**
 * The demo login over HTTP (demo/routes/login.mjs, demo/session.mjs, demo/store/sessions.mjs): the
 * session cookie's attributes, a new session on every login, changes only from the page's own origin,
 * "Log af" ending the session on the server, "Forbliv logget på" moving its end, and the database
 * holding no usable token.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AASE, BO, logInInBrowser, logInOverHttp, originOf } from './login-support.js';
import { demoInBrowser, formGuards, postForm, startDemoServer, withSetCookies } from './support.js';

const SESSION_SECONDS = 600;
const demo = demoInBrowser(() => startDemoServer({ sessionSeconds: SESSION_SECONDS }));

interface SessionStoreModule {
  SessionStore: new (
    db: unknown,
    options: { seconds: number; now?: () => number },
  ) => {
    start(citizen: string): { token: string; expiresAt: number };
    find(token: unknown): { citizen: string; expiresAt: number; live: boolean } | null;
    extend(token: string): number | null;
  };
}
interface DatabaseModule {
  openDatabase: (file: string) => {
    prepare(sql: string): { all(): unknown[] };
    close(): void;
  };
}
// Plain JavaScript modules without type declarations: imported by URL and typed here.
const { SessionStore } = (await import(
  new URL('../../demo/store/sessions.mjs', import.meta.url).href
)) as SessionStoreModule;
const { openDatabase } = (await import(
  new URL('../../demo/store/database.mjs', import.meta.url).href
)) as DatabaseModule;

const post = (address: string, init: RequestInit = {}) =>
  fetch(new URL(address, demo.url), { method: 'POST', redirect: 'manual', ...init });

/**
 * The CSRF token a page gives a browser with these cookies (the `x-csrf-token` header the page's
 * scripts send with "Log af" and "Forbliv logget på"), and the cookies with any it set.
 */
async function pageToken(cookie = ''): Promise<{ cookie: string; token: string }> {
  const guards = await formGuards(demo.url, '/log-ind', { cookie });
  return { cookie: guards.cookie, token: guards.entries.find(([name]) => name === 'bf-csrf')?.[1] ?? '' };
}

describe('the demo login', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie with no citizen data, new on every login, and sends the citizen to the application', async () => {
    const response = await postForm(demo.url, '/log-ind', new URLSearchParams({ borger: BO.id }), {
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/parkering?start=1');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bf_demo_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/u);
    expect(cookie).not.toContain(BO.id);
    const again = await logInOverHttp(demo.url, BO);
    expect(again).not.toBe(cookie.split(';')[0]);
  });

  it('shows a Danish login page that says it is not MitID, and refuses an unknown citizen or a login from another origin', async () => {
    const page = await (await fetch(new URL('/log-ind', demo.url))).text();
    expect(page).toContain('<h1>Log ind med MitID (demo)</h1>');
    expect(page).toContain('heading="Dette er ikke MitID"');
    expect(page).toContain(`>${BO.name}</bf-option>`);

    const guards = await formGuards(demo.url, '/log-ind');
    const unknown = await postForm(demo.url, '/log-ind', new URLSearchParams({ borger: BO.cpr }), {
      guards,
      redirect: 'manual',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.headers.get('set-cookie')).toBeNull();
    expect(await unknown.text()).toContain('error="Vælg, hvem du vil logge ind som"');

    // From another origin, even with the page's cookies and token.
    const foreign = await postForm(demo.url, '/log-ind', new URLSearchParams({ borger: BO.id }), {
      guards,
      headers: { origin: 'https://evil.example' },
      redirect: 'manual',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('set-cookie')).toBeNull();
    // From our own origin without the page's token (a page elsewhere cannot read it).
    const tokenless = await post('/log-ind', {
      headers: { origin: originOf(demo.url), cookie: guards.cookie },
      body: new URLSearchParams({ borger: BO.id }),
    });
    expect(tokenless.status).toBe(403);
    expect(tokenless.headers.get('set-cookie')).toBeNull();
  });

  it('keeps the browser’s id when the same citizen logs in again, and forgets it (and the CSRF secret) when another does', async () => {
    const cookie = await logInOverHttp(demo.url, BO);
    const again = await postForm(demo.url, '/log-ind', new URLSearchParams({ borger: BO.id }), {
      cookie,
      redirect: 'manual',
    });
    expect(again.status).toBe(303);
    expect(again.headers.getSetCookie().map((line) => line.split('=')[0])).toEqual(['bf_demo_session']);
    // Åse logs in in the same browser (Bo's session still in its cookie).
    const other = await postForm(demo.url, '/log-ind', new URLSearchParams({ borger: AASE.id }), {
      cookie: withSetCookies(cookie, again),
      redirect: 'manual',
    });
    expect(other.status).toBe(303);
    const set = other.headers.getSetCookie();
    expect(set.filter((line) => /^bf_demo_(browser|csrf)=;/u.test(line))).toHaveLength(2);
    expect(set.filter((line) => /^bf_demo_session=[\w-]{43};/u.test(line))).toHaveLength(1);
  });

  it('"Log af" ends the session on the server: the old cookie is worth nothing afterwards', async () => {
    const { cookie, token } = await pageToken(await logInOverHttp(demo.url, BO));
    expect((await fetch(new URL('/kladder/parkering', demo.url), { headers: { cookie } })).status).toBe(204);
    const foreign = await post('/log-af', {
      headers: { cookie, origin: 'https://evil.example', 'x-csrf-token': token },
    });
    expect(foreign.status).toBe(403);
    const tokenless = await post('/log-af', { headers: { cookie, origin: originOf(demo.url) } });
    expect(tokenless.status).toBe(403);
    expect((await fetch(new URL('/kladder/parkering', demo.url), { headers: { cookie } })).status).toBe(204);

    const logout = await post('/log-af', {
      headers: { cookie, origin: originOf(demo.url), 'x-csrf-token': token },
    });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toBe('/logget-af');
    expect(logout.headers.get('set-cookie')).toMatch(/^bf_demo_session=;/u);
    expect((await fetch(new URL('/kladder/parkering', demo.url), { headers: { cookie } })).status).toBe(401);
    const refused = await post('/parkering', {
      headers: { cookie },
      body: new URLSearchParams({ bil: 'egen' }),
    });
    expect(refused.status).toBe(401);
    expect(await (await fetch(new URL('/logget-af', demo.url))).text()).toContain('<h1>Du er logget af</h1>');
  });

  it('"Log af" in the page’s header ends the session on the server and leads to "Du er logget af"; the draft stays for the next login', async () => {
    const page = await demo.newPage({ locale: 'da-DK' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await logInInBrowser(page, demo.url, BO);
    await page.getByRole('textbox', { name: /Mobilnummer/u }).fill('87654321');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await expect.poll(() => page.getByText(/^Gemt kl\./u).count()).toBe(1);
    const cookie = (await page.context().cookies()).find(({ name }) => name === 'bf_demo_session')!;
    expect(cookie).toMatchObject({
      name: 'bf_demo_session',
      httpOnly: true,
      sameSite: 'Strict',
      expires: -1,
    });

    await Promise.all([
      page.waitForURL(/\/logget-af$/u),
      page.getByRole('button', { name: 'Log af' }).click(),
    ]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Du er logget af');
    // The session cookie is gone, and with it the browser's id and CSRF secret (demo/session.mjs).
    expect(await page.context().cookies(), 'the cookies are gone').toEqual([]);
    const old = `${cookie.name}=${cookie.value}`;
    expect((await fetch(new URL('/kladder/parkering', demo.url), { headers: { cookie: old } })).status).toBe(
      401,
    );

    await logInInBrowser(page, demo.url, BO);
    await expect.poll(() => page.getByText(/^Du har en kladde fra/u).count()).toBe(1);
    await page.getByRole('button', { name: 'Fortsæt med kladden' }).click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          new FormData(document.querySelector('main form') as HTMLFormElement).get('telefon'),
        ),
      )
      .toBe('+4587654321');
    expect(problems).toEqual([]);
  });

  it('"Forbliv logget på" gives a live session its full length again, only from the page’s own origin', async () => {
    const { cookie, token } = await pageToken(await logInOverHttp(demo.url, BO));
    const foreign = await post('/session/forlaeng', {
      headers: { cookie, origin: 'https://evil.example', 'x-csrf-token': token },
    });
    expect(foreign.status).toBe(403);
    const tokenless = await post('/session/forlaeng', { headers: { cookie, origin: originOf(demo.url) } });
    expect(tokenless.status).toBe(403);
    // A browser with a page of the demo open but nobody logged in.
    const visitor = await pageToken();
    const nobody = await post('/session/forlaeng', {
      headers: { cookie: visitor.cookie, origin: originOf(demo.url), 'x-csrf-token': visitor.token },
    });
    expect(nobody.status).toBe(401);
    const extended = await post('/session/forlaeng', {
      headers: { cookie, origin: originOf(demo.url), 'x-csrf-token': token },
    });
    expect(extended.status).toBe(200);
    expect(extended.headers.get('cache-control')).toBe('no-store');
    const { secondsLeft } = (await extended.json()) as { secondsLeft: number };
    expect(secondsLeft).toBeGreaterThan(SESSION_SECONDS - 3);
    expect(secondsLeft).toBeLessThanOrEqual(SESSION_SECONDS);
  });
});

describe('the session store', () => {
  it('keeps only a hash of the token, ends a session at its time, and never brings an ended one back', () => {
    const db = openDatabase(
      path.join(mkdtempSync(path.join(tmpdir(), 'borgerform-sessions-')), 'demo.sqlite'),
    );
    let now = Date.parse('2026-12-05T12:00:00Z');
    const sessions = new SessionStore(db, { seconds: 60, now: () => now });
    const { token, expiresAt } = sessions.start(BO.id);
    expect(expiresAt).toBe(now + 60_000);
    const rows = JSON.stringify(db.prepare('SELECT * FROM sessions').all());
    expect(rows).not.toContain(token);
    expect(sessions.find(token)).toEqual({ citizen: BO.id, expiresAt, live: true });
    expect(sessions.find('not a token')).toBeNull();

    now += 59_000;
    expect(sessions.extend(token)).toBe(now + 60_000);
    now += 60_000;
    expect(sessions.find(token)?.live).toBe(false); // ended, and remembered as ended
    expect(sessions.extend(token)).toBeNull();
    expect(sessions.find(token)?.live).toBe(false);
    db.close();
  });
});
