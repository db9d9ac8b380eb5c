import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One page, one title: the prefix is owned by whichever summary set it first. */
let owner: object | null = null;
let original = '';

/**
 * Puts "Fejl: " before `document.title` while `active()` holds (REQUIREMENTS §1.4), and gives the
 * page its own title back when it no longer does or the host leaves the page.
 */
export class ErrorTitleController implements ReactiveController {
  readonly #active: () => boolean;
  readonly #format: (title: string) => string;
  /** This controller's claim on the title. */
  readonly #claim = {};

  constructor(host: ReactiveControllerHost, active: () => boolean, format: (title: string) => string) {
    this.#active = active;
    this.#format = format;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#active()) this.#set();
    else this.#restore();
  }

  hostDisconnected(): void {
    this.#restore();
  }

  #set(): void {
    if (owner && owner !== this.#claim) return;
    if (!owner) original = document.title;
    owner = this.#claim;
    const title = this.#format(original);
    if (document.title !== title) document.title = title;
  }

  #restore(): void {
    if (owner !== this.#claim) return;
    owner = null;
    document.title = original;
  }
}
