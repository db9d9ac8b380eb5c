import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { wizardMessages } from '../../i18n/messages/wizard.js';
import { registerMessages } from '../../i18n/registry.js';
import { meetsStepCondition, ruledOutByAnswers, type StepValues } from './step-condition.js';
import { stepStyles } from './step.styles.js';

registerMessages(wizardMessages);

/** Where a step stands in its wizard, set by the wizard. */
export interface StepPlace {
  readonly first: boolean;
  readonly last: boolean;
}

/** The step asks its wizard to go on ("Næste"). Bubbles (not composed): the wizard is an ancestor. */
export const STEP_NEXT_EVENT = 'bf-step-next';
/** The step asks its wizard to go back ("Tilbage"). */
export const STEP_BACK_EVENT = 'bf-step-back';
/** The step asks its wizard to return to the summary ("Tilbage til opsummering"). */
export const STEP_RETURN_EVENT = 'bf-step-return';

/**
 * One step of a `bf-wizard` (DKFDS trinformular): a "Tilbage" link above the step's heading (its
 * `h1`, which takes focus when the step is shown), the host's fields, and the same action area on
 * every step: "Næste", except on the last step, where the host's own submit button (a child of the
 * step) sends the form. The wizard shows one step at a time; the fields of the other steps stay in
 * the form (hidden), so every answer is sent and none is lost going back and forth.
 *
 * A step may apply only to some answers: `when="bolig=leje"` from plain HTML (see `step-condition.ts`
 * for the forms), or a `condition` function from script. A step that does not apply is skipped, and
 * its fields are disabled so they are neither checked nor sent.
 *
 * @tagname bf-step
 * @summary One step of a multi-step form: back link, focused h1, the fields, "Næste".
 * @slot - The step's fields and text (the last step: the summary and the submit button).
 * @csspart back - The "Tilbage" link (a button) above the heading.
 * @csspart heading - The step's `h1`.
 * @csspart actions - The action area.
 * @csspart next - The "Næste" button.
 * @cssprop --bf-button-background - The "Næste" button and the back link.
 * @fires bf-step-next - "Næste" was activated (for the wizard).
 * @fires bf-step-back - "Tilbage" was activated (for the wizard).
 * @fires bf-step-return - "Tilbage til opsummering" was activated (for the wizard).
 */
export class BfStep extends LitElement {
  static override styles = stepStyles;

  /** The step's title: its `h1`, its name in the step indicator and in the page title. Text. */
  @property() heading = '';

  /** When the step applies, from plain HTML: `name=value`, `name=a|b`, `name!=value`, `name`, joined by `;`. */
  @property() when = '';

  /** When the step applies, from script: gets the form's answers; overrides `when`. */
  @property({ attribute: false }) condition?: (values: StepValues) => boolean;

  /** Whether the step applies to these answers. */
  appliesTo(values: StepValues): boolean {
    return this.condition ? this.condition(values) : meetsStepCondition(this.when, values);
  }

  /**
   * Whether the answers given so far rule the step out (an answered question makes `when` fail), so
   * the step indicator can say "Ikke relevant"; false while the step may still apply, and always
   * false for a `condition` function (it cannot tell).
   */
  ruledOutBy(values: StepValues): boolean {
    return this.condition ? false : ruledOutByAnswers(this.when, values);
  }

  /** Moves focus to the step's heading (after a step change); scrolls it into view unless told not to. */
  focusHeading(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  /** Where the step stands in its wizard (first: no "Tilbage"; last: no "Næste"). Set by the wizard. */
  @property({ attribute: false }) place: StepPlace = { first: false, last: false };

  /** Shows "Tilbage til opsummering" (the citizen came from "Rediger" in the summary). Set by the wizard. */
  @property({ attribute: false }) returnToSummary = false;

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  override render(): TemplateResult {
    const lang = this.localize.textLang ?? nothing;
    return html`${
      this.place.first
        ? nothing
        : html`<button part="back" class="back" type="button" lang=${lang} @click=${this.#back}>${this.localize.term(
            'wizardBack',
          )}</button>`
    }<h1 part="heading" class="heading" tabindex="-1">${this.heading}</h1><slot></slot>${
      this.place.last
        ? nothing
        : html`<div part="actions" class="actions">${
            this.returnToSummary
              ? html`<button part="return next" class="next" type="button" lang=${lang}
                  @click=${this.#return}>${this.localize.term('wizardBackToSummary')}</button>`
              : html`<button part="next" class="next" type="button" lang=${lang}
                  @click=${this.#next}>${this.localize.term('wizardNext')}</button>`
          }</div>`
    }`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  readonly #next = (): void => {
    this.dispatchEvent(new Event(STEP_NEXT_EVENT, { bubbles: true }));
  };

  readonly #return = (): void => {
    this.dispatchEvent(new Event(STEP_RETURN_EVENT, { bubbles: true }));
  };

  readonly #back = (): void => {
    this.dispatchEvent(new Event(STEP_BACK_EVENT, { bubbles: true }));
  };
}
