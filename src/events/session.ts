/**
 * `bf-session-extend`: the citizen chose "Forbliv logget på" in `bf-session-timeout`. The host calls
 * its keep-alive endpoint and sets the new `expires-at` (or gives the element an `extend` function,
 * which it then calls itself). Bubbles and is composed.
 */
export class BfSessionExtendEvent extends Event {
  static readonly eventName = 'bf-session-extend';

  constructor() {
    super(BfSessionExtendEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * `bf-session-expired`: the session's time ran out. Unless a listener cancels it, the element goes to
 * its `logged-out-href`. Bubbles and is composed.
 */
export class BfSessionExpiredEvent extends Event {
  static readonly eventName = 'bf-session-expired';

  constructor() {
    super(BfSessionExpiredEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * `bf-session-save`: the session-timeout warning opened. A form with a draft store (`bf-form` with a
 * `draft-key`) saves its answers now and tells through `waitUntil` whether it did; the warning then
 * says the answers are saved (or not). Fired on `bf-session-timeout`; bubbles and is composed, and
 * `bf-form` listens for it on the document.
 */
export class BfSessionSaveEvent extends Event {
  static readonly eventName = 'bf-session-save';
  readonly #saves: Promise<boolean>[] = [];

  constructor() {
    super(BfSessionSaveEvent.eventName, { bubbles: true, composed: true });
  }

  /** A listener saves: `saved` resolves to whether its answers are kept now. */
  waitUntil(saved: Promise<boolean>): void {
    this.#saves.push(saved.catch(() => false));
  }

  /** Whether every form that answered has kept its answers (false when none answered). */
  async everySaved(): Promise<boolean> {
    if (this.#saves.length === 0) return false;
    return (await Promise.all(this.#saves)).every(Boolean);
  }
}

declare global {
  interface HTMLElementEventMap {
    'bf-session-extend': BfSessionExtendEvent;
    'bf-session-expired': BfSessionExpiredEvent;
    'bf-session-save': BfSessionSaveEvent;
  }
  /** They bubble and are composed, so a host can listen on the document. */
  interface DocumentEventMap {
    'bf-session-extend': BfSessionExtendEvent;
    'bf-session-expired': BfSessionExpiredEvent;
    'bf-session-save': BfSessionSaveEvent;
  }
}
