import type { Draft } from './draft.js';

/** Why a store could not do what it was asked: each is shown to the citizen as a Danish warning. */
export type DraftFailureKind = 'unavailable' | 'quota' | 'offline' | 'server' | 'timeout';

/** A store's failure, with its kind (never the draft's content). */
export class DraftStoreError extends Error {
  readonly kind: DraftFailureKind;

  constructor(kind: DraftFailureKind, message = `Draft store failed: ${kind}`) {
    super(message);
    this.name = 'DraftStoreError';
    this.kind = kind;
  }
}

/**
 * Where drafts are kept, behind one interface, so a host chooses: the browser (`IndexedDbDraftStore`),
 * its own server (`HttpDraftStore`), or a store of its own. No store is used unless the host sets one.
 * Every method rejects with a `DraftStoreError` when the store cannot do it.
 */
export interface DraftStore {
  /** The draft under `key`, or null when there is none (or it has expired). */
  load(key: string): Promise<Draft | null>;
  save(key: string, draft: Draft): Promise<void>;
  clear(key: string): Promise<void>;
  /**
   * Whether the store is in the browser: the CPR number, passwords and controls marked `sensitive`
   * are then never written to it (a server store may keep them: it is the host's own).
   */
  readonly inBrowser: boolean;
}
