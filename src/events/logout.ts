/**
 * `bf-logout`: the citizen chose "Log af" in `bf-header`. The host ends the session (NemLog-in) and
 * goes to its logged-out page; the library has no login code. Bubbles and is composed.
 */
export class BfLogoutEvent extends Event {
  static readonly eventName = 'bf-logout';

  constructor() {
    super(BfLogoutEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bf-logout': BfLogoutEvent;
  }
  /** It bubbles and is composed, so a host can listen on the document. */
  interface DocumentEventMap {
    'bf-logout': BfLogoutEvent;
  }
}
