import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element a `MultiPartController` serves: a control whose `value` is made of several inputs. */
export type MultiPartHost = ReactiveControllerHost & HTMLElement & { value: string };

/** What a `MultiPartController` needs to know of its field. */
export interface MultiPartOptions<P extends object> {
  /** The parts of an empty field. */
  readonly empty: P;
  /** The value the parts make: what `value` becomes when the citizen edits a part. */
  valueOf(parts: P): string;
  /**
   * The parts a value set from outside (the `value` attribute or property, `form.reset()`) writes.
   * A field with state besides the parts (the address field's search text) updates it here too.
   */
  partsOf(value: string): P;
  /** Sets the value as the citizen's edit: the host's `commitValue` (validity follows at once). */
  commit(value: string): void;
  /** Fires the host's `change`: its `redispatchChange` (where a server `error` gives way to the field's own rules). */
  change(): void;
  /** Whether focus moving to `target` stays in the group; default: anywhere in the host's shadow root. */
  contains?(target: EventTarget | null): boolean;
}

/**
 * A value made of several native inputs (a date's dag / måned / år, a bank account's reg.nr and
 * kontonr, the address field's manual fields): it keeps the parts, derives `value` from them, and
 * tells the citizen's edits apart from values set from outside.
 *
 * - **The citizen's edits** (`input`, `enter`, `commit`) set `value` through the host's
 *   `commitValue`: validity follows at once. Every change by the citizen passes `commit`, the one
 *   place where "the citizen changed this value" is known; a server `error` stands until `change`.
 *   The native `input` event of the part crosses the shadow root on its own: one `input` per edit.
 * - **`change`** fires once, when focus leaves the group after a change, never while the citizen
 *   moves between the parts (bind `onChange`, `onFocusIn` and `onFocusOut` on the parts, or on an
 *   element around them).
 * - **A value set from outside** (attribute, property, `form.reset()`) writes the parts through
 *   `partsOf`, without events; the host forwards its `requestUpdate` (`hostRequestUpdate`), which
 *   runs before the base re-validates, so validity sees the new parts. The element's own writes
 *   (`setValueQuietly`, `restore`) are not taken for a value from outside.
 *
 * @example A bank account field (reg.nr + kontonr) in a few lines:
 * ```ts
 * interface Account { reg: string; account: string }
 * class BfBankAccount extends BfFormControl {
 *   private readonly entry = new MultiPartController<Account>(this, {
 *     empty: { reg: '', account: '' },
 *     valueOf: (p) => (p.reg && p.account ? `${p.reg}-${p.account}` : ''), // never half an account
 *     partsOf: (value) => { const [reg = '', account = ''] = value.split('-'); return { reg, account }; },
 *     commit: (value) => this.commitValue(value),
 *     change: () => this.redispatchChange(),
 *   });
 *   override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: object): void {
 *     this.entry?.hostRequestUpdate(name); // undefined while the base constructs
 *     super.requestUpdate(name, oldValue, options);
 *   }
 *   protected override renderControl() {
 *     const part = (key: keyof Account) => html`<input id=${key} .value=${live(this.entry.parts[key])}
 *       @input=${(e: Event) => this.entry.input(key, (e.target as HTMLInputElement).value)}
 *       @change=${this.entry.onChange} @focusin=${this.entry.onFocusIn} @focusout=${this.entry.onFocusOut}>`;
 *     return html`${part('reg')}${part('account')}`;
 *   }
 * }
 * ```
 */
export class MultiPartController<P extends object> implements ReactiveController {
  readonly #host: MultiPartHost;
  readonly #options: MultiPartOptions<P>;
  #parts: P;
  /** Set while the element itself writes `value`, so it is not taken for a value from outside. */
  #committing = false;
  /** The citizen changed something since the last `change`. */
  #changePending = false;
  /** Focus is outside the group (for a browser that fires the native `change` after `focusout`). */
  #focusOutside = true;

  constructor(host: MultiPartHost, options: MultiPartOptions<P>) {
    this.#host = host;
    this.#options = options;
    this.#parts = options.empty;
    host.addController(this);
  }

  /** A field removed while focused gets no `focusout`: focus is outside when it comes back. */
  hostDisconnected(): void {
    this.#focusOutside = true;
  }

  /** The parts as the citizen typed them (or as a value from outside wrote them). */
  get parts(): P {
    return this.#parts;
  }

  /** Writes the parts without touching `value` (the host derives or commits it next). */
  set parts(parts: P) {
    this.#parts = parts;
    this.#host.requestUpdate();
  }

  /** The citizen typed `text` into `part`: the parts, the value, and a pending `change`. */
  input<K extends keyof P>(part: K, text: P[K]): void {
    this.enter({ ...this.#parts, [part]: text });
  }

  /** The citizen's entry of several parts at once (a pasted date spread over its parts). */
  enter(parts: P): void {
    this.#parts = parts;
    this.#host.requestUpdate();
    this.commit();
    this.#changePending = true;
  }

  /**
   * Sets `value` from the parts as the citizen's change (the host's `commitValue`): the one place
   * every change by the citizen passes.
   */
  commit(): void {
    this.#write(() => this.#options.commit(this.#options.valueOf(this.#parts)));
  }

  /** The element's own write of the parts and value (back/forward restore): no events, a server error stays. */
  restore(parts: P, value: string = this.#options.valueOf(parts)): void {
    this.parts = parts;
    this.setValueQuietly(value);
  }

  /** Sets `value` without events and without rewriting the parts from it. */
  setValueQuietly(value: string): void {
    this.#write(() => {
      this.#host.value = value;
    });
  }

  /**
   * Call first in the host's `requestUpdate` override: a value set from outside writes the parts,
   * before the base re-validates.
   */
  hostRequestUpdate(name: PropertyKey | undefined): void {
    if (name !== 'value' || this.#committing) return;
    this.#parts = this.#options.partsOf(this.#host.value ?? '');
    this.#host.requestUpdate();
  }

  /** The citizen changed the value: `change` fires when focus leaves the group. */
  markChanged(): void {
    this.#changePending = true;
  }

  /** Fires `change` now (a choice that completes the entry, such as an address from the list). */
  dispatchChange(): void {
    this.#changePending = false;
    this.#options.change();
  }

  /** `form.reset()`: no pending `change`. */
  reset(): void {
    this.#changePending = false;
  }

  /** A part's native `change` (it fires before the part's `focusout` in Chromium and Firefox). */
  readonly onChange = (): void => {
    this.#changePending = true;
    if (this.#focusOutside) this.#dispatchPending();
  };

  readonly onFocusIn = (): void => {
    this.#focusOutside = false;
  };

  /** Focus leaving the group sends one `change` for everything changed meanwhile. */
  readonly onFocusOut = (event: FocusEvent): void => {
    if (this.#contains(event.relatedTarget)) return;
    this.#focusOutside = true;
    this.#dispatchPending();
  };

  #contains(target: EventTarget | null): boolean {
    if (this.#options.contains) return this.#options.contains(target);
    return target instanceof Node && (this.#host.shadowRoot?.contains(target) ?? false);
  }

  #dispatchPending(): void {
    if (this.#changePending) this.dispatchChange();
  }

  #write(write: () => void): void {
    this.#committing = true;
    try {
      write();
    } finally {
      this.#committing = false;
    }
  }
}
