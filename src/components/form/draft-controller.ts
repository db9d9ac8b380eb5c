import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type Clock } from '../../base/clock.js';
import { DRAFT_SCHEMA, type Draft } from '../../drafts/draft.js';
import type { BfSessionSaveEvent } from '../../events/session.js';
import { DraftStoreError, type DraftFailureKind, type DraftStore } from '../../drafts/draft-store.js';
import {
  collectStates,
  currentStepIndex,
  restoreStates,
  statefulControls,
  stepFlowIn,
} from './control-states.js';

/** The pause in typing after which a draft is saved (milliseconds). */
export const DRAFT_SAVE_DELAY = 1500;

/** Where the draft stands, for what `bf-form` shows. */
export type DraftStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'offer'; readonly savedAt: number }
  | { readonly kind: 'saved'; readonly savedAt: number }
  | { readonly kind: 'idle' }
  | { readonly kind: 'elsewhere'; readonly savedAt: number }
  | { readonly kind: 'failed'; readonly reading: boolean; readonly cause: DraftFailureKind };

/** The kind of a store's failure (a host's own store may throw anything: that is `unavailable`). */
function failureKind(error: unknown): DraftFailureKind {
  if (error instanceof DraftStoreError) return error.kind;
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError' ? 'quota' : 'unavailable';
}

/** What the controller needs of its host (`bf-form`). */
export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  readonly form: HTMLFormElement | null;
  readonly draftKey?: string;
  readonly draftStore?: DraftStore | null;
  readonly clock?: Clock;
}

/**
 * `bf-form`'s drafts (REQUIREMENTS §3.6): with a `draft-key` and a `draftStore`, the answers are saved
 * after a pause in typing and at every step change, a draft found on arrival is offered ("Fortsæt med
 * kladden" / "Start forfra"), and it is cleared once the form is sent. A store that fails is reported
 * and never blocks filling in or sending. What each control keeps is its own `draftState`; a browser
 * store never gets the CPR number, a password or a `sensitive` control.
 */
export class DraftController implements ReactiveController {
  readonly #host: DraftHost;
  #status: DraftStatus = { kind: 'off' };
  #offered: Draft | null = null;
  #timer: unknown = null;
  #form: HTMLFormElement | null = null;
  #started = '';
  #ready: Promise<void> = Promise.resolve();
  /** The save the store is working on, and whether the answers changed meanwhile (saved once it is done). */
  #saving: Promise<void> | null = null;
  #saveAgain = false;
  /** The removal the store is working on. */
  #clearing: Promise<void> | null = null;
  /** Tells other windows of this page about a save (the later save wins; the other is told). */
  #channel: BroadcastChannel | null = null;
  readonly #id = Math.random().toString(36).slice(2);

  readonly #restoredOnLoad: () => Promise<boolean>;

  /** `restoredOnLoad`: whether a reload already put the answers back (a draft is then not offered). */
  constructor(host: DraftHost, restoredOnLoad: () => Promise<boolean> = () => Promise.resolve(false)) {
    this.#host = host;
    this.#restoredOnLoad = restoredOnLoad;
    host.addController(this);
  }

  /** Where the draft stands now. */
  get status(): DraftStatus {
    return this.#status;
  }

