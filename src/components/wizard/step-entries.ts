import { flowEnd, type FlowPage } from './flow-pages.js';
import type { BfStep } from './step.js';

/**
 * How a step stands, for the step indicator. `'skipped'`: the step does not apply, and that is
 * settled (the answers given rule it out, or the citizen has gone past it); only
 * `BfWizard.entriesWithSkipped` has such entries, so `entries` reads as it always did.
 */
export type StepStatus = 'done' | 'current' | 'error' | 'todo' | 'skipped';

/** A step as the step indicator shows it. */
export interface StepEntry {
  readonly step: BfStep;
  readonly heading: string;
  readonly status: StepStatus;
  /** Whether the citizen may go there now (a done step; any step with `all-clickable`; never past an exit that applies). */
  readonly reachable: boolean;
}

/** What the wizard knows of one step, in document order. */
export interface StepFacts {
  readonly step: BfStep;
  /** Its condition holds. */
  readonly applies: boolean;
  /** The answers given rule it out (see `ruledOutByAnswers`); a step that applies is never ruled out. */
  readonly ruledOut: boolean;
  /** The citizen has been on it, or on a page after it. */
  readonly passed: boolean;
  readonly visited: boolean;
  /** "Næste" or a submit found problems on it. */
  readonly attempted: boolean;
  /** No exit that applies lies before it. */
  readonly beforeFlowEnd: boolean;
}

/** What the wizard remembers, for `stepFacts`. */
export interface StepMemory {
  /** The page shown (an exit page, or a step). */
  readonly shown: Element | null;
  /** The pages shown so far. */
  readonly visited: { has(page: Element): boolean };
  /** The steps where "Næste" or a submit found problems. */
  readonly attempted: { has(page: BfStep): boolean };
  /** Whether the answers rule a step out (its `ruledOutBy`). */
  readonly ruledOut: (step: BfStep) => boolean;
}

/**
 * The facts of each step among the wizard's `pages` (steps and exits in document order, with `flow`
 * saying which apply): a step is passed when the shown page, or a page shown before, is it or comes
 * after it.
 */
export function stepFacts(
  pages: readonly Element[],
  flow: readonly FlowPage[],
  memory: StepMemory,
): StepFacts[] {
  const end = flowEnd(flow);
  const reached = Math.max(
    memory.shown ? pages.indexOf(memory.shown) : -1,
    ...pages.map((page, index) => (memory.visited.has(page) ? index : -1)),
  );
  const facts: StepFacts[] = [];
  pages.forEach((page, index) => {
    if (flow[index].exit) return;
    const step = page as BfStep;
    const applies = flow[index].applies;
    facts.push({
      step,
      applies,
      ruledOut: !applies && memory.ruledOut(step),
      passed: index <= reached,
      visited: memory.visited.has(step),
      attempted: memory.attempted.has(step),
      beforeFlowEnd: index < end,
    });
  });
  return facts;
}

/** How the entries are read: the shown step (`null` on an exit page or before the start). */
export interface EntryContext {
  readonly current: BfStep | null;
  readonly allClickable: boolean;
  /** Whether a step's enabled fields have a problem now (asked only of steps visited or attempted). */
  readonly hasProblems: (step: BfStep) => boolean;
}

/**
 * The steps with their status, in order: every step that applies, and every step that does not
 * apply where that is settled (`'skipped'`). A step that does not apply only because a question it
 * depends on has no answer yet is left out: it may still come, so calling it "not applicable" would
 * be wrong, and counting it would be too.
 */
export function stepEntries(facts: readonly StepFacts[], context: EntryContext): StepEntry[] {
  const entries: StepEntry[] = [];
  for (const fact of facts) {
    const { step } = fact;
    if (!fact.applies) {
      if (fact.ruledOut || fact.passed)
        entries.push({ step, heading: step.heading, status: 'skipped', reachable: false });
      continue;
    }
    const status: StepStatus =
      step === context.current
        ? 'current'
        : (fact.attempted || fact.visited) && context.hasProblems(step)
          ? 'error'
          : fact.visited
            ? 'done'
            : 'todo';
    const reachable =
      status !== 'current' && fact.beforeFlowEnd && (context.allClickable || status !== 'todo');
    entries.push({ step, heading: step.heading, status, reachable });
  }
  return entries;
}
