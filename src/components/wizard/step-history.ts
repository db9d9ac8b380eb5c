import { stepBefore, type FlowPage } from './flow-pages.js';

/**
 * A wizard's pages as entries in the browser's history (`bf-wizard history`): each page shown is an
 * entry, so the browser's back and forward buttons move between them. The entry's state keeps the
 * page (`bfStep`: the step's index over all steps, -1 the start page; `bfExit`: on an exit page, the
 * exit's index over all exits) and the entry's place among the entries this page made (`bfEntry`),
 * next to whatever else the page keeps there (the form's kept answers).
 */

/** The page of a history entry. */
export interface HistoryPage {
  /** The step (its index over all steps; -1: the start page); on an exit page, the step before it. */
  readonly step: number;
  /** On an exit page: the exit's index over all exits. */
  readonly exit?: number;
}

/** The history entry of the page at `index` among a wizard's pages (`flow-pages.ts`). */
export function historyPageAt(flow: readonly FlowPage[], index: number): HistoryPage {
  const count = (exit: boolean, before: number) =>
    flow.slice(0, before).filter((page) => page.exit === exit).length;
  if (index < 0) return { step: -1 };
  if (!flow[index].exit) return { step: count(false, index) };
  const before = stepBefore(flow, index);
  return { step: before === -1 ? -1 : count(false, before), exit: count(true, index) };
}

/** The page a history entry's state holds, if it is the wizard's. */
export function historyPageOf(state: unknown): HistoryPage | null {
  const { bfStep, bfExit } = (typeof state === 'object' && state !== null ? state : {}) as {
    bfStep?: unknown;
    bfExit?: unknown;
  };
  if (typeof bfStep !== 'number') return null;
  return typeof bfExit === 'number' ? { step: bfStep, exit: bfExit } : { step: bfStep };
}

/** The history entry's state with `page` in it, keeping whatever else is there (the form's kept answers). */
function stateWith(page: HistoryPage, entry: number): Record<string, unknown> {
  const state: unknown = window.history.state;
  const kept = typeof state === 'object' && state !== null ? { ...(state as Record<string, unknown>) } : {};
  delete kept.bfExit;
  return page.exit === undefined
    ? { ...kept, bfStep: page.step, bfEntry: entry }
    : { ...kept, bfStep: page.step, bfExit: page.exit, bfEntry: entry };
}

function keyOf(page: HistoryPage): string {
  return page.exit === undefined ? `step ${page.step}` : `exit ${page.exit}`;
}

/** The entries one wizard made and which of them is current. */
export class StepHistory {
  /** Whether the entry the page loaded on has been read. */
  get started(): boolean {
    return this.#started;
  }

  /**
   * Reads the entry the page is on (a reload keeps it): its page when `known` accepts it; otherwise
   * the entry gets `first` (the start page or the first step) as its own state, and null comes back.
   */
  start(first: HistoryPage, known: (page: HistoryPage) => boolean): HistoryPage | null {
    this.#started = true;
    const page = historyPageOf(window.history.state);
    if (page && known(page)) return page;
    this.#entries = [keyOf(first)];
    this.#position = 0;
    window.history.replaceState(stateWith(first, 0), '');
    return null;
  }

  /** A new entry for `page` after the current one (the entries after it are dropped, as the browser does). */
  push(page: HistoryPage): void {
    this.#entries = [...this.#entries.slice(0, this.#position + 1), keyOf(page)];
    this.#position = this.#entries.length - 1;
    window.history.pushState(stateWith(page, this.#position), '');
  }

  /** Whether the entry before the current one shows `page`, so "Tilbage" can be the browser's back. */
  isPrevious(page: HistoryPage): boolean {
    return this.#entries[this.#position - 1] === keyOf(page);
  }

  /** The browser moved to another entry (`popstate`): its page, if it is the wizard's. */
  popped(state: unknown): HistoryPage | null {
    const entry = (state as { bfEntry?: unknown } | null)?.bfEntry;
    this.#position = typeof entry === 'number' ? entry : 0;
    return historyPageOf(state);
  }

  #started = false;
  #entries: string[] = [];
  #position = 0;
}