  /** Settles once the store has been asked for a draft to offer (after the key or store changed). */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** Settles when the store has no save in hand (tests, and a host that waits before it navigates). */
  get settled(): Promise<void> {
    return Promise.all([this.#saving, this.#clearing]).then(() => undefined);
  }

  /** Whether the latest answers are not saved yet (a save is waiting or under way, or the store failed). */
  get hasUnsavedChanges(): boolean {
    return this.#timer !== null || this.#saving !== null || this.#status.kind === 'failed';
  }

  /** Whether drafts are on (a key and a store). */
  get enabled(): boolean {
    return Boolean(this.#host.draftKey && this.#host.draftStore);
  }

  hostConnected(): void {
    document.addEventListener('bf-logout', this.#onLogout);
    window.addEventListener('online', this.#onOnline);
    document.addEventListener('bf-session-save', this.#onSessionEnding);
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel('borgerform-drafts');
      this.#channel.addEventListener('message', this.#onOtherWindow);
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('bf-logout', this.#onLogout);
    window.removeEventListener('online', this.#onOnline);
    document.removeEventListener('bf-session-save', this.#onSessionEnding);
    this.#channel?.close();
    this.#channel = null;
    this.#unlisten();
    this.#cancelTimer();
  }

  /** Starts (again) when the key, the store or the form changed: looks for a draft to offer. */
  hostUpdated(): void {
    const form = this.#host.form;
    const signature = this.enabled && form ? `${this.#host.draftKey}` : '';
    if (signature === this.#started && form === this.#form) return;
    this.#started = signature;
    this.#unlisten();
    this.#form = form;
    if (!signature || !form) {
      this.#set({ kind: 'off' });
      return;
    }
    form.addEventListener('input', this.#onChange);
    form.addEventListener('change', this.#onChange);
    form.addEventListener('bf-step-change', this.#onStepChange);
    this.#ready = this.#lookForDraft();
  }

  /** "Fortsæt med kladden": every answer that still fits, and the step it was on. */
  async resume(): Promise<void> {
    const draft = this.#offered;
    const form = this.#form;
    this.#offered = null;
    if (!draft || !form) return;
    const restored = await restoreStates(form, draft.values); // what no longer fits is left out
    const flow = stepFlowIn(form);
    const step = flow?.steps[draft.step];
    if (flow && step) flow.goTo(step);
    else restored[0]?.focus();
    this.#set({ kind: 'saved', savedAt: draft.savedAt });
  }

  /** "Start forfra": the draft is thrown away. */
  async startOver(): Promise<void> {
    this.#offered = null;
    this.#set({ kind: 'idle' });
    await this.clear();
  }

  /**
   * Saves now ("Gem kladde", a step change). One save at a time: answers that change while the store
   * works are saved right after, so a slow store never keeps an older draft than the page has.
   */
  async save(): Promise<void> {
    this.#cancelTimer();
    if (this.#saving) {
      this.#saveAgain = true;
      return this.#saving;
    }
    this.#saving = this.#saveOnce();
    try {
      await this.#saving;
    } finally {
      this.#saving = null;
    }
    if (this.#saveAgain) {
      this.#saveAgain = false;
      await this.save();
    }
  }

  /**
   * Removes the draft (after sending, on "Log af" from a browser store, "Start forfra"), once a save
   * under way is done (so it cannot bring the draft back).
   */
  async clear(): Promise<void> {
    this.#cancelTimer();
    this.#saveAgain = false;
    const clearing = this.#clearOnce();
    this.#clearing = clearing;
    await clearing;
    if (this.#clearing === clearing) this.#clearing = null;
  }

  /** An answer changed (the form's own listeners call this too): save after a pause in typing. */
  changed(): void {
    this.#onChange();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  async #saveOnce(): Promise<void> {
    // Never before the store has said whether it holds a draft: a step change right after load (a
    // flow that opens on its first step) would otherwise replace the draft it is about to offer.
    await this.#ready;
    const store = this.#host.draftStore;
    const key = this.#host.draftKey;
    const form = this.#form;
    if (!store || !key || !form || this.#status.kind === 'offer') return;
    const draft: Draft = {
      schema: DRAFT_SCHEMA,
      savedAt: Date.now(),
      step: currentStepIndex(form),
      values: collectStates(statefulControls(form), store.inBrowser),
    };
    try {
      await store.save(key, draft);
      this.#set({ kind: 'saved', savedAt: draft.savedAt });
      this.#channel?.postMessage({ key, savedAt: draft.savedAt, from: this.#id });
    } catch (error) {
      this.#set({ kind: 'failed', reading: false, cause: failureKind(error) });
    }
  }

  async #clearOnce(): Promise<void> {
    await this.#saving?.catch(() => undefined);
    const store = this.#host.draftStore;
    const key = this.#host.draftKey;
    if (!store || !key) return;
    try {
      await store.clear(key);
    } catch {
      // Nothing to tell: a draft that could not be removed expires.
    }
  }

  #set(status: DraftStatus): void {
    this.#status = status;
    this.#host.requestUpdate();
  }

  async #lookForDraft(): Promise<void> {
    const store = this.#host.draftStore;
    const key = this.#host.draftKey;
    if (!store || !key) return;
    try {
      const [draft, reloaded] = await Promise.all([store.load(key), this.#restoredOnLoad()]);
      if (this.#status.kind !== 'off') return; // a save or another window got here first
      if (reloaded) return this.#set({ kind: 'idle' }); // the answers of this tab are back already
      if (draft && Object.keys(draft.values).length > 0) {
        this.#offered = draft;
        this.#set({ kind: 'offer', savedAt: draft.savedAt });
      } else this.#set({ kind: 'idle' });
    } catch (error) {
      if (this.#status.kind === 'off')
        this.#set({ kind: 'failed', reading: true, cause: failureKind(error) });
    }
  }

  #unlisten(): void {
    this.#form?.removeEventListener('input', this.#onChange);
    this.#form?.removeEventListener('change', this.#onChange);
    this.#form?.removeEventListener('bf-step-change', this.#onStepChange);
  }

  #cancelTimer(): void {
    if (this.#timer !== null) (this.#host.clock ?? systemClock).clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** A change: save after a pause in typing (never on every keystroke). */
  readonly #onChange = (): void => {
    if (this.#status.kind === 'offer') return; // the citizen has not chosen yet
    this.#cancelTimer();
    this.#timer = (this.#host.clock ?? systemClock).setTimeout(() => void this.save(), DRAFT_SAVE_DELAY);
  };

  readonly #onStepChange = (): void => {
    void this.save();
  };

  /** Another window saved the same draft: say so (what this window saves next replaces it). */
  readonly #onOtherWindow = (event: MessageEvent): void => {
    const message = event.data as { key?: unknown; savedAt?: unknown; from?: unknown } | null;
    if (!message || message.from === this.#id || message.key !== this.#host.draftKey) return;
    if (typeof message.savedAt !== 'number' || !this.enabled) return;
    this.#set({ kind: 'elsewhere', savedAt: message.savedAt });
  };

  /** The connection is back: a save that failed for want of it is made now. */
  readonly #onOnline = (): void => {
    const status = this.#status;
    if (status.kind === 'failed' && !status.reading) void this.save();
  };

  /**
   * The session-timeout warning opened: save now, and tell it whether the answers are kept (a draft
   * still on offer is kept as it is).
   */
  readonly #onSessionEnding = (event: BfSessionSaveEvent): void => {
    if (!this.enabled || !this.#form) return;
    if (this.#status.kind === 'offer') return event.waitUntil(Promise.resolve(true));
    event.waitUntil(this.save().then(() => this.#status.kind === 'saved'));
  };

  /** "Log af": a draft in the browser goes with the session. */
  readonly #onLogout = (): void => {
    if (this.#host.draftStore?.inBrowser) void this.clear();
  };
}
