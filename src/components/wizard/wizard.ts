// Longer than 400 lines on purpose: about 70 of them are the element's contract (the class JSDoc the
// manifest and Storybook read); the flow's own rules live beside it in pure modules (flow-pages.ts,
// step-entries.ts, step-history.ts, flow-parts.ts, step-check.ts, edit-return.ts, step-condition.ts).
import { css, html, isServer, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { whenServerFlow, type ServerFlow } from '../../base/server-flow.js';
import { BfStepChangeEvent } from '../../events/step-change.js';
import type { BfSummaryEditEvent } from '../../events/summary-edit.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { wizardMessages } from '../../i18n/messages/wizard.js';
import { registerMessages } from '../../i18n/registry.js';
import { controlNamed } from '../form/controls.js';
import { INTRO_START_EVENT } from '../intro/intro.js';
import { focusEditLink } from './edit-return.js';
import { flowEnd, isReachable, landingPage, pageAfter, stepBefore } from './flow-pages.js';
import {
  firstStepWithServerError,
  flowOf,
  isExit,
  isIntro,
  isStep,
  type ExitPage,
  type Flow,
  type Intro,
  type Page,
} from './flow-parts.js';
import { checkStep, stepHasProblems } from './step-check.js';
import { stepValuesOf, type StepValues } from './step-condition.js';
import { StepControls } from './step-controls.js';
import { stepEntries, stepFacts, type StepEntry } from './step-entries.js';
import { historyPageAt, StepHistory, type HistoryPage } from './step-history.js';
import { STEP_BACK_EVENT, STEP_NEXT_EVENT, STEP_RETURN_EVENT, type BfStep } from './step.js';

export type { StepEntry, StepStatus } from './step-entries.js';
export type { ExitPage } from './flow-parts.js';

registerMessages(wizardMessages);

/** The state of the wizard changed (another step, a step skipped, errors found); for the step indicator. */
export const WIZARD_STATE_EVENT = 'bf-wizard-state';

/**
 * A form in several steps (DKFDS trinformular, GOV.UK question pages), inside one `bf-form` and one
 * native `<form>`: every step's fields stay in the form, so the last step's submit button sends every
 * answer with a plain POST, and going back and forth never empties a field.
 *
 * One step is shown at a time. "Næste" (and Enter in a field) checks only the shown step's fields:
 * the error summary lists its problems and takes focus, or the next step that applies is shown. On a
 * step change focus goes to the new step's `h1`, the page title becomes "{step} – {solution}", the
 * page scrolls to the top and `bf-step-change` fires. A page a server sent back with `error`
 * attributes opens on the first step that has one (past the start page), so the error summary's links
 * lead to fields that are shown. With `history`, each step is an entry in the
 * browser's history, so its back and forward buttons move between steps. A step whose condition does
 * not hold is skipped and its fields are disabled (neither checked nor sent).
 *
 * An exit page (`bf-exit`, among the steps) ends the flow for answers that make the citizen not
 * eligible: when the next page that applies after a step is an exit whose condition holds, "Næste"
 * shows the exit as it shows a step. While an exit applies, no step after it can be shown (not by the
 * indicator, `goTo` or history; the exit is shown instead) and a submit shows the exit rather than
 * sending. Its "Tilbage" returns to the step before it, where changing the answer lets "Næste" go on.
 *
 * On the last step (check answers: `bf-summary` and the host's submit button), sending first checks
 * the earlier steps again: if one has a problem (an answer changed a condition), that step is shown
 * with its problems. "Rediger" in the summary opens the field's step and focuses the field; that
 * step then offers "Tilbage til opsummering", which returns to the same "Rediger" link.
 *
 * @tagname bf-wizard
 * @summary Multi-step form: one step at a time, Next checks the step, focus and title follow, history.
 * @slot - `bf-step` elements (and `bf-exit` pages between them), optionally a `bf-intro` and a `bf-step-indicator` before them.
 * @fires bf-step-change - Another step or an exit page is shown; `detail` `{ from, to, heading, exit }`.
 */
export class BfWizard extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** The solution's name, for the page title "{step} – {solution}"; by default the page's title at load. */
  @property() solution?: string;

  /** Each step is an entry in the browser's history (its back and forward buttons move between steps). */
  @property({ type: Boolean }) history = false;

  /** Every step of the step indicator is a link, also steps not reached yet. */
  @property({ type: Boolean, attribute: 'all-clickable' }) allClickable = false;

  /** Every step, in order, whether it applies or not. */
  get steps(): BfStep[] {
    return this.#children().filter(isStep);
  }

  /** The steps that apply to the answers given so far, in order. */
  get activeSteps(): BfStep[] {
    const values = this.#values();
    return this.steps.filter((step) => step.appliesTo(values));
  }

  /** The step shown now; on an exit page, the step before it (where "Tilbage", a draft and a reload return). */
  get currentStep(): BfStep | null {
    return this.#current ?? this.activeSteps[0] ?? null;
  }

  /** The exit page shown now, or null. */
  get currentExit(): ExitPage | null {
    return this.#exit;
  }

  /** The active steps with their status, for the step indicator (none `'current'` on an exit page). */
  get entries(): StepEntry[] {
    return this.entriesWithSkipped.filter((entry) => entry.status !== 'skipped');
  }

  /**
   * `entries` and, in their places, the steps the answers have ruled out or the citizen has gone
   * past without them applying (`'skipped'`), for an indicator that shows them as not applicable.
   */
  get entriesWithSkipped(): StepEntry[] {
    const values = this.#values();
    const { pages, flow } = this.#flow(values);
    const facts = stepFacts(pages, flow, {
      shown: this.#exit ?? this.#current,
      visited: this.#visited,
      attempted: this.#attempted,
      ruledOut: (step) => (step as Partial<BfStep>).ruledOutBy?.(values) ?? false,
    });
    const current = this.#exit ? null : this.currentStep;
    const hasProblems = (step: BfStep) => stepHasProblems(this.#form, step);
    return stepEntries(facts, { current, allClickable: this.allClickable, hasProblems });
  }

  /**
   * Checks the shown step and, if its answers are valid, shows the next page that applies: true when
   * it is a step (false on problems, on the last step, and when an exit page is shown instead).
   */
  async next(): Promise<boolean> {
    const step = this.currentStep;
    if (!step || this.#exit) return false; // an exit page has no "Næste"
    const { pages, flow } = this.#flow();
    const beyondEnd = pages.indexOf(step) > flowEnd(flow); // an answer changed: the flow ends before it
    if (!beyondEnd && !(await this.#checkStep(step))) return false;
    const after = this.#flow();
    const target = after.pages[pageAfter(after.flow, after.pages.indexOf(step))] as Page | undefined;
    if (target) this.#show(target, { push: true });
    return target !== undefined && !beyondEnd && isStep(target);
  }

  /** Shows the step before the shown page that applies (no check: going back never loses or blocks). */
  back(): void {
    const { pages, flow } = this.#flow();
    const from = this.#exit ?? this.currentStep;
    const index = from ? stepBefore(flow, pages.indexOf(from)) : -1;
    if (index === -1) return;
    const previous = pages[index];
    // With history, "Tilbage" is the browser's back when the entry before is that step, so the
    // back button and the link never disagree about where "back" is.
    if (this.history && this.#history.isPrevious(this.#historyPage(previous))) window.history.back();
    else this.#show(previous, { push: true });
  }

  /** Shows `step` (one of `activeSteps`, with no exit that applies before it), e.g. from the step indicator. */
  goTo(step: BfStep): void {
    const { pages, flow } = this.#flow();
    if (isReachable(flow, pages.indexOf(step))) this.#show(step, { push: true });
  }

  /**
   * Shows `page` (a step, or an exit page) again when the form puts back the answers a reload kept
   * (it may apply only with them): no new history entry, and focus stays where the browser put it.
   */
  returnTo(page: BfStep | ExitPage): void {
    if (isExit(page) ? !page.endsFlowFor(this.#values()) : !this.activeSteps.includes(page)) return;
    this.#started = true;
    this.#show(page, { push: false, focus: false });
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** Bumped when the steps' state changes, so the indicator re-reads it. */
  @state() protected revision = 0;

  override render(): TemplateResult {
    return html`<slot @slotchange=${this.#sync}></slot>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The step shown; on an exit page, the step before it. */
  #current: BfStep | null = null;
  /** The exit page shown, if one is. */
  #exit: ExitPage | null = null;
  readonly #history = new StepHistory();
  /** The citizen has left the start page (or there is none). */
  #started = false;
  /** The pages shown so far (steps and exits). */
  readonly #visited = new WeakSet<Element>();
  readonly #attempted = new WeakSet<BfStep>();
  readonly #controls = new StepControls();
  #form: HTMLFormElement | null = null;
  /** On the server: what the renderer's survey found inside the wizard (no children to read). */
  #serverFlow: ServerFlow | null = null;
  #pageTitle = '';
  /** The field whose "Rediger" opened the shown step, to return to in the summary. */
  #editing: { name: string; summaryStep: BfStep } | null = null;

  constructor() {
    super();
    // On the server the renderer gives the survey's pages; the same rules choose the page shown, and
    // each child takes the state its survey copy was given (`src/base/server-flow.ts`).
    if (isServer)
      whenServerFlow(this, { read: (flow) => this.#readServerFlow(flow), child: this.#placeChild });
  }

  override connectedCallback(): void {
    // A shadow root before the first render is the server's (declarative): the wizard hydrates.
    if (!this.hasUpdated && this.shadowRoot) this.#hydrating = true;
    super.connectedCallback();
    this.#form = this.closest('form');
    this.#pageTitle = document.title;
    this.#listen(true);
    this.#sync();
  }

  /**
   * Hydrating, the slot is the server's: its `slotchange` came before the script, so none comes. The
   * steps defined after the wizard are upgraded by now, and update after it: they get their state
   * from this sync before they hydrate, as the server rendered them.
   */
  protected override firstUpdated(): void {
    if (this.#hydrating) this.#sync();
  }

  /** The wizard's shadow root came from the server (see `firstUpdated`). */
  #hydrating = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(false);
    this.#form = null;
  }

  /** Adds or removes the wizard's listeners: the document's submits, history, its pages' buttons, its form. */
  #listen(on: boolean): void {
    const listeners: [EventTarget | null, string, EventListener][] = [
      [document, 'submit', this.#onSubmit as EventListener],
      [window, 'popstate', this.#onPopState as EventListener],
      [this, STEP_NEXT_EVENT, this.#onNext],
      [this, STEP_BACK_EVENT, this.#onBack],
      [this, STEP_RETURN_EVENT, this.#onReturn],
      [this, 'bf-summary-edit', this.#onSummaryEdit as EventListener],
      [this, INTRO_START_EVENT, this.#onStart],
      [this.#form, 'change', this.#sync],
      [this.#form, 'input', this.#onInput],
    ];
    for (const [target, type, listener] of listeners) {
      const options = { capture: target === document }; // submits: before bf-form
      if (on) target?.addEventListener(type, listener, options);
      else target?.removeEventListener(type, listener, options);
    }
  }

  /** The wizard's children: on the server, the ones the renderer's survey found. */
  #children(): Element[] {
    return isServer ? [...(this.#serverFlow?.children ?? [])] : [...this.children];
  }

  #readServerFlow(flow: ServerFlow): void {
    this.#serverFlow = flow;
    this.#sync();
  }

  /** On the server: a child about to render takes what `#sync` gave its survey copy. */
  readonly #placeChild = (element: Element, index: number): void => {
    const source = this.#serverFlow?.children[index];
    if (!source || !(isStep(source) || isExit(source) || isIntro(source))) return;
    if (source.hidden) element.setAttribute('hidden', '');
    else element.removeAttribute('hidden');
    if (isStep(source))
      Object.assign(element, { place: source.place, returnToSummary: source.returnToSummary });
    else if (isExit(source)) (element as ExitPage).place = source.place;
  };

  /** The form's answers, for the steps' conditions (fields of skipped steps are disabled: not among them). */
  #values(): StepValues {
    if (isServer) return this.#serverFlow?.values ?? {};
    return this.#form ? stepValuesOf(new FormData(this.#form)) : {};
  }

  /** Checks a step as a submit attempt would (errors shown, the summary focused); true when valid. */
  async #checkStep(step: BfStep): Promise<boolean> {
    if (await checkStep(this, this.#form, step)) return true;
    this.#attempted.add(step);
    this.#changed();
    return false;
  }

  /** The steps and exits in document order, and whether each applies to the answers. */
  #flow(values: StepValues = this.#values()): Flow {
    return flowOf(this.#children(), values);
  }

  /** The history entry of a page. */
  #historyPage(page: Page): HistoryPage {
    const { pages, flow } = this.#flow();
    return historyPageAt(flow, pages.indexOf(page));
  }

  /**
   * Shows one page (a step, or an exit page): the others hidden, focus on its heading, title, scroll,
   * history, event. A step after an exit that applies is not shown: the exit is, with focus.
   */
  #show(
    requested: Page,
    { push, focus = true, force = false }: { push: boolean; focus?: boolean; force?: boolean },
  ): void {
    const { pages, flow } = this.#flow();
    const landing = landingPage(flow, pages.indexOf(requested));
    const page = landing === -1 || landing === pages.indexOf(requested) ? requested : pages[landing];
    const exit = isExit(page) ? page : null;
    const steps = this.steps;
    const fromPage = this.#exit ?? this.currentStep;
    const from = this.#exit ? null : this.currentStep;
    const before = exit ? stepBefore(flow, pages.indexOf(exit)) : -1;
    this.#exit = exit;
    this.#current = exit ? ((pages[before] as BfStep | undefined) ?? null) : (page as BfStep);
    this.#visited.add(page);
    if (from && from !== page) this.#visited.add(from);
    this.#sync();
    if (this.history && push && (fromPage !== page || force)) this.#history.push(this.#historyPage(page));
    const heading = exit ? (exit.pageHeading ?? exit.heading) : page.heading;
    const solution = this.solution ?? this.#pageTitle;
    document.title = solution ? this.localize.term('wizardTitle', { step: heading, solution }) : heading;
    if (fromPage === page && !force) return;
    window.scrollTo({ top: 0 });
    void page.updateComplete.then(() => {
      if (focus || page !== requested) page.focusHeading({ preventScroll: true });
      this.dispatchEvent(
        new BfStepChangeEvent({
          from: from ? steps.indexOf(from) : -1,
          to: exit ? -1 : steps.indexOf(page as BfStep),
          heading,
          ...(exit ? { exit: true } : {}),
        }),
      );
    });
  }

  /** Shows only the current page, disables the fields of steps that do not apply, and tells each page its place. */
  readonly #sync = (): void => {
    const steps = this.steps;
    if (steps.length === 0) return; // not upgraded yet: the slot's first slotchange comes back here
    // On the server there is no history entry yet: a first load, whose entry gets the first page.
    if (this.history && !this.#history.started && !isServer) this.#restoreFromHistory();
    if (!this.#serverErrorsRead) {
      this.#serverErrorsRead = true; // a page sent back with errors opens on the first step with one
      const server = this.#serverFlow;
      const step = server
        ? firstStepWithServerError(steps, (candidate) => server.hasServerError(candidate))
        : firstStepWithServerError(steps);
      if (step) [this.#current, this.#started] = [step, true];
    }
    const { pages, flow } = this.#flow();
    const active = steps.filter((step) => flow[pages.indexOf(step)].applies);
    for (const step of steps) this.#controls.setSkipped(step, this.#form, !active.includes(step));
    // A step that stopped applying (an answer changed) cannot stay shown, nor an exit that stopped ending the flow.
    if (!this.#current || !active.includes(this.#current)) this.#current = active[0] ?? null;
    if (this.#exit && landingPage(flow, pages.indexOf(this.#exit)) !== pages.indexOf(this.#exit))
      this.#exit = null;
    const intro = this.#intro();
    if (intro) {
      intro.hidden = this.#started;
      intro.requestUpdate?.();
    } else this.#started = true;
    for (const step of steps) {
      step.hidden = !this.#started || this.#exit !== null || step !== this.#current;
      step.place = { first: step === active[0], last: step === active.at(-1) };
      step.returnToSummary =
        step === this.#current && this.#editing !== null && this.#editing.summaryStep !== step;
    }
    pages.forEach((page, index) => {
      if (!isExit(page)) return;
      page.hidden = !this.#started || page !== this.#exit;
      page.place = { first: stepBefore(flow, index) === -1, last: true };
    });
    this.#changed();
  };

  #serverErrorsRead = false;

  #intro(): Intro | null {
    return this.#children().find(isIntro) ?? null;
  }

  /** "Gå i gang": the first step that applies, focus on its heading. */
  readonly #onStart = (event: Event): void => {
    event.stopPropagation();
    const first = this.activeSteps[0];
    if (!first) return;
    this.#started = true;
    this.#show(first, { push: true, force: true });
  };

  #changed(): void {
    this.revision++;
    this.dispatchEvent(new Event(WIZARD_STATE_EVENT));
  }

  readonly #onInput = (): void => {
    this.#changed(); // the indicator's error marks follow the fixes
  };

  readonly #onNext = (event: Event): void => {
    event.stopPropagation();
    this.#editing = null;
    void this.next();
  };

  readonly #onBack = (event: Event): void => {
    event.stopPropagation();
    this.back();
  };

  /** "Tilbage til opsummering": check the step, then back to the summary's same "Rediger" link. */
  readonly #onReturn = (event: Event): void => {
    event.stopPropagation();
    const editing = this.#editing;
    const step = this.currentStep;
    if (!editing || !step) return;
    void this.#checkStep(step).then((valid) => {
      if (!valid) return;
      this.#editing = null;
      this.#show(editing.summaryStep, { push: true, focus: false });
      // An answer changed on the way may end the flow before the summary: then the exit has focus.
      if (!this.#exit) void focusEditLink(editing.summaryStep, editing.name);
    });
  };

  /** "Rediger {label}" in the summary: open the field's step and focus the field. */
  readonly #onSummaryEdit = (event: BfSummaryEditEvent): void => {
    const summaryStep = this.currentStep;
    const field = this.#form ? controlNamed(this.#form, event.detail.name) : undefined;
    const step = field ? this.steps.find((candidate) => candidate.contains(field)) : undefined;
    if (!field || !step || !summaryStep || step === summaryStep) return;
    event.preventDefault();
    this.#editing = { name: event.detail.name, summaryStep };
    this.#show(step, { push: true, focus: false });
    void step.updateComplete.then(() => (field as HTMLElement).focus());
  };

  /**
   * Enter in a field, or a submit button: before the last step it means "Næste"; on the last step the
   * earlier steps are checked again first. While an exit applies nothing is sent: the exit is shown.
   * Runs before `bf-form` (capture on the document).
   */
  readonly #onSubmit = (event: SubmitEvent): void => {
    if (event.target !== this.#form || !this.#form) return;
    const active = this.activeSteps;
    const step = this.currentStep;
    if (!step || active.length === 0) return;
    const { pages, flow } = this.#flow();
    const end = pages.at(flowEnd(flow));
    const earlier = active.find((candidate) => candidate !== step && stepHasProblems(this.#form, candidate));
    if (step === active.at(-1) && !end && !this.#exit && !earlier) return; // bf-form checks the last step and sends
    event.preventDefault();
    event.stopImmediatePropagation();
    if (this.#exit) return; // an exit page sends nothing (and has no "Næste")
    if (step !== active.at(-1)) void this.next();
    else if (end) this.#show(end, { push: true });
    else if (earlier) {
      this.#attempted.add(earlier);
      this.#show(earlier, { push: true, focus: false });
      void earlier.updateComplete.then(() => this.#checkStep(earlier));
    }
  };

  /** Back or forward in the browser: show the page of that entry (the answers stay in the fields). */
  readonly #onPopState = (event: PopStateEvent): void => {
    if (!this.history || this.closest('[hidden]')) return; // the receipt replaced the form
    const page = this.#history.popped(event.state);
    const exit = page?.exit === undefined ? undefined : [...this.children].filter(isExit)[page.exit];
    const step = page ? this.steps[page.step] : undefined;
    const values = this.#values();
    const target = exit?.endsFlowFor(values) ? exit : step?.appliesTo(values) ? step : undefined;
    if (target) {
      this.#started = true;
      this.#show(target, { push: false });
    } else if (this.#intro() && this.#started) {
      // Back to the entry before "Gå i gang": the start page again.
      this.#started = false;
      this.#exit = null;
      this.#sync();
      this.#intro()?.focusHeading();
    } else if (this.activeSteps[0]) this.#show(this.activeSteps[0], { push: false });
  };

  /**
   * A reload keeps the history entry: start on its step (on an exit page's entry, the step before it:
   * the answers come back only after this); the first entry gets its own state.
   */
  #restoreFromHistory(): void {
    const first = { step: this.#intro() ? -1 : 0 };
    const page = this.#history.start(first, ({ step }) => this.steps[step] !== undefined);
    if (!page) return;
    this.#current = this.steps[page.step];
    this.#started = true;
  }
}
