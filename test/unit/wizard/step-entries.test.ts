import { describe, expect, it } from 'vitest';
import type { FlowPage } from '../../../src/components/wizard/flow-pages.js';
import { stepEntries, stepFacts, type StepMemory } from '../../../src/components/wizard/step-entries.js';
import type { BfStep } from '../../../src/components/wizard/step.js';

/** A stand-in for a page element: only identity and a heading matter here. */
const page = (heading: string) => ({ heading }) as unknown as BfStep;

const bolig = page('Din bolig');
const exitPage = page('Du kan ikke søge');
const lejemaal = page('Lejemål');
const koeretoej = page('Køretøj');
const tjek = page('Tjek dine svar');
const pages = [bolig, exitPage, lejemaal, koeretoej, tjek];

function entries(
  flow: FlowPage[],
  memory: Partial<StepMemory> & { current?: BfStep | null; allClickable?: boolean; problems?: BfStep[] },
) {
  const facts = stepFacts(pages, flow, {
    shown: memory.shown ?? null,
    visited: memory.visited ?? new Set(),
    attempted: memory.attempted ?? new Set(),
    ruledOut: memory.ruledOut ?? (() => false),
  });
  return stepEntries(facts, {
    current: memory.current ?? null,
    allClickable: memory.allClickable ?? false,
    hasProblems: (step) => memory.problems?.includes(step) ?? false,
  }).map((entry) => `${entry.heading}: ${entry.status}${entry.reachable ? ' (link)' : ''}`);
}

const flow = (ends: boolean, rent: boolean): FlowPage[] => [
  { exit: false, applies: true },
  { exit: true, applies: ends },
  { exit: false, applies: rent },
  { exit: false, applies: true },
  { exit: false, applies: true },
];

describe('the step indicator’s entries (step-entries.ts)', () => {
  it('a step that may still come (its question unanswered) is left out; one the answers rule out is skipped', () => {
    expect(entries(flow(false, false), { shown: bolig, current: bolig })).toEqual([
      'Din bolig: current',
      'Køretøj: todo',
      'Tjek dine svar: todo',
    ]);
    expect(
      entries(flow(false, false), { shown: bolig, current: bolig, ruledOut: (step) => step === lejemaal }),
    ).toEqual(['Din bolig: current', 'Lejemål: skipped', 'Køretøj: todo', 'Tjek dine svar: todo']);
  });

  it('a step the citizen went past while it did not apply is skipped, never a link', () => {
    const visited = new Set<Element>([bolig]);
    expect(
      entries(flow(false, false), { shown: koeretoej, current: koeretoej, visited, allClickable: true }),
    ).toEqual([
      'Din bolig: done (link)',
      'Lejemål: skipped',
      'Køretøj: current',
      'Tjek dine svar: todo (link)',
    ]);
  });

  it('on an exit page no step is current, and no step after the exit is a link', () => {
    const visited = new Set<Element>([bolig]);
    expect(
      entries(flow(true, false), {
        shown: exitPage,
        current: null,
        visited,
        allClickable: true,
        ruledOut: (step) => step === lejemaal,
      }),
    ).toEqual(['Din bolig: done (link)', 'Lejemål: skipped', 'Køretøj: todo', 'Tjek dine svar: todo']);
  });

  it('a visited or attempted step with problems is an error, and a link', () => {
    const attempted = new Set([bolig]);
    expect(
      entries(flow(false, true), { shown: bolig, current: lejemaal, attempted, problems: [bolig] }),
    ).toEqual(['Din bolig: error (link)', 'Lejemål: current', 'Køretøj: todo', 'Tjek dine svar: todo']);
  });
});
