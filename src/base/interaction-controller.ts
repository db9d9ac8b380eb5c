import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The interaction policy: when a control may show its error. Errors stay hidden while the citizen
 * fills in a field for the first time; they appear after a submit attempt (the `invalid` event, which
 * `form.requestSubmit()`, `checkValidity()` and `reportValidity()` fire) or after the citizen changed
 * the field and left it (`change`). From then on they follow the value live, so a message disappears
 * the moment the field is fixed (GOV.UK, DKFDS).
 */
export class InteractionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #revealed = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // The controller is the listener itself (`handleEvent`): no function bound per element.
    this.#host.addEventListener('invalid', this);
    this.#host.addEventListener('change', this);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('invalid', this);
    this.#host.removeEventListener('change', this);
  }

  /** The host's `invalid` and `change` (the controller listens as an `EventListenerObject`). */
  handleEvent(): void {
    this.#reveal();
  }

  /** Whether errors may be shown. */
  get revealed(): boolean {
    return this.#revealed;
  }

  /** Shows errors from now on (e.g. a flow's "Næste" button validated the step). */
  reveal(): void {
    this.#reveal();
  }

  /** Back to the untouched state (form reset). */
  reset(): void {
    if (!this.#revealed) return;
    this.#revealed = false;
    this.#host.requestUpdate();
  }

  #reveal(): void {
    if (this.#revealed) return;
    this.#revealed = true;
    this.#host.requestUpdate();
  }
}
