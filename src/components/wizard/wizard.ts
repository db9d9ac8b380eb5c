import { css, html, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { takeFocusOnInvalid } from '../../base/submit-intent.js';
import { BfStepChangeEvent } from '../../events/step-change.js';
import type { BfSummaryEditEvent } from '../../events/summary-edit.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { wizardMessages } from '../../i18n/messages/wizard.js';
import { registerMessages } from '../../i18n/registry.js';
import {
  activeControls,
  controlNamed,
  controlsUpdated,
  isValidatableControl,
  type ValidatableControl,
} from '../form/controls.js';
import { stepValuesOf, type StepValues } from './step-condition.js';
import { INTRO_START_EVENT } from '../intro/intro.js';
import { STEP_BACK_EVENT, STEP_NEXT_EVENT, STEP_RETURN_EVENT, type BfStep } from './step.js';
import { StepControls } from './step-controls.js';

registerMessages(wizardMessages);

/** How a step stands, for the step indicator. */
export type StepStatus = 'done' | 'current' | 'error' | 'todo';

/** A step as the step indicator shows it. */
export interface StepEntry {
  readonly step: BfStep;
  readonly heading: string;
  readonly status: StepStatus;
  /** Whether the citizen may go there now (a done step; any step with `all-clickable`). */
  readonly reachable: boolean;
}

/** The state of the wizard changed (another step, a step skipped, errors found); for the step indicator. */
export const WIZARD_STATE_EVENT = 'bf-wizard-state';

/** The start page before the steps (asked by shape). */
interface Intro extends HTMLElement {
  focusHeading(): void;
  start(): void;
}

function isIntro(element: Element): element is Intro {
  const candidate = element as Partial<Intro>;
  return (
    typeof candidate.start === 'function' && typeof candidate.focusHeading === 'function' && !isStep(element)
  );
}

/** Whether an element is a step (asked by shape, so a fork's subclass under its own tag is one too). */
function isStep(element: Element): element is BfStep {
  const candidate = element as Partial<BfStep>;
  return typeof candidate.appliesTo === 'function' && typeof candidate.focusHeading === 'function';
}

/**
 * A form in several steps (DKFDS trinformular, GOV.UK question pages), inside one `bf-form` and one
 * native `<form>`: every step's fields stay in the form, so the last step's submit button sends every
 * answer with a plain POST, and going back and forth never empties a field.
 *
 * One step is shown at a time. "Næste" (and Enter in a field) checks only the shown step's fields:
 * the error summary lists its problems and takes focus, or the next step that applies is shown. On a
 * step change focus goes to the new step's `h1`, the page title becomes "{step} – {solution}", the
 * page scrolls to the top and `bf-step-change` fires. With `history`, each step is an entry in the
 * browser's history, so its back and forward buttons move between steps. A step whose condition does
 * not hold is skipped and its fields are disabled (neither checked nor sent).
 *
 * On the last step (check answers: `bf-summary` and the host's submit button), sending first checks
 * the earlier steps again: if one has a problem (an answer changed a condition), that step is shown
 * with its problems. "Rediger" in the summary opens the field's step and focuses the field; that
 * step then offers "Tilbage til opsummering", which returns to the same "Rediger" link.
 *
 * @tagname bf-wizard
 * @summary Multi-step form: one step at a time, Next checks the step, focus and title follow, history.
 * @slot - `bf-step` elements, and optionally a `bf-step-indicator` before them.
 * @fires bf-step-change - Another step is shown; `detail` `{ from, to, heading }`.
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
    return [...this.children].filter(isStep);
  }

  /** The steps that apply to the answers given so far, in order. */
  get activeSteps(): BfStep[] {
    const values = this.#values();
    return this.steps.filter((step) => step.appliesTo(values));
  }

  /** The step shown now. */
  get currentStep(): BfStep | null {
    return this.#current ?? this.activeSteps[0] ?? null;
  }

  /** The active steps with their status, for the step indicator. */
  get entries(): StepEntry[] {
    const current = this.currentStep;
    return this.activeSteps.map((step) => {
      const status: StepStatus =
        step === current
          ? 'current'
          : (this.#attempted.has(step) || this.#visited.has(step)) && this.#hasProblems(step)
            ? 'error'
            : this.#visited.has(step)
              ? 'done'
              : 'todo';
      return {
        step,
        heading: step.heading,
        status,
        reachable: status !== 'current' && (this.allClickable || status !== 'todo'),
      };
    });
  }

  /** Checks the shown step and, if its answers are valid, shows the next step that applies. */
  async next(): Promise<boolean> {
    const step = this.currentStep;
    if (!step || !(await this.#checkStep(step))) return false;
    const active = this.activeSteps;
    const following = active[active.indexOf(step) + 1];
    if (following) this.#show(following, { push: true });
    return following !== undefined;
  }

  /** Shows the step before the shown one that applies (no check: going back never loses or blocks). */
  back(): void {
    const active = this.activeSteps;
    const step = this.currentStep;
    const previous = step ? active[active.indexOf(step) - 1] : undefined;
    if (!previous) return;
    // With history, "Tilbage" is the browser's back when the entry before is that step, so the
    // back button and the link never disagree about where "back" is.
    if (this.history && this.#entries[this.#position - 1] === this.steps.indexOf(previous))
      window.history.back();
    else this.#show(previous, { push: true });
  }

  /** Shows `step` (one of `activeSteps`), e.g. from the step indicator. */
  goTo(step: BfStep): void {
    if (this.activeSteps.includes(step)) this.#show(step, { push: true });
  }

  /**
   * Shows `step` again when the form puts back the answers a reload kept (the step may apply only
   * with them): no new history entry, and focus stays where the browser put it.
   */
  returnTo(step: BfStep): void {
    if (!this.activeSteps.includes(step)) return;
    this.#started = true;
    this.#show(step, { push: false, focus: false });
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** Bumped when the steps' state changes, so the indicator re-reads it. */
  @state() protected revision = 0;

  override render(): TemplateResult {
    return html`<slot @slotchange=${this.#sync}></slot>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #current: BfStep | null = null;
  /** The steps of the history entries this page made (by index), and which entry is current. */
  #entries: number[] = [];
  #position = 0;
  /** The history entry's step has been read (once the steps are there). */
  #historyRead = false;
  /** The citizen has left the start page (or there is none). */
  #started = false;
  readonly #visited = new WeakSet<BfStep>();
  readonly #attempted = new WeakSet<BfStep>();
  readonly #controls = new StepControls();
  #form: HTMLFormElement | null = null;
  #pageTitle = '';
  /** The field whose "Rediger" opened the shown step, to return to in the summary. */
  #editing: { name: string; summaryStep: BfStep } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#form = this.closest('form');
    this.#pageTitle = document.title;
    document.addEventListener('submit', this.#onSubmit, { capture: true });
    window.addEventListener('popstate', this.#onPopState);
    this.addEventListener(STEP_NEXT_EVENT, this.#onNext);
    this.addEventListener(STEP_BACK_EVENT, this.#onBack);
    this.addEventListener(STEP_RETURN_EVENT, this.#onReturn);
    this.addEventListener('bf-summary-edit', this.#onSummaryEdit);
    this.addEventListener(INTRO_START_EVENT, this.#onStart);
    this.#form?.addEventListener('change', this.#sync);
    this.#form?.addEventListener('input', this.#onInput);
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('submit', this.#onSubmit, { capture: true });
    window.removeEventListener('popstate', this.#onPopState);
    this.removeEventListener(STEP_NEXT_EVENT, this.#onNext);
    this.removeEventListener(STEP_BACK_EVENT, this.#onBack);
    this.removeEventListener(STEP_RETURN_EVENT, this.#onReturn);
    this.removeEventListener('bf-summary-edit', this.#onSummaryEdit);
    this.removeEventListener(INTRO_START_EVENT, this.#onStart);
    this.#form?.removeEventListener('change', this.#sync);
    this.#form?.removeEventListener('input', this.#onInput);
    this.#form = null;
  }

  /** The form's answers, for the steps' conditions (fields of skipped steps are disabled: not among them). */
  #values(): StepValues {
    return this.#form ? stepValuesOf(new FormData(this.#form)) : {};
  }

  /** A step's fields that take part now: enabled (conditional content that is not shown disables its own). */
  #fieldsOf(step: BfStep): ValidatableControl[] {
    if (!this.#form) return [];
    return [...this.#form.elements].filter(
      (element): element is ValidatableControl =>
        step.contains(element) && isValidatableControl(element) && element.willValidate,
    );
  }

  /** Whether a step has a field with a problem (read quietly: no `invalid` events, nothing revealed). */
  #hasProblems(step: BfStep): boolean {
    return this.#fieldsOf(step).some(
      (field) => (field as { validity?: ValidityState }).validity?.valid === false,
    );
  }

  /**
   * Checks a step's fields as a submit attempt would: their errors show, the error summary lists them
   * and takes focus. True when the step is valid.
   */
  async #checkStep(step: BfStep): Promise<boolean> {
    const form = this.#form;
    if (!form) return true;
    const fields = activeControls(form).filter((control) => step.contains(control));
    takeFocusOnInvalid(form); // focus goes to the error summary, not to a field
    const invalid = fields.filter((field) => !field.checkValidity());
    if (invalid.length === 0) return true;
    this.#attempted.add(step);
    for (const field of invalid) field.revealErrors();
    await controlsUpdated(invalid);
    const flow = this.closest('bf-form') as {
      showProblems?: (controls: readonly Element[]) => Promise<void>;
    } | null;
    if (flow?.showProblems) await flow.showProblems(fields);
    else invalid[0].focus();
    this.#changed();
    return false;
  }

  /** Shows one step: the others hidden, focus on its heading, title, scroll, history, event. */
  #show(
    step: BfStep,
    { push, focus = true, force = false }: { push: boolean; focus?: boolean; force?: boolean },
  ): void {
    const steps = this.steps;
    const from = this.currentStep;
    this.#current = step;
    this.#visited.add(step);
    if (from && from !== step) this.#visited.add(from);
    this.#sync();
    if (this.history && push && (from !== step || force)) {
      this.#entries = [...this.#entries.slice(0, this.#position + 1), steps.indexOf(step)];
      this.#position = this.#entries.length - 1;
      window.history.pushState(
        { ...this.#historyState(), bfStep: steps.indexOf(step), bfEntry: this.#position },
        '',
      );
    }
    const solution = this.solution ?? this.#pageTitle;
    document.title = solution
      ? this.localize.term('wizardTitle', { step: step.heading, solution })
      : step.heading;
    if (from === step && !force) return;
    window.scrollTo({ top: 0 });
    void step.updateComplete.then(() => {
      if (focus) step.focusHeading({ preventScroll: true });
      this.dispatchEvent(
        new BfStepChangeEvent({
          from: from ? steps.indexOf(from) : -1,
          to: steps.indexOf(step),
          heading: step.heading,
        }),
      );
    });
  }

  /** Shows only the current step, disables the fields of steps that do not apply, and tells each step its place. */
  readonly #sync = (): void => {
    const steps = this.steps;
    if (steps.length === 0) return; // not upgraded yet: the slot's first slotchange comes back here
    if (this.history && !this.#historyRead) this.#restoreFromHistory();
    const active = this.activeSteps;
    for (const step of steps) this.#controls.setSkipped(step, this.#form, !active.includes(step));
    // A step that stopped applying (an answer changed) cannot stay shown.
    if (!this.#current || !active.includes(this.#current)) this.#current = active[0] ?? null;
    const intro = this.#intro();
    if (!intro) this.#started = true;
    if (intro) {
      intro.hidden = this.#started;
      intro.requestUpdate?.();
    }
    for (const step of steps) {
      step.hidden = !this.#started || step !== this.#current;
      step.place = { first: step === active[0], last: step === active.at(-1) };
      step.returnToSummary =
        step === this.#current && this.#editing !== null && this.#editing.summaryStep !== step;
    }
    this.#changed();
  };

  #intro(): (Intro & { requestUpdate?: () => void }) | null {
    return [...this.children].find(isIntro) ?? null;
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
      void this.#focusEditLink(editing.summaryStep, editing.name);
    });
  };

  /** Focuses the summary's "Rediger" link of the field `name` in `step` (its heading when there is none). */
  async #focusEditLink(step: BfStep, name: string): Promise<void> {
    await step.updateComplete;
    for (const element of step.querySelectorAll('*')) {
      const summary = element as Partial<{
        refresh(): void;
        focusEdit(name: string): boolean;
        updateComplete: Promise<unknown>;
      }>;
      if (typeof summary.focusEdit !== 'function' || typeof summary.refresh !== 'function') continue;
      summary.refresh();
      await summary.updateComplete;
      if (summary.focusEdit(name)) return;
    }
    step.focusHeading();
  }

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
   * earlier steps are checked again first. Runs before `bf-form` (capture on the document).
   */
  readonly #onSubmit = (event: SubmitEvent): void => {
    if (event.target !== this.#form || !this.#form) return;
    const active = this.activeSteps;
    const step = this.currentStep;
    if (!step || active.length === 0) return;
    if (step !== active.at(-1)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      void this.next();
      return;
    }
    const earlier = active.find((candidate) => candidate !== step && this.#hasProblems(candidate));
    if (!earlier) return; // bf-form checks the last step and sends
    event.preventDefault();
    event.stopImmediatePropagation();
    this.#attempted.add(earlier);
    this.#show(earlier, { push: true, focus: false });
    void earlier.updateComplete.then(() => this.#checkStep(earlier));
  };

  #historyState(): Record<string, unknown> {
    const state: unknown = window.history.state;
    return typeof state === 'object' && state !== null ? { ...(state as Record<string, unknown>) } : {};
  }

  /** Back or forward in the browser: show the step of that entry (the answers stay in the fields). */
  readonly #onPopState = (event: PopStateEvent): void => {
    if (!this.history || this.closest('[hidden]')) return; // the receipt replaced the form
    const entry = (event.state as { bfEntry?: unknown } | null)?.bfEntry;
    this.#position = typeof entry === 'number' ? entry : 0;
    const index = (event.state as { bfStep?: unknown } | null)?.bfStep;
    const step = typeof index === 'number' ? this.steps[index] : undefined;
    if (step && this.activeSteps.includes(step)) {
      this.#started = true;
      this.#show(step, { push: false });
    } else if (this.#intro() && this.#started) {
      // Back to the entry before "Gå i gang": the start page again.
      this.#started = false;
      this.#sync();
      this.#intro()?.focusHeading();
    } else if (this.activeSteps[0]) this.#show(this.activeSteps[0], { push: false });
  };

  /** A reload keeps the history entry: start on its step; the first entry gets its own state. */
  #restoreFromHistory(): void {
    this.#historyRead = true;
    const index = (window.history.state as { bfStep?: unknown } | null)?.bfStep;
    const step = typeof index === 'number' ? this.steps[index] : undefined;
    if (step) {
      this.#current = step;
      this.#started = true;
    } else {
      const first = this.#intro() ? -1 : 0;
      this.#entries = [first];
      window.history.replaceState({ ...this.#historyState(), bfStep: first, bfEntry: 0 }, '');
    }
  }
}
