/**
 * The session timeout's arithmetic, without DOM: when the warning opens, what is left, and when the
 * time left is announced (REQUIREMENTS §3.2). Times are milliseconds since the epoch.
 */

/** The warning's lead time when none is given (seconds). */
export const DEFAULT_WARN_BEFORE = 120;
/** The least lead time (seconds): WCAG 2.2.1 asks for at least 20 seconds to react. */
export const MIN_WARN_BEFORE = 20;

/** The lead time in seconds: the default for none or nonsense, never below 20. */
export function warnBeforeSeconds(given: number | null | undefined): number {
  if (given === null || given === undefined || !Number.isFinite(given)) return DEFAULT_WARN_BEFORE;
  return Math.max(MIN_WARN_BEFORE, given);
}

/** An expiry as written in `expires-at` (ISO 8601, or milliseconds since the epoch) in ms; null for none. */
export function parseExpiry(text: string | null | undefined): number | null {
  if (!text) return null;
  const trimmed = text.trim();
  const moment = /^\d+$/u.test(trimmed) ? Number(trimmed) : Date.parse(trimmed);
  return Number.isFinite(moment) ? moment : null;
}

/** Whole seconds left until `expiry` at `now` (0 once it has passed). */
export function secondsLeft(expiry: number, now: number): number {
  return Math.max(0, Math.ceil((expiry - now) / 1000));
}

/** Minutes and seconds of a time left, for the texts ("1 minut og 5 sekunder"). */
export function minutesAndSeconds(seconds: number): { minutes: number; seconds: number } {
  return { minutes: Math.floor(seconds / 60), seconds: seconds % 60 };
}

/**
 * Whether to announce the time left now: when the warning opens, then at most once a minute (at each
 * whole minute), and once more at 20 seconds. `last` is the time left at the last announcement
 * (`null`: none yet).
 */
export function shouldAnnounce(left: number, last: number | null): boolean {
  if (last === null) return true;
  if (left === MIN_WARN_BEFORE && last > MIN_WARN_BEFORE) return true;
  return left > 0 && left % 60 === 0 && last - left >= 60;
}
