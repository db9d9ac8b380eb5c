import type { Clock } from '../base/clock.js';

/**
 * Timers that run only when a test advances time, for the `clock` property of elements with a
 * debounce or a timeout (textarea announcements, address search): no test waits in real time.
 */
export class FakeClock implements Clock {
  /** Milliseconds since the clock was made. */
  now = 0;
  #next = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  setTimeout = (callback: () => void, ms = 0): number => {
    const id = this.#next++;
    this.#timers.set(id, { at: this.now + ms, callback });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.#timers.delete(handle as number);
  };

  /** Runs, in time order, every timer due within the next `ms` milliseconds. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }

  /** How many timers are waiting. */
  get pending(): number {
    return this.#timers.size;
  }
}
