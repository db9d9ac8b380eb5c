import { createStore, del, delMany, entries, get, set, type UseStore } from 'idb-keyval';
import { isExpired, readDraft, type Draft } from './draft.js';
import { DraftStoreError, type DraftFailureKind, type DraftStore } from './draft-store.js';

/** How long a draft stays in the browser unless the host says otherwise: 24 hours. */
export const DEFAULT_BROWSER_DRAFT_LIFETIME = 24 * 60 * 60 * 1000;

/** What `IndexedDbDraftStore` can be told. */
export interface IndexedDbDraftStoreOptions {
  /** How long a draft is kept, in milliseconds (default 24 hours); an older one is deleted when read. */
  lifetimeMs?: number;
  /** The IndexedDB database's name (default `borgerform-drafts`). */
  databaseName?: string;
  /** The time now (tests set their own). */
  now?: () => number;
}

/** The kind of an IndexedDB failure: a full disk is `quota`, everything else `unavailable`. */
export function indexedDbFailureKind(error: unknown): DraftFailureKind {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return 'quota';
  return 'unavailable'; // no IndexedDB (some private windows), blocked, broken database
}

/**
 * Drafts in the citizen's own browser, in IndexedDB through `idb-keyval`: values and chosen files
 * (as `Blob`s) stay on the device, for `lifetimeMs` (default 24 hours; every expired draft in the
 * database is deleted whenever one is loaded). `bf-form` never writes the
 * CPR number, passwords or controls marked `sensitive` to it. Clear it on "Log af" (`bf-form` does).
 */
export class IndexedDbDraftStore implements DraftStore {
  readonly inBrowser = true;
  readonly #lifetime: number;
  readonly #now: () => number;
  readonly #databaseName: string;
  #store: UseStore | null = null;

  constructor(options: IndexedDbDraftStoreOptions = {}) {
    this.#lifetime = options.lifetimeMs ?? DEFAULT_BROWSER_DRAFT_LIFETIME;
    this.#now = options.now ?? (() => Date.now());
    this.#databaseName = options.databaseName ?? 'borgerform-drafts';
  }

  /** The draft under `key`; every draft past its lifetime is deleted first (not only this one). */
  async load(key: string): Promise<Draft | null> {
    await this.removeExpired();
    const draft = readDraft(await this.#run(() => get<unknown>(key, this.#db())));
    if (!draft || isExpired(draft.savedAt, this.#now(), this.#lifetime)) return null;
    return draft;
  }

  /**
   * Deletes every draft in the database past its lifetime, so a citizen who never comes back leaves
   * nothing behind for longer than that (`bf-form` calls it through `load` on every visit).
   */
  async removeExpired(): Promise<void> {
    await this.#run(async () => {
      const db = this.#db();
      const expired = (await entries<IDBValidKey, unknown>(db))
        .filter(([, stored]) => {
          const savedAt = (stored as { savedAt?: unknown } | null)?.savedAt;
          return typeof savedAt === 'number' && isExpired(savedAt, this.#now(), this.#lifetime);
        })
        .map(([key]) => key);
      if (expired.length > 0) await delMany(expired, db);
    });
  }

  async save(key: string, draft: Draft): Promise<void> {
    await this.#run(() => set(key, draft, this.#db()));
  }

  async clear(key: string): Promise<void> {
    await this.#run(() => del(key, this.#db()));
  }

  #db(): UseStore {
    if (typeof indexedDB === 'undefined') throw new DraftStoreError('unavailable');
    return (this.#store ??= createStore(this.#databaseName, 'drafts'));
  }

  async #run<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw error instanceof DraftStoreError ? error : new DraftStoreError(indexedDbFailureKind(error));
    }
  }
}
