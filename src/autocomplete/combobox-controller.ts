import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a `ComboboxController` asks of its element. */
export interface ComboboxOptions {
  /** The citizen chose the option at `index` (Enter on the active option, or a click). */
  choose(index: number): void;
  /** Enter while the list is closed: usually the host's `submitOnEnter` (implicit submission). */
  enterClosed?(event: KeyboardEvent): void;
  /** Escape while the list is closed (e.g. empty the box); call `preventDefault` when it acts. */
  escapeClosed?(event: KeyboardEvent): void;
}

/**
 * The WAI-ARIA APG combobox with a listbox popup, for any autocomplete: focus stays in the text box
 * and `aria-activedescendant` names the active option. It keeps the options, whether the list is
 * open, and the active option; the host renders the box and the list from them (the box's
 * `aria-expanded`, `aria-activedescendant` = `activeDescendant`; each option's `id` = `optionId(i)`
 * and `aria-selected` = `isActive(i)`) and calls `onKeyDown` from the box's `keydown` and binds
 * `onListboxMouseDown` on the list.
 *
 * Keys (the APG's, on an editable combobox with list autocomplete): ↓ opens the list on the first
 * option (Alt+↓: open, no option active) and moves down, wrapping; ↑ opens on the last and moves up,
 * wrapping; Enter chooses the active option (or, with none, closes the list; with the list closed it
 * is the host's `enterClosed`); Escape closes the list (with it closed: the host's `escapeClosed`);
 * Tab closes it and leaves; ←, →, Home and End move the caret in the box, so no option stays active.
 *
 * @example
 * ```ts
 * readonly #combo = new ComboboxController(this, { choose: (i) => this.#choose(i) });
 * // typing: this.#combo.setOptions(found, found.length > 0 && focused)
 * html`<input role="combobox" aria-expanded=${this.#combo.expanded ? 'true' : 'false'}
 *   aria-controls="listbox" aria-activedescendant=${this.#combo.activeDescendant ?? nothing}
 *   @keydown=${(e: KeyboardEvent) => this.#combo.onKeyDown(e)} @focusout=${() => this.#combo.close()}>
 * <ul id="listbox" role="listbox" ?hidden=${!this.#combo.expanded} @mousedown=${this.#combo.onListboxMouseDown}>
 *   ${this.#combo.options.map((o, i) => html`<li id=${this.#combo.optionId(i)} role="option"
 *     aria-selected=${this.#combo.isActive(i) ? 'true' : 'false'} @click=${() => this.#choose(i)}>${o.text}</li>`)}
 * </ul>`;
 * ```
 */
export class ComboboxController<T = unknown> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ComboboxOptions;
  #items: readonly T[] = [];
  #expanded = false;
  #activeIndex = -1;
  /** The active option shown after the last update, so only a move scrolls it into view. */
  #shown: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ComboboxOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The options in the list. */
  get options(): readonly T[] {
    return this.#items;
  }

  /** Whether the list is shown. */
  get expanded(): boolean {
    return this.#expanded;
  }

  /** The box's `aria-activedescendant`: the active option's id while the list is open, else `undefined`. */
  get activeDescendant(): string | undefined {
    return this.#expanded && this.#activeIndex >= 0 ? this.optionId(this.#activeIndex) : undefined;
  }

  /** The id of the option at `index` (`option-0`, `option-1` …; local to the shadow root). */
  optionId(index: number): string {
    return `option-${index}`;
  }

  /** Whether the option at `index` is the active one (its `aria-selected`). */
  isActive(index: number): boolean {
    return index === this.#activeIndex;
  }

  /** New options (an answer to the latest text): none active; the list opens when `open` and there are options. */
  setOptions(options: readonly T[], open: boolean): void {
    this.#items = options;
    this.#expanded = open && options.length > 0;
    this.#activeIndex = -1;
    this.#host.requestUpdate();
  }

  /** Closes the list; no option stays active. */
  close(): void {
    this.#set(false, -1);
  }

  /** Closes the list and empties it. */
  clear(): void {
    this.setOptions([], false);
  }

  /** Keeps the option marked but forgets it is active (the text in the box changed). */
  deactivate(): void {
    this.#set(this.#expanded, -1);
  }

  /** The keys of the APG combobox (see the class description): call from the text box's `keydown`. */
  onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const count = this.#items.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'Down':
        if (count === 0) return;
        event.preventDefault();
        if (!this.#expanded) this.#set(true, event.altKey ? -1 : 0);
        else if (!event.altKey) this.#set(true, (this.#activeIndex + 1) % count);
        return;
      case 'ArrowUp':
      case 'Up':
        if (count === 0) return;
        event.preventDefault();
        if (!this.#expanded) this.#set(true, count - 1);
        else this.#set(true, this.#activeIndex <= 0 ? count - 1 : this.#activeIndex - 1);
        return;
      case 'Enter':
        if (this.#expanded && this.#activeIndex >= 0) {
          event.preventDefault();
          this.#options.choose(this.#activeIndex);
        } else if (this.#expanded) {
          event.preventDefault();
          this.#set(false, this.#activeIndex);
        } else {
          this.#options.enterClosed?.(event);
        }
        return;
      case 'Escape':
      case 'Esc':
        if (this.#expanded) {
          event.preventDefault();
          this.close();
        } else {
          this.#options.escapeClosed?.(event);
        }
        return;
      case 'Tab':
        this.close();
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        this.deactivate();
        return;
      default:
    }
  }

  /**
   * A press on the list must not take focus from the text box: bind on the listbox's `mousedown`
   * (it uses no `this`, so it may be bound as it is).
   */
  onListboxMouseDown(this: void, event: MouseEvent): void {
    event.preventDefault();
  }

  /** Scrolls the active option into view when it moved. */
  hostUpdated(): void {
    const active = this.activeDescendant;
    if (active !== this.#shown && active !== undefined) {
      this.#host.shadowRoot?.getElementById(active)?.scrollIntoView?.({ block: 'nearest' });
    }
    this.#shown = active;
  }

  #set(expanded: boolean, activeIndex: number): void {
    if (expanded === this.#expanded && activeIndex === this.#activeIndex) return;
    this.#expanded = expanded;
    this.#activeIndex = activeIndex;
    this.#host.requestUpdate();
  }
}
