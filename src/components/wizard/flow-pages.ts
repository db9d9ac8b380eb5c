/**
 * Where a wizard may go, over its pages in document order: the steps and the exit pages between
 * them. Pure (no DOM): the wizard passes each page with whether it applies to the answers now.
 *
 * - A step that applies is part of the flow; one that does not is skipped.
 * - An exit that applies ends the flow there: "Næste" on the step before it shows the exit, and
 *   no page after it can be shown (or the form sent) until an answer changes.
 */

/** A page of the flow, as far as where the flow may go is concerned. */
export interface FlowPage {
  /** An exit page (the flow ends there when it applies); otherwise a step. */
  readonly exit: boolean;
  /** A step: it is part of the flow; an exit: the flow ends there. */
  readonly applies: boolean;
}

/** The index of the first exit that applies (the end of the flow), or `pages.length` when none does. */
export function flowEnd(pages: readonly FlowPage[]): number {
  const index = pages.findIndex((page) => page.exit && page.applies);
  return index === -1 ? pages.length : index;
}

/** The last step that applies before `index` (-1: none). */
export function stepBefore(pages: readonly FlowPage[], index: number): number {
  for (let at = Math.min(index, pages.length) - 1; at >= 0; at--) {
    if (!pages[at].exit && pages[at].applies) return at;
  }
  return -1;
}

/**
 * Where "Næste" leads from the page at `index`: the next step that applies, or the exit that applies
 * before it. From a page at or after the end of the flow, the exit that ends it (-1: nowhere).
 */
export function pageAfter(pages: readonly FlowPage[], index: number): number {
  const end = flowEnd(pages);
  if (end < pages.length && index >= end) return end === index ? -1 : end;
  for (let at = index + 1; at < pages.length; at++) {
    if (pages[at].applies) return at;
  }
  return -1;
}

/**
 * The page shown when the page at `index` is asked for: itself when it applies and lies before the
 * end of the flow (an exit that applies is the end itself); the exit that ends the flow when it lies
 * after it; -1 when it does not apply (a skipped step, an exit whose condition does not hold).
 */
export function landingPage(pages: readonly FlowPage[], index: number): number {
  const page = pages.at(index);
  if (index < 0 || !page) return -1;
  const end = flowEnd(pages);
  if (index > end) return end;
  return page.applies ? index : -1;
}

/** Whether the page at `index` can be reached now: it applies and nothing ends the flow before it. */
export function isReachable(pages: readonly FlowPage[], index: number): boolean {
  return index >= 0 && landingPage(pages, index) === index;
}
