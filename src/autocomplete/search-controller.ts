import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type Clock } from '../base/clock.js';

/** What a `SearchController` needs to know. */
export interface SearchOptions {
  /** The timers (the host's injectable `clock`, a `FakeClock` in tests); read at each use. */
  clock?(): Clock;
  /** The pause in typing before `schedule` runs its search, in ms. */
  readonly delay?: number;
  /** How long a request may take before it is aborted and `onFail` runs, in ms; none when absent. */
  readonly timeout?: number;
  /** The service failed, or gave no answer within `timeout` (fall back, e.g. to manual fields). */
  onFail?(): void;
}

/** The rejection of an aborted call: an `AbortError` from `fetch`, or a service's own error of that name. */
function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * Requests to a service as the citizen types, for any autocomplete: the search waits for a pause in
 * typing (`schedule`), a new request aborts the one before (`run`), a request that fails or takes
 * longer than `timeout` is aborted and reported (`onFail`), and only the answer to the latest request
 * counts. Timers go through the host's injectable clock, so tests advance a `FakeClock` instead of
 * waiting.
 *
 * @example
 * ```ts
 * readonly #search = new SearchController(this, { clock: () => this.clock, delay: 250, timeout: 5000,
 *   onFail: () => this.#fallBack() });
 * #onInput() {
 *   this.#search.schedule(async () => {
 *     const found = await this.#search.run((signal) => provider.suggest(text, signal));
 *     if (found) this.#show(found);
 *   });
 * }
 * ```
 */
export class SearchController implements ReactiveController {
  readonly #options: SearchOptions;
  #pauseTimer: unknown = undefined;
  #timeoutTimer: unknown = undefined;
  #request: AbortController | undefined;
  #requestId = 0;

  constructor(host: ReactiveControllerHost, options: SearchOptions = {}) {
    this.#options = options;
    host.addController(this);
  }

  /** Nothing outlives the element: the pending search and the request in flight are dropped. */
  hostDisconnected(): void {
    this.cancel();
  }

  /** Runs `search` after a pause in typing (`delay`); drops the pending search and any request in flight. */
  schedule(search: () => void): void {
    this.cancel();
    this.#pauseTimer = this.#clock.setTimeout(() => {
      this.#pauseTimer = undefined;
      search();
    }, this.#options.delay ?? 0);
  }

  /**
   * Makes a request: the one before is aborted, and the service gets `timeout` to answer. Resolves to
   * the answer; to `undefined` when the service failed (after `onFail`), or when a newer request,
   * `cancel()` or the time limit came first, or `wanted()` (checked when the answer arrives) says the
   * citizen has moved on.
   */
  async run<T>(request: (signal: AbortSignal) => Promise<T>, wanted?: () => boolean): Promise<T | undefined> {
    const { id, signal } = this.#start();
    let value: T;
    try {
      value = await request(signal);
    } catch (error) {
      if (id !== this.#requestId || signal.aborted) return undefined;
      this.#finish();
      if (!isAbortError(error)) this.#options.onFail?.();
      return undefined;
    }
    if (id !== this.#requestId || signal.aborted || wanted?.() === false) return undefined;
    this.#finish();
    return value;
  }

  /** Drops the pending search and any request in flight (its answer will be ignored). */
  cancel(): void {
    if (this.#pauseTimer !== undefined) {
      this.#clock.clearTimeout(this.#pauseTimer);
      this.#pauseTimer = undefined;
    }
    this.#request?.abort();
    this.#request = undefined;
    this.#clearTimeout();
    this.#requestId++;
  }

  get #clock(): Clock {
    return this.#options.clock?.() ?? systemClock;
  }

  #start(): { id: number; signal: AbortSignal } {
    this.#request?.abort();
    this.#clearTimeout();
    const controller = new AbortController();
    const id = ++this.#requestId;
    this.#request = controller;
    const timeout = this.#options.timeout;
    if (timeout !== undefined) {
      this.#timeoutTimer = this.#clock.setTimeout(() => {
        this.#timeoutTimer = undefined;
        if (id !== this.#requestId) return;
        controller.abort();
        this.#request = undefined;
        this.#options.onFail?.();
      }, timeout);
    }
    return { id, signal: controller.signal };
  }

  #finish(): void {
    this.#clearTimeout();
    this.#request = undefined;
  }

  #clearTimeout(): void {
    if (this.#timeoutTimer === undefined) return;
    this.#clock.clearTimeout(this.#timeoutTimer);
    this.#timeoutTimer = undefined;
  }
}
