/**
 * Time as the components read it: timers to wait for a pause (the textarea's count announcement)
 * and today's date on the device's calendar (date and CPR checks). Tests inject a fake `Clock` and
 * advance it, or pass a fixed `now`, so no test waits in real time or depends on the day it runs.
 */

/**
 * Timers, shaped like the global `setTimeout` / `clearTimeout` (the handle is opaque, so a fake
 * clock may use any handle it likes).
 */
export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The page's own timers. */
export const systemClock: Clock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The day `now` falls on in the device's calendar (local year, month, day), as `YYYY-MM-DD`. */
export function localTodayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
