import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One page, one title: the prefix is owned by whichever summary set it first. */
let owner: object | null = null;
let original = '';

/**
 * Puts "Fejl: " before `document.title` while `active()` holds (REQUIREMENTS §1.4), and gives the
 * page its own title back when it no longer does or the host leaves the page. A page a server sent
 * back with its errors may carry the prefix in its `<title>` already (it must, for a browser without
 * the script): that title is the page's own title with the prefix, so the prefix is never doubled and
 * goes once the problems are fixed.
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
    if (!owner) original = this.#withoutPrefix(document.title);
    owner = this.#claim;
    const title = this.#format(original);
    if (document.title !== title) document.title = title;
  }

  /** `title` without the prefix (or whatever `format` adds around a title), when it has it. */
  #withoutPrefix(title: string): string {
    const [before = '', after = ''] = this.#format('\u0000').split('\u0000');
    const hasIt =
      before + after !== '' &&
      title.length >= before.length + after.length &&
      title.startsWith(before) &&
      title.endsWith(after);
    return hasIt ? title.slice(before.length, title.length - after.length) : title;
  }

  #restore(): void {
    if (owner !== this.#claim) return;
    owner = null;
    document.title = original;
  }
}
