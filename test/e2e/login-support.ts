// What the end-to-end tests need for the demo's logins: for the parking application (demo/routes/login.mjs)
// the fictional citizens they log in as, a login over HTTP (a session cookie for hand-made requests)
// and a login in the browser through the demo login page; for "Modtagne ansøgninger"
// (demo/routes/casework.mjs) the case worker's login in the browser.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { elementsSettled } from './page-checks.js';
import { formGuards, postForm, withSetCookies } from './support.js';

/** A citizen of the demo register (demo/register.mjs), as the tests meet them. */
export interface DemoCitizen {
  id: string;
  name: string;
  /** As a citizen types it. */
  cpr: string;
  address: string;
}

export const BO: DemoCitizen = {
  id: 'borger-bo',
  name: 'Bo Nørgaard Holm',
  cpr: '120385-1237',
  address: 'Søndergade 3, 3. 12, 8000 Aarhus C',
};

export const AASE: DemoCitizen = {
  id: 'borger-aase',
  name: 'Åse Kjærgaard Østergaard',
  cpr: '240791-4326',
  address: 'Vestergade 12B, 2. tv., 8000 Aarhus C',
};

export const SOEREN: DemoCitizen = {
  id: 'borger-soeren',
  name: 'Søren Æbeltoft Lund',
  cpr: '050562-1117',
  address: 'Vestergade 12B, st. th., 8000 Aarhus C',
};

/** The server's origin, as a browser sends it in `Origin`. */
export const originOf = (url: string) => new URL(url).origin;

/**
 * Logs in over HTTP as the login page's form does (its CSRF token and cookies first, demo/form-guard.mjs);
 * returns the `Cookie` header for later requests: the browser's id, the CSRF secret and the session.
 */
export async function logInOverHttp(url: string, citizen: DemoCitizen): Promise<string> {
  const guards = await formGuards(url, '/log-ind');
  const response = await postForm(url, '/log-ind', new URLSearchParams({ borger: citizen.id }), {
    guards,
    redirect: 'manual',
  });
  expect(response.status).toBe(303);
  expect(response.headers.get('set-cookie') ?? '').toMatch(/^bf_demo_session=/u);
  return withSetCookies(guards.cookie, response);
}

/**
 * Logs in in the browser through the demo login page (by mouse: the keyboard path has its own test)
 * and waits for the parking application's first step.
 */
export async function logInInBrowser(page: Page, url: string, citizen: DemoCitizen): Promise<void> {
  await page.goto(new URL('/log-ind', url).href);
  await page.getByRole('radio', { name: citizen.name }).check();
  await Promise.all([
    page.waitForURL(/\/parkering$/u),
    page.getByRole('button', { name: 'Log ind' }).click(),
  ]);
  await page.waitForFunction(() => {
    const step = document.querySelector('bf-step:not([hidden])');
    return step?.shadowRoot?.querySelector('h1')?.textContent?.trim() === 'Om dig';
  });
}

/**
 * Logs a case worker in in the browser (by mouse), from the list's address, which sends anyone not
 * logged in to the case workers' login first; waits for the list ("Modtagne ansøgninger").
 * `name`: one of the fictional case workers of demo/casework-session.mjs.
 */
export async function logInAsCaseWorker(page: Page, url: string, name = 'Sanne Mølgaard'): Promise<void> {
  const response = await page.goto(new URL('/sagsbehandling', url).href);
  expect(new URL(page.url()).pathname).toBe('/sagsbehandling/log-ind');
  expect(response?.status()).toBe(200);
  await elementsSettled(page);
  await page.getByRole('radio', { name: new RegExp(name, 'u') }).check();
  await Promise.all([
    page.waitForURL((address) => address.pathname === '/sagsbehandling'),
    page.getByRole('button', { name: 'Log ind' }).click(),
  ]);
  await page.getByRole('heading', { name: 'Modtagne ansøgninger', level: 1 }).waitFor();
}
