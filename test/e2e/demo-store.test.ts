/**
 * The demo's SQLite store (issue 16): the schema is created and migrated on start, submissions are kept
 * whole (text exactly as posted, files with their bytes) under a random case reference, and the server
 * gives that reference on the receipt; a submission is kept once per one-time submission id. Real
 * better-sqlite3 files in a temporary folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm, startDemoServer, type DemoServer } from './support.js';

interface Db {
  pragma(source: string, options?: { simple: boolean }): unknown;
  prepare(sql: string): { all(): unknown[] };
  close(): void;
}
interface StoreModule {
  openDatabase: (file: string) => Db;
  SCHEMA_VERSION: number;
}
interface SubmissionIdsStore {
  issue(browser: string, form: string, now?: Date): string;
  find(id: string, browser: string, form: string): { reference: string | null } | undefined;
}
interface SubmissionIdsModule {
  SubmissionIds: new (db: Db) => SubmissionIdsStore;
}
interface SubmissionsModule {
  newReference: () => string;
  SubmissionStore: new (db: Db) => {
    save(
      form: string,
      data: FormData,
      now?: Date,
      once?: { ids: SubmissionIdsStore; id: string },
    ): Promise<string>;
    get(
      reference: string,
    ): { form: string; entries: { name: string; value: string | null; file: unknown }[] } | null;
    count(): number;
  };
}
// Plain JavaScript modules without type declarations: imported by URL and typed here.
const { openDatabase, SCHEMA_VERSION } = (await import(
  new URL('../../demo/store/database.mjs', import.meta.url).href
)) as StoreModule;
const { newReference, SubmissionStore } = (await import(
  new URL('../../demo/store/submissions.mjs', import.meta.url).href
)) as SubmissionsModule;

const { SubmissionIds } = (await import(
  new URL('../../demo/store/submission-ids.mjs', import.meta.url).href
)) as SubmissionIdsModule;

const freshFile = () =>
  path.join(mkdtempSync(path.join(tmpdir(), 'borgerform-store-')), 'nested', 'demo.sqlite');

describe('the database', () => {
  it('is created (with its folder) and migrated on first open, and opened again as it is', async () => {
    const file = freshFile();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const store = new SubmissionStore(db);
    const data = new FormData();
    data.append('navn', 'Ada');
    const reference = await store.save('/submit', data);
    db.close();
    const again = openDatabase(file);
    expect(new SubmissionStore(again).get(reference)?.entries).toEqual([
      { name: 'navn', value: 'Ada', file: null },
    ]);
    again.close();
  });

  it('refuses a database written by a newer server', () => {
    const file = freshFile();
    const db = openDatabase(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/schema/u);
  });
});

describe('submissions', () => {
  it('keeps every entry in the order sent, text exactly as typed, a file with its name, type and size', async () => {
    const db = openDatabase(freshFile());
    const store = new SubmissionStore(db);
    const data = new FormData();
    data.append('navn', 'Ada <script>alert(1)</script> 😀');
    data.append('bilag', new File([new Uint8Array(4800)], 'lejekontrakt.pdf', { type: 'application/pdf' }));
    data.append('navn', 'x'.repeat(10_000));
    const reference = await store.save('/flytning', data);
    expect(reference).toMatch(/^EK-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/u);
    expect(store.get(reference)).toMatchObject({
      form: '/flytning',
      entries: [
        { name: 'navn', value: 'Ada <script>alert(1)</script> 😀', file: null },
        {
          name: 'bilag',
          value: null,
          file: { name: 'lejekontrakt.pdf', type: 'application/pdf', size: 4800 },
        },
        { name: 'navn', value: 'x'.repeat(10_000), file: null },
      ],
    });
    expect(store.get('EK-0000-0000')).toBe(null);
    db.close();
  });

  it('draws references at random, never twice', () => {
    const drawn = new Set(Array.from({ length: 2000 }, () => newReference()));
    expect(drawn.size).toBe(2000);
  });
});

describe('one-time submission ids', () => {
  it('are given per browser and form page, and found only for the same browser and form', () => {
    const db = openDatabase(freshFile());
    const ids = new SubmissionIds(db);
    const id = ids.issue('browser-a', '/flytning');
    expect(id).toMatch(/^[\w-]{24}$/u);
    expect(ids.issue('browser-a', '/flytning')).not.toBe(id);
    expect(ids.find(id, 'browser-a', '/flytning')).toEqual({ reference: null });
    expect(ids.find(id, 'browser-b', '/flytning')).toBeUndefined();
    expect(ids.find(id, 'browser-a', '/parkering')).toBeUndefined();
    expect(ids.find('unknown', 'browser-a', '/flytning')).toBeUndefined();
    // The browser's id is kept only as its hash.
    expect(JSON.stringify(db.prepare('SELECT * FROM submission_ids').all())).not.toContain('browser-a');
    db.close();
  });

  it('keep a submission once: the same id saved twice at once gives one reference and one row', async () => {
    const db = openDatabase(freshFile());
    const ids = new SubmissionIds(db);
    const store = new SubmissionStore(db);
    const id = ids.issue('browser-a', '/submit');
    const data = (name: string) => {
      const form = new FormData();
      form.append('navn', name);
      return form;
    };
    const [first, second] = await Promise.all([
      store.save('/submit', data('Ada'), undefined, { ids, id }),
      store.save('/submit', data('Mallory'), undefined, { ids, id }),
    ]);
    expect(second).toBe(first);
    expect(store.count()).toBe(1);
    expect(store.get(first)?.entries).toEqual([{ name: 'navn', value: 'Ada', file: null }]);
    expect(ids.find(id, 'browser-a', '/submit')).toEqual({ reference: first });
    db.close();
  });

  it('forget an id never used after two days, and never one that was used', async () => {
    const db = openDatabase(freshFile());
    const ids = new SubmissionIds(db);
    const store = new SubmissionStore(db);
    const long = new Date('2026-01-01T12:00:00Z');
    const unused = ids.issue('s', '/submit', long);
    const used = ids.issue('s', '/submit', long);
    await store.save('/submit', new FormData(), long, { ids, id: used });
    ids.issue('s', '/submit', new Date('2026-01-03T12:00:01Z'));
    expect(ids.find(unused, 's', '/submit')).toBeUndefined();
    expect(ids.find(used, 's', '/submit')?.reference).toMatch(/^EK-/u);
    db.close();
  });
});

describe('the server keeps what was sent and gives the reference on the receipt', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('POST /submit: stored under the reference the receipt shows', async () => {
    const body = new URLSearchParams({ navn: 'Åse Ærø', besked: '<b>Hej</b> 😀' });
    const response = await postForm(server.url, '/submit', body, { page: '/' });
    expect(response.status).toBe(200);
    const page = await response.text();
    const reference = /class="demo-reference">(EK-[^<]+)</u.exec(page)?.[1];
    expect(reference, 'the receipt shows a reference').toBeDefined();
    expect(server.submissions!.get(reference!)).toMatchObject({
      form: '/submit',
      entries: [
        { name: 'navn', value: 'Åse Ærø' },
        { name: 'besked', value: '<b>Hej</b> 😀' },
      ],
    });
  });

  it('a request that is refused (wrong media type) stores nothing', async () => {
    const before = server.submissions!.count();
    const response = await fetch(new URL('/submit', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"navn":"Ada"}',
    });
    expect(response.status).toBe(415);
    expect(server.submissions!.count()).toBe(before);
  });
});
