import type { DraftState } from './draft.js';

/**
 * A control's saved state (what the browser keeps for it across back/forward: text, a `File`, or
 * `FormData`) as a draft keeps it: `FormData` becomes its entries, which IndexedDB and JSON can hold.
 */
export function draftStateOf(state: string | File | FormData | null): DraftState | null {
  if (state === null) return null;
  if (typeof state === 'string' || state instanceof File) return state;
  return { entries: [...state] };
}

/** A draft's state as the control's `formStateRestoreCallback` takes it. */
export function formStateOf(state: DraftState): string | File | FormData {
  if (typeof state === 'string' || state instanceof File) return state;
  const data = new FormData();
  for (const [name, value] of state.entries) data.append(name, value);
  return data;
}
