/**
 * A draft: what a citizen has entered so far, kept by a `DraftStore` so they can come back to it
 * (REQUIREMENTS §3.6). Versioned data, without DOM: each control's saved state by its name (what the
 * browser itself keeps across back/forward for that control), the step the citizen was on, when it was
 * saved, and the schema version. A draft written by an older form loads what still fits.
 */

/** The version of the draft format this library writes. */
export const DRAFT_SCHEMA = 1;

/** A control's saved state: its text, a `File`, or the entries of several values (a checkbox group, files). */
export type DraftState = string | File | { readonly entries: readonly (readonly [string, string | File])[] };

/** What a store keeps. */
export interface Draft {
  readonly schema: number;
  /** When it was saved, milliseconds since the epoch. */
  readonly savedAt: number;
  /** The index of the wizard step the citizen was on (0 without a wizard). */
  readonly step: number;
  /** Each control's state by its `name`. */
  readonly values: Readonly<Record<string, DraftState>>;
}

function isEntry(value: unknown): value is readonly [string, string | File] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    (typeof value[1] === 'string' || (typeof File !== 'undefined' && value[1] instanceof File))
  );
}

/** Whether a stored value is a control state this library can hand back. */
export function isDraftState(value: unknown): value is DraftState {
  if (typeof value === 'string') return true;
  if (typeof File !== 'undefined' && value instanceof File) return true;
  if (typeof value !== 'object' || value === null) return false;
  const entries = (value as { entries?: unknown }).entries;
  return Array.isArray(entries) && entries.every(isEntry);
}

/**
 * A draft from whatever a store gave back, or null when it is none of ours (another format, a newer
 * schema than this library reads, or junk). Values that are not control states are dropped; the rest
 * loads.
 */
export function readDraft(stored: unknown): Draft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const candidate = stored as Partial<Record<keyof Draft, unknown>>;
  if (typeof candidate.schema !== 'number' || candidate.schema > DRAFT_SCHEMA) return null;
  if (typeof candidate.savedAt !== 'number' || !Number.isFinite(candidate.savedAt)) return null;
  const values: Record<string, DraftState> = {};
  if (typeof candidate.values === 'object' && candidate.values !== null) {
    for (const [name, value] of Object.entries(candidate.values))
      if (isDraftState(value)) values[name] = value;
  }
  const step =
    typeof candidate.step === 'number' && Number.isInteger(candidate.step) && candidate.step >= 0
      ? candidate.step
      : 0;
  return { schema: candidate.schema, savedAt: candidate.savedAt, step, values };
}

/** What of a draft fits the form as it is now: the states of the names the form still has. */
export function fittingValues(draft: Draft, names: ReadonlySet<string>): Record<string, DraftState> {
  const fitting: Record<string, DraftState> = {};
  for (const [name, state] of Object.entries(draft.values)) if (names.has(name)) fitting[name] = state;
  return fitting;
}

/** Whether a draft saved at `savedAt` is past its lifetime at `now`. */
export function isExpired(savedAt: number, now: number, lifetimeMs: number): boolean {
  return now - savedAt > lifetimeMs;
}
