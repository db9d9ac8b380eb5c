import type { DraftState } from '../../drafts/draft.js';
import { controlsUpdated, isValidatableControl } from './controls.js';

/** A control whose answer can be kept and given back (asked by shape: a fork's control takes part too). */
export interface StatefulControl extends HTMLElement {
  readonly name: string;
  draftState(inBrowser?: boolean): DraftState | null;
  restoreDraftState(state: DraftState): void;
}

function isStatefulControl(element: Element): element is StatefulControl {
  const candidate = element as Partial<StatefulControl>;
  return (
    isValidatableControl(element) &&
    typeof candidate.draftState === 'function' &&
    typeof candidate.restoreDraftState === 'function'
  );
}

/** The form's controls whose answers can be kept, in document order. */
export function statefulControls(form: HTMLFormElement): StatefulControl[] {
  return [...form.elements].filter(isStatefulControl);
}

/**
 * Each named control's state. `inBrowser`: the state goes to a place in the browser, so the CPR
 * number, passwords and `sensitive` controls are left out (their state is null).
 */
export function collectStates(
  controls: readonly StatefulControl[],
  inBrowser: boolean,
): Record<string, DraftState> {
  const values: Record<string, DraftState> = {};
  for (const control of controls) {
    const state = control.draftState(inBrowser);
    if (state !== null && control.name) values[control.name] = state;
  }
  return values;
}

/** An element that makes room for restored answers first (`bf-repeat` makes its items; asked by shape). */
interface RestorePreparer extends Element {
  prepareRestore(names: Iterable<string>): Promise<void>;
}

function isRestorePreparer(element: Element): element is RestorePreparer {
  return typeof (element as Partial<RestorePreparer>).prepareRestore === 'function';
}

/**
 * Gives each control of the form whose name is in `values` its state back (after the elements that
 * need to, such as `bf-repeat`, have made room for them), and waits until they have rendered it.
 * Returns the controls that got a state, in document order.
 */
export async function restoreStates(
  form: HTMLFormElement,
  values: Readonly<Record<string, DraftState>>,
): Promise<StatefulControl[]> {
  const names = Object.keys(values);
  await Promise.all(
    [...form.querySelectorAll('*')].filter(isRestorePreparer).map((e) => e.prepareRestore(names)),
  );
  const restored = statefulControls(form).filter((control) => values[control.name] !== undefined);
  for (const control of restored) control.restoreDraftState(values[control.name]);
  await controlsUpdated(restored);
  return restored;
}

/** A wizard in the form (asked by shape), for the step a draft or a reload returns to. */
export interface StepFlow extends HTMLElement {
  readonly steps: readonly HTMLElement[];
  readonly currentStep: HTMLElement | null;
  /** The exit page shown now (`bf-exit`), or null. */
  readonly currentExit?: HTMLElement | null;
  goTo(step: HTMLElement): void;
  /** Shows a step or an exit page again after a reload, with no new history entry and no focus move. */
  returnTo?(page: HTMLElement): void;
}

/** The exit pages of a wizard, in order (asked by shape: `endsFlowFor`). */
export function exitPagesOf(flow: StepFlow): HTMLElement[] {
  return [...flow.children].filter(
    (child): child is HTMLElement => typeof (child as { endsFlowFor?: unknown }).endsFlowFor === 'function',
  );
}

function isStepFlow(element: Element): element is StepFlow {
  const candidate = element as Partial<StepFlow>;
  return typeof candidate.goTo === 'function' && Array.isArray(candidate.steps);
}

/** The wizard in a form, if there is one. */
export function stepFlowIn(form: HTMLFormElement): StepFlow | undefined {
  return [...form.querySelectorAll('*')].find(isStepFlow);
}

/** The index of the step the wizard of `form` shows (0 without a wizard). */
export function currentStepIndex(form: HTMLFormElement): number {
  const flow = stepFlowIn(form);
  const current = flow?.currentStep;
  return flow && current ? Math.max(0, flow.steps.indexOf(current)) : 0;
}
