import type { FlowPage } from './flow-pages.js';
import type { StepValues } from './step-condition.js';
import type { BfStep, StepPlace } from './step.js';

// The wizard's children, recognised by shape (the methods the wizard calls), never by tag name, so a
// fork's subclass under its own tag, or an element of another copy of the library, takes part.

/** The start page before the steps (`bf-intro`). */
export interface Intro extends HTMLElement {
  focusHeading(): void;
  start(): void;
  requestUpdate?(): void;
}

/** An exit page (`bf-exit`): where the flow ends for answers that make the citizen not eligible. */
export interface ExitPage extends HTMLElement {
  readonly heading: string;
  /** The heading shown, with the default text when `heading` is empty (a foreign copy may lack it). */
  readonly pageHeading?: string;
  /** Set by the wizard: `first` when no step comes before it (no "Tilbage"). */
  place: StepPlace;
  /** Whether these answers end the flow here. */
  endsFlowFor(values: StepValues): boolean;
  focusHeading(options?: FocusOptions): void;
  readonly updateComplete: Promise<boolean>;
}

/** Whether an element is an exit page. */
export function isExit(element: Element): element is ExitPage {
  const candidate = element as Partial<ExitPage>;
  return typeof candidate.endsFlowFor === 'function' && typeof candidate.focusHeading === 'function';
}

/** Whether an element is a step. */
export function isStep(element: Element): element is BfStep {
  const candidate = element as Partial<BfStep>;
  return (
    typeof candidate.appliesTo === 'function' &&
    typeof candidate.focusHeading === 'function' &&
    !isExit(element)
  );
}

/** Whether an element is the start page. */
export function isIntro(element: Element): element is Intro {
  const candidate = element as Partial<Intro>;
  return (
    typeof candidate.start === 'function' &&
    typeof candidate.focusHeading === 'function' &&
    !isStep(element) &&
    !isExit(element)
  );
}

/** A page of the flow: a step or an exit page. */
export type Page = BfStep | ExitPage;

/** A wizard's pages in document order, and whether each applies (`flow-pages.ts`). */
export interface Flow {
  readonly pages: readonly Page[];
  readonly flow: readonly FlowPage[];
}

/** The steps and exit pages among a wizard's children, with whether each applies to `values`. */
export function flowOf(children: Iterable<Element>, values: StepValues): Flow {
  const pages = [...children].filter((element): element is Page => isStep(element) || isExit(element));
  const flow = pages.map((page) =>
    isExit(page)
      ? { exit: true, applies: page.endsFlowFor(values) }
      : { exit: false, applies: page.appliesTo(values) },
  );
  return { pages, flow };
}

/** Whether an element holds one with a server's `error` (a non-empty `error` attribute). */
function holdsServerError(element: Element): boolean {
  return element.querySelector('[error]:not([error=""])') !== null;
}

/**
 * The first step holding a field that a server sent back with an `error` (a 422 page), if any.
 * `hasError` answers for a step where there is no DOM to ask (the server renderer's survey).
 */
export function firstStepWithServerError<T extends Element>(
  steps: readonly T[],
  hasError: (step: T) => boolean = holdsServerError,
): T | undefined {
  return steps.find(hasError);
}
