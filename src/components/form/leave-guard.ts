import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the guard needs of `bf-form`. */
export interface LeaveGuardHost extends ReactiveControllerHost, HTMLElement {
  readonly form: HTMLFormElement | null;
  /** Whether a draft store keeps the answers, and whether anything is not saved yet. */
  readonly drafts: { readonly enabled: boolean; readonly hasUnsavedChanges: boolean };
  /** The host asks never to be warned (its own server keeps every answer, or it warns itself). */
  readonly noLeaveWarning?: boolean;
}

/**
 * Asks before the citizen leaves a form with answers that would be lost (REQUIREMENTS §3.6, issue 13):
 * the browser's own "Leave site?" (`beforeunload`) after a change, when no draft store keeps the
 * answers, or when the store has not saved the latest ones yet. Never after sending, after a reset, or
 * when everything is saved. A script that sends with `form.submit()` skips the submit event and is
 * asked about like any other navigation: send with `form.requestSubmit()`. A host whose own server
 * keeps every answer turns it off with `no-leave-warning`.
 */
export class LeaveGuard implements ReactiveController {
  readonly #host: LeaveGuardHost;
  #form: HTMLFormElement | null = null;
  #changed = false;

  constructor(host: LeaveGuardHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether leaving now would lose answers. */
  get wouldLoseAnswers(): boolean {
    if (!this.#changed || this.#host.noLeaveWarning) return false;
    const drafts = this.#host.drafts;
    return drafts.enabled ? drafts.hasUnsavedChanges : true;
  }

  /** The answers went to the server (or the form was emptied): nothing to lose. */
  settle(): void {
    this.#changed = false;
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.#onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    this.#watch(null);
  }

  hostUpdated(): void {
    if (this.#host.form !== this.#form) this.#watch(this.#host.form);
  }

  #watch(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('input', this.#onChange);
    this.#form?.removeEventListener('reset', this.#onReset);
    this.#form = form;
    // `input` only: every field fires it for a new answer; a `change` that follows sending (a field
    // committing what it already had) is no new answer.
    form?.addEventListener('input', this.#onChange);
    form?.addEventListener('reset', this.#onReset);
  }

  readonly #onChange = (): void => {
    this.#changed = true;
  };

  readonly #onReset = (): void => {
    this.#changed = false;
  };

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.wouldLoseAnswers) return;
    event.preventDefault();
    event.returnValue = ''; // older browsers ask only when returnValue is set
  };
}
