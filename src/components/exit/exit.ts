import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { exitMessages } from '../../i18n/messages/exit.js';
import { wizardMessages } from '../../i18n/messages/wizard.js';
import { registerMessages } from '../../i18n/registry.js';
import { meetsStepCondition, type StepValues } from '../wizard/step-condition.js';
import { STEP_BACK_EVENT, type StepPlace } from '../wizard/step.js';
import { stepStyles } from '../wizard/step.styles.js';
import { exitStyles } from './exit.styles.js';

registerMessages(wizardMessages, exitMessages);

/**
 * An exit page of a `bf-wizard` (GOV.UK's "service not available" question outcome): where the flow
 * ends early for a citizen whose answers make them not eligible, saying why and what to do instead.
 * Place it among the wizard's `bf-step`s, right after the step whose answer leads to it, with a
 * condition in the same form as a step's (`when="bolig=erhverv"`, see `step-condition.ts`).
 *
 * When "Næste" is pressed on a step and the next page that applies is this exit, the wizard shows it
 * as it shows a step: focus on its `h1`, the page title "{heading} – {solution}", a history entry.
 * The page has "Tilbage" to the step before (every answer kept) and no "Næste" and no submit; while
 * its condition holds, no step after it can be shown and the form is not sent. Below the host's text
 * it says that nothing was sent and that a wrong answer can be changed by going back.
 *
 * The host's content follows the heading in reading order, with no landmark of its own: the focused
 * `h1` is read first, then the reason and what to do instead, as on any page.
 *
 * @tagname bf-exit
 * @summary Exit page of a flow: why the citizen cannot go on and what to do instead, "Tilbage".
 * @slot - Why the citizen cannot go on and what to do instead (text, a link, a phone number).
 * @csspart back - The "Tilbage" link (a button) above the heading.
 * @csspart heading - The exit page's `h1`.
 * @csspart note - The sentences below the host's text ("Dine svar er ikke sendt.").
 * @cssprop --bf-button-background - The back link.
 * @fires bf-step-back - "Tilbage" was activated (for the wizard).
 */
export class BfExit extends LitElement {
  static override styles = [stepStyles, exitStyles];

  /** The page's `h1` and title: why the citizen cannot go on ("Du kan ikke søge beboerlicens"). Text. */
  @property() heading = '';

  /** When the flow ends here, from plain HTML: the same forms as `bf-step`'s `when`. */
  @property() when = '';

  /** When the flow ends here, from script: gets the form's answers; overrides `when`. */
  @property({ attribute: false }) condition?: (values: StepValues) => boolean;

  /** Where the exit stands in its wizard (`first`: no step before it, no "Tilbage"). Set by the wizard. */
  @property({ attribute: false }) place: StepPlace = { first: false, last: true };

  /** Whether these answers end the flow here. */
  endsFlowFor(values: StepValues): boolean {
    return this.condition ? this.condition(values) : meetsStepCondition(this.when, values);
  }

  /** The heading shown (and in the page title): `heading`, or "Du kan ikke fortsætte" without one. */
  get pageHeading(): string {
    return this.heading || this.localize.term('exitHeading');
  }

  /** Moves focus to the heading (when the wizard shows the exit page). */
  focusHeading(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  override render(): TemplateResult {
    const lang = this.localize.textLang ?? nothing;
    const heading = this.pageHeading;
    return html`${
      this.place.first
        ? nothing
        : html`<button part="back" class="back" type="button" lang=${lang} @click=${this.#back}>${this.localize.term(
            'wizardBack',
          )}</button>`
    }<h1 part="heading" class="heading" tabindex="-1" lang=${this.heading ? nothing : lang}>${heading}</h1><slot></slot>${this.renderNote()}`;
  }

  /** The sentences below the host's text (each left out when overridden with an empty text). */
  protected renderNote(): TemplateResult {
    const lang = this.localize.textLang ?? nothing;
    const notSent = this.localize.term('exitNotSent');
    const change = this.place.first ? '' : this.localize.term('exitChangeAnswer');
    return html`${notSent ? html`<p part="note" class="note" lang=${lang}>${notSent}</p>` : nothing}${
      change ? html`<p part="note" class="note" lang=${lang}>${change}</p>` : nothing
    }`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  readonly #back = (): void => {
    this.dispatchEvent(new Event(STEP_BACK_EVENT, { bubbles: true }));
  };
}
