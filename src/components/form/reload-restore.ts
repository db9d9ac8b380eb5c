import { isDraftState, type DraftState } from '../../drafts/draft.js';
import { exitPagesOf, restoreStates, stepFlowIn } from './control-states.js';
import { customElementsDefined } from './controls.js';

// What `ReloadKeeper` loads only when the history entry kept answers (after a reload, or back or
// forward): reading them and putting them back.

/** How long the form waits for its elements to be defined before it puts answers back. */
const DEFINE_WAIT = 2000;

/** What one form keeps in its history entry: the step and each control's state by name. */
interface KeptAnswers {
  readonly step: number;
  /** On an exit page: its index among the wizard's exit pages. */
  readonly exit?: number;
  readonly values: Readonly<Record<string, DraftState>>;
}

function readKept(value: unknown): KeptAnswers | null {
  if (typeof value !== 'object' || value === null) return null;
  const { step, exit, values } = value as { step?: unknown; exit?: unknown; values?: unknown };
  if (typeof values !== 'object' || values === null) return null;
  const fitting: Record<string, DraftState> = {};
  for (const [name, state] of Object.entries(values)) if (isDraftState(state)) fitting[name] = state;
  const kept = { step: typeof step === 'number' && Number.isInteger(step) ? step : 0, values: fitting };
  return typeof exit === 'number' && Number.isInteger(exit) ? { ...kept, exit } : kept;
}

/** Waits (a little) until the form's custom elements are defined, so each can take its answer back. */
async function elementsDefined(form: HTMLFormElement): Promise<void> {
  await new Promise((resolve) => globalThis.setTimeout(resolve, 0));
  await Promise.race([
    customElementsDefined(form),
    new Promise((resolve) => globalThis.setTimeout(resolve, DEFINE_WAIT)),
  ]);
}

/**
 * Puts the answers `value` (the form's record in the history entry) back into `form` and returns
 * the wizard to its step or exit page, unless the keeper has taken on another form meanwhile
 * (`isCurrent`); true when answers were put back.
 */
export async function restoreKept(
  form: HTMLFormElement,
  value: unknown,
  isCurrent: () => boolean,
): Promise<boolean> {
  const kept = readKept(value);
  if (!kept) return false;
  await elementsDefined(form);
  if (!isCurrent()) return false;
  await restoreStates(form, kept.values);
  const flow = stepFlowIn(form);
  const exit = flow && kept.exit !== undefined ? exitPagesOf(flow)[kept.exit] : undefined;
  const step = flow?.steps[kept.step];
  if (exit)
    flow?.returnTo?.(exit); // an exit page: it applies again with the answers back
  else if (flow && step && step !== flow.currentStep) flow.returnTo?.(step);
  return true;
}
