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

declare global {
  interface HTMLElementEventMap {
    'bf-session-extend': BfSessionExtendEvent;
    'bf-session-expired': BfSessionExpiredEvent;
  }
  /** They bubble and are composed, so a host can listen on the document. */
  interface DocumentEventMap {
    'bf-session-extend': BfSessionExtendEvent;
    'bf-session-expired': BfSessionExpiredEvent;
  }
}
