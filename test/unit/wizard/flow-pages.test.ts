import { describe, expect, it } from 'vitest';
import {
  flowEnd,
  isReachable,
  landingPage,
  pageAfter,
  stepBefore,
  type FlowPage,
} from '../../../src/components/wizard/flow-pages.js';
import { historyPageAt } from '../../../src/components/wizard/step-history.js';

const step = (applies = true): FlowPage => ({ exit: false, applies });
const exit = (applies: boolean): FlowPage => ({ exit: true, applies });

// Din bolig, [exit: erhverv], Lejemål (leje), Køretøj, Tjek dine svar
const pages = (ends: boolean, rent = false) => [step(), exit(ends), step(rent), step(), step()];

describe('where a wizard may go (flow-pages.ts)', () => {
  it('without an exit that applies: "Næste" skips the steps that do not apply and passes the exit', () => {
    const flow = pages(false);
    expect(flowEnd(flow)).toBe(flow.length);
    expect(pageAfter(flow, 0)).toBe(3);
    expect(pageAfter(pages(false, true), 0)).toBe(2);
    expect(pageAfter(flow, 4)).toBe(-1); // the last step
    expect(isReachable(flow, 3)).toBe(true);
    expect(isReachable(flow, 2)).toBe(false); // skipped
    expect(landingPage(flow, 1)).toBe(-1); // an exit that does not apply is never shown
  });

  it('an exit that applies ends the flow: "Næste" shows it, later steps land on it, nothing after is reachable', () => {
    const flow = pages(true);
    expect(flowEnd(flow)).toBe(1);
    expect(pageAfter(flow, 0)).toBe(1);
    expect(pageAfter(flow, 1)).toBe(-1); // the exit has no "Næste"
    expect(pageAfter(flow, 3)).toBe(1); // from a later step (an answer changed since): the exit
    expect(landingPage(flow, 4)).toBe(1);
    expect(landingPage(flow, 0)).toBe(0);
    expect(isReachable(flow, 0)).toBe(true);
    expect(isReachable(flow, 1)).toBe(true);
    expect(isReachable(flow, 3)).toBe(false);
    expect(isReachable(flow, -1)).toBe(false);
  });

  it('"Tilbage" from an exit or a step: the step before that applies', () => {
    const flow = pages(true);
    expect(stepBefore(flow, 1)).toBe(0);
    expect(stepBefore(flow, 3)).toBe(0); // passes the exit and the skipped step
    expect(stepBefore(flow, 0)).toBe(-1);
    expect(stepBefore([exit(true), step()], 0)).toBe(-1); // an exit first: no "Tilbage"
  });

  it('history entries: a step by its index over the steps; an exit by its index over the exits, with the step before', () => {
    const flow = [step(), exit(false), step(false), exit(true), step()];
    expect(historyPageAt(flow, 0)).toEqual({ step: 0 });
    expect(historyPageAt(flow, 4)).toEqual({ step: 2 });
    expect(historyPageAt(flow, 3)).toEqual({ step: 0, exit: 1 }); // the skipped step is passed over
    expect(historyPageAt([exit(true), step()], 0)).toEqual({ step: -1, exit: 0 });
    expect(historyPageAt(flow, -1)).toEqual({ step: -1 });
  });
});
