import { expect } from '@open-wc/testing';
import { DRAFT_SCHEMA, type Draft } from '../../src/drafts/draft.js';
import { DraftStoreError } from '../../src/drafts/draft-store.js';
import { IndexedDbDraftStore, indexedDbFailureKind } from '../../src/drafts/indexeddb-draft-store.js';

// Issue 13 item 2: drafts in the browser's real IndexedDB (Chromium and Firefox), through idb-keyval.

let database = 0;
/** A store on a database of its own, so the tests do not see each other's drafts. */
function store(options: { lifetimeMs?: number; now?: () => number } = {}) {
  database++;
  return new IndexedDbDraftStore({ databaseName: `borgerform-test-${Date.now()}-${database}`, ...options });
}

const draft = (values: Draft['values'], savedAt = Date.now()): Draft => ({
  schema: DRAFT_SCHEMA,
  savedAt,
  step: 1,
  values,
});

describe('IndexedDbDraftStore', () => {
  it('keeps a draft under its key, with a chosen file as a Blob, until it is cleared', async () => {
    const drafts = store();
    const file = new File(['%PDF-1.4 lejekontrakt'], 'lejekontrakt.pdf', { type: 'application/pdf' });
    await drafts.save('flytning', draft({ navn: 'Ada 😀 <b>', bilag: { entries: [['bilag', file]] } }));
    expect(await drafts.load('andet')).to.equal(null);
    const loaded = (await drafts.load('flytning'))!;
    expect(loaded.step).to.equal(1);
    expect(loaded.values.navn).to.equal('Ada 😀 <b>');
    const kept = (loaded.values.bilag as { entries: [string, File][] }).entries[0][1];
    expect([kept.name, kept.type, await kept.text()]).to.deep.equal([
      'lejekontrakt.pdf',
      'application/pdf',
      '%PDF-1.4 lejekontrakt',
    ]);
    await drafts.clear('flytning');
    expect(await drafts.load('flytning')).to.equal(null);
  });

  it('the later save wins', async () => {
    const drafts = store();
    await drafts.save('k', draft({ navn: 'Ada' }));
    await drafts.save('k', draft({ navn: 'Ada Lovelace' }));
    expect((await drafts.load('k'))!.values.navn).to.equal('Ada Lovelace');
  });

  it('forgets a draft past its lifetime (and deletes it)', async () => {
    let now = 1_000_000;
    const drafts = store({ lifetimeMs: 60_000, now: () => now });
    await drafts.save('k', draft({ navn: 'Ada' }, now));
    now += 60_001;
    expect(await drafts.load('k')).to.equal(null);
    now -= 60_001;
    expect(await drafts.load('k'), 'deleted, not only hidden').to.equal(null);
  });

  it('deletes every draft past its lifetime when any is loaded (a citizen who never came back)', async () => {
    let now = 1_000_000;
    const drafts = store({ lifetimeMs: 60_000, now: () => now });
    await drafts.save('old', draft({ navn: 'Ada' }, now));
    now += 30_000;
    await drafts.save('recent', draft({ navn: 'Bo' }, now));
    now += 30_001;
    expect(await drafts.load('another')).to.equal(null);
    now = 1_000_000; // were 'old' only hidden, it would be read again now
    expect(await drafts.load('old')).to.equal(null);
    expect((await drafts.load('recent'))!.values.navn).to.equal('Bo');
  });

  it('without IndexedDB (some private windows) fails as "unavailable", never with the draft in the error', async () => {
    const drafts = store();
    const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      let failure: unknown;
      await drafts.save('k', draft({ navn: 'Ada Hemmelig' })).catch((error: unknown) => {
        failure = error;
      });
      expect(failure).to.be.instanceOf(DraftStoreError);
      expect((failure as DraftStoreError).kind).to.equal('unavailable');
      expect(String(failure)).to.not.contain('Hemmelig');
    } finally {
      if (own) Object.defineProperty(window, 'indexedDB', own);
      else delete (window as { indexedDB?: unknown }).indexedDB;
    }
    expect(typeof indexedDB).to.equal('object');
  });

  it('a full disk is "quota"; any other failure "unavailable"', () => {
    expect(indexedDbFailureKind(new DOMException('full', 'QuotaExceededError'))).to.equal('quota');
    expect(indexedDbFailureKind(new DOMException('no', 'InvalidStateError'))).to.equal('unavailable');
  });
});
