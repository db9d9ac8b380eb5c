// HttpDraftStore against a real HTTP endpoint on 127.0.0.1 (test/fixtures/draft-server.mjs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA, type Draft } from '../../../src/drafts/draft.js';
import { DraftStoreError } from '../../../src/drafts/draft-store.js';
import { HttpDraftStore } from '../../../src/drafts/http-draft-store.js';
import { startDraftServer } from '../../fixtures/draft-server.mjs';

let server: Awaited<ReturnType<typeof startDraftServer>>;
beforeAll(async () => {
  server = await startDraftServer();
});
afterAll(async () => {
  await server.close();
});

const draft = (values: Draft['values']): Draft => ({
  schema: DRAFT_SCHEMA,
  savedAt: 1_764_930_000_000,
  step: 2,
  values,
});

async function failureOf(promise: Promise<unknown>): Promise<DraftStoreError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DraftStoreError);
    return error as DraftStoreError;
  }
  throw new Error('expected a failure');
}

describe('HttpDraftStore on loopback (issue 13)', () => {
  it('keeps values as JSON under the key, the CPR number too (the host’s own server), and clears them', async () => {
    const store = new HttpDraftStore({ baseUrl: `${server.url}/`, headers: { 'x-csrf': 'abc' } });
    expect(store.inBrowser).toBe(false);
    expect(await store.load('flytning/ada')).toBe(null);
    const values = {
      navn: 'Ada 😀 <b>',
      cpr: '0101901234',
      ydelser: { entries: [['ydelser', 'bolig']] as [string, string][] },
    };
    await store.save('flytning/ada', draft(values));
    const put = server.requests.at(-1)!;
    expect([put.method, put.url, put.type]).toEqual(['PUT', '/kladder/flytning%2Fada', 'application/json']);
    expect(await store.load('flytning/ada')).toEqual(draft(values));
    await store.clear('flytning/ada');
    expect(await store.load('flytning/ada')).toBe(null);
  });

  it('reads 204 (and 404) as "no draft"', async () => {
    const store = new HttpDraftStore({ baseUrl: server.url });
    expect(await store.load('none')).toBe(null);
    expect(server.requests.at(-1)!.method).toBe('GET');
    expect(await store.load('never-saved')).toBe(null);
  });

  it('sends files as multipart (the JSON in the part "draft") and gets them back as files', async () => {
    const store = new HttpDraftStore({ baseUrl: server.url });
    const contract = new File(['%PDF-1.4 lejekontrakt'], 'lejekontrakt.pdf', { type: 'application/pdf' });
    await store.save('med-filer', draft({ navn: 'Ada', bilag: { entries: [['bilag', contract]] } }));
    expect(server.requests.at(-1)!.type).toMatch(/^multipart\/form-data; boundary=/u);
    const loaded = (await store.load('med-filer'))!;
    expect(loaded.values.navn).toBe('Ada');
    const [[name, file]] = (loaded.values.bilag as { entries: [string, File][] }).entries;
    expect([name, file.name, file.type, await file.text()]).toEqual([
      'bilag',
      'lejekontrakt.pdf',
      'application/pdf',
      '%PDF-1.4 lejekontrakt',
    ]);
  });

  it('maps failures to kinds: a 500 is "server", no connection "offline", no answer in time "timeout"', async () => {
    expect((await failureOf(new HttpDraftStore({ baseUrl: server.url }).save('fails', draft({})))).kind).toBe(
      'server',
    );
    const closed = new HttpDraftStore({ baseUrl: 'http://127.0.0.1:9/kladder' });
    expect((await failureOf(closed.load('x'))).kind).toBe('offline');
    const hurried = new HttpDraftStore({ baseUrl: server.url, timeoutMs: 100 });
    expect((await failureOf(hurried.load('slow'))).kind).toBe('timeout');
  });
});
