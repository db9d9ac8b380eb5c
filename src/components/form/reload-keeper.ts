import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type Clock } from '../../base/clock.js';
import type { DraftState } from '../../drafts/draft.js';
import {
  currentStepIndex,
  exitPagesOf,
  statefulControls,
  stepFlowIn,
  type StatefulControl,
} from './control-states.js';

/** Where in the history entry's state the answers are kept (one record per form on the page). */
export const KEPT_ANSWERS_STATE = 'bfAnswers';

/** The pause in typing after which the history entry is brought up to date (milliseconds). */
export const RELOAD_KEEP_DELAY = 400;

/** What the keeper needs of its host (`bf-form`). */
export interface ReloadHost extends ReactiveControllerHost, HTMLElement {
  readonly form: HTMLFormElement | null;
  readonly clock?: Clock;
}

function stateRecord(): Record<string, unknown> {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? { ...(state as Record<string, unknown>) } : {};
}

function holdsFile(state: DraftState): boolean {
  if (typeof state === 'string') return false;
  return state instanceof File || state.entries.some(([, value]) => value instanceof File);
}

/**
 * What a control keeps in the history entry: its state for a place in the browser (never the CPR
 * number, a password or a `sensitive` control, which keep whatever the page gave them), '' when it is
 * empty (so a value the browser put in the wrong field on reload is undone), and nothing for chosen
 * files (a browser never keeps those for a page).
 */
function keptState(control: StatefulControl): DraftState | null {
  const state = control.draftState(true);
  if (state !== null) return holdsFile(state) ? null : state;
  const whole = control.draftState(false);
  return whole === null || whole === '' ? '' : null;
}

/** The forms of this document whose kept answers have been put back (once each, on the load). */
const restoredForms = new Set<string>();

/**
 * Whether the document was loaded again (a reload, or back or forward to it): only then are kept
 * answers put back, never into a form a page creates later (a new application in the same tab).
 */
function loadedAgain(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/**
 * A reload mid-flow keeps every answer and the step, with or without a draft store (REQUIREMENTS
 * §3.6): `bf-form` writes its answers into the state of the page's history entry (the browser keeps
 * that for the tab, as it keeps form values) after a pause in typing, at each step change, when the
 * page is hidden or left; on load it puts them back and returns the wizard to its step. The browser's
 * own restore of custom elements differs between browsers (and between reload and back), so the form
 * does its own. What is kept is what a browser-side draft may hold: never the CPR number, passwords,
 * `sensitive` controls or files. The record goes when the form is reset, sent with a handler, or on
 * "Log af" (`bf-logout`).
 */
export class ReloadKeeper implements ReactiveController {
  readonly #host: ReloadHost;
  #form: HTMLFormElement | null = null;
  #timer: unknown = null;
  #restored: Promise<boolean> = Promise.resolve(false);
  /** After "Log af" nothing more is kept (the page is on its way to the logged-out page). */
  #loggedOut = false;

  constructor(host: ReloadHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Settles once answers kept in the history entry are back in the form; true when there were any. */
  get restored(): Promise<boolean> {
    return this.#restored;
  }

  hostConnected(): void {
    // Chromium drops a history write made while the page hides; the question before unloading is in time.
    window.addEventListener('beforeunload', this.keep);
    window.addEventListener('pagehide', this.keep);
    window.addEventListener('popstate', this.#onPopState);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    document.addEventListener('bf-logout', this.#onLogout);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.keep);
    window.removeEventListener('pagehide', this.keep);
    window.removeEventListener('popstate', this.#onPopState);
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    document.removeEventListener('bf-logout', this.#onLogout);
    this.#unlisten();
    this.#form = null;
    this.#cancelTimer();
  }

  /** Takes on the form once it is there: puts back what the entry kept, then keeps it up to date. */
  hostUpdated(): void {
    const form = this.#host.form;
    if (form === this.#form) return;
    this.#unlisten();
    this.#form = form;
    if (!form) return;
    const key = this.#key();
    const kept = loadedAgain() && !restoredForms.has(key) ? this.#record()[key] : undefined;
    restoredForms.add(key);
    form.addEventListener('input', this.#later);
    form.addEventListener('change', this.#later);
    form.addEventListener('bf-step-change', this.keep);
    form.addEventListener('submit', this.keep);
    form.addEventListener('reset', this.forget);
    // What puts answers back is loaded only when there are some (after a reload, or back or forward).
    this.#restored =
      kept === undefined
        ? Promise.resolve(false)
        : import('./reload-restore.js').then(({ restoreKept }) =>
            restoreKept(form, kept, () => form === this.#form),
          );
  }

  /** Writes the answers into the history entry now. */
  readonly keep = (): void => {
    this.#cancelTimer();
    const form = this.#form;
    if (!form || this.#loggedOut) return;
    const values: Record<string, DraftState> = {};
    for (const control of statefulControls(form)) {
      const state = control.name ? keptState(control) : null;
      if (state !== null) values[control.name] = state;
    }
    const flow = stepFlowIn(form);
    const exit = flow?.currentExit ? exitPagesOf(flow).indexOf(flow.currentExit) : -1;
    const kept = { step: currentStepIndex(form), values, ...(exit >= 0 ? { exit } : {}) };
    this.#write({ ...this.#record(), [this.#key()]: kept });
  };

  /** Removes the answers from the history entry (after a reset, or once the form is sent). */
  readonly forget = (): void => {
    this.#cancelTimer();
    const record = this.#record();
    if (!(this.#key() in record)) return;
    delete record[this.#key()];
    this.#write(record);
  };

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The form's name in the entry's record: its id, or its place among the page's forms. */
  #key(): string {
    const form = this.#form;
    if (!form) return '';
    return form.id || `form-${[...document.forms].indexOf(form)}`;
  }

  #record(): Record<string, unknown> {
    const record = stateRecord()[KEPT_ANSWERS_STATE];
    return typeof record === 'object' && record !== null ? { ...(record as Record<string, unknown>) } : {};
  }

  #write(record: Record<string, unknown>): void {
    try {
      window.history.replaceState({ ...stateRecord(), [KEPT_ANSWERS_STATE]: record }, '');
    } catch {
      // Too large, or too many writes for the browser: the next pause or step change tries again.
    }
  }

  #unlisten(): void {
    this.#form?.removeEventListener('input', this.#later);
    this.#form?.removeEventListener('change', this.#later);
    this.#form?.removeEventListener('bf-step-change', this.keep);
    this.#form?.removeEventListener('submit', this.keep);
    this.#form?.removeEventListener('reset', this.forget);
  }

  #cancelTimer(): void {
    if (this.#timer !== null) (this.#host.clock ?? systemClock).clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(delay: number): void {
    this.#cancelTimer();
    this.#timer = (this.#host.clock ?? systemClock).setTimeout(this.keep, delay);
  }

  readonly #later = (): void => {
    this.#schedule(RELOAD_KEEP_DELAY);
  };

  /** Back or forward within the page: the entry arrived at gets the answers as they are now (after the wizard moved). */
  readonly #onPopState = (): void => {
    if (this.#form) this.#schedule(0);
  };

  readonly #onLogout = (): void => {
    this.forget();
    this.#loggedOut = true;
  };

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.keep();
  };
}
