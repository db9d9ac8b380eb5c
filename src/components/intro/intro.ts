import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { pageMessages } from '../../i18n/messages/page.js';
import { registerMessages } from '../../i18n/registry.js';
import { introStyles } from './intro.styles.js';

registerMessages(pageMessages);

/** The intro asks its wizard to show the first step ("Gå i gang"). Bubbles. */
export const INTRO_START_EVENT = 'bf-intro-start';

/** What the intro reads of its wizard (asked by shape). */
interface StepCounter extends HTMLElement {
  readonly activeSteps: readonly unknown[];
}

function isStepCounter(element: Element): element is StepCounter {
  return Array.isArray((element as Partial<StepCounter>).activeSteps);
}

/**
 * The start page of a flow (DKFDS startside, GOV.UK start page; REQUIREMENTS §2.2): prepares the
 * citizen before they begin. A heading, the purpose (the host's text), how long it takes
 * (`duration-minutes`), how many steps (counted from the `bf-wizard` it is in: the steps that apply),
 * whether answers can be saved and finished later (`can-save`), "Du skal bruge:" as a list (the host's
 * `<li slot="need">` items), and "Gå i gang", which shows the wizard's first step with focus on its
 * heading.
 *
 * Place it first inside `bf-wizard`, before the steps: the wizard shows it until the citizen starts.
 *
 * @tagname bf-intro
 * @summary Start page: purpose, time, steps, what you need, whether you can save, "Gå i gang".
 * @slot - The purpose: who may apply and for what, in plain language.
 * @slot need - `<li>` items: what the citizen needs at hand (MitID, documents).
 * @csspart heading - The `h1`.
 * @csspart facts - Time, steps and saving.
 * @csspart needs - The list of what one needs.
 * @csspart start - The "Gå i gang" button.
 * @cssprop --bf-button-background - The start button.
 * @fires bf-intro-start - "Gå i gang" was activated (for the wizard).
 */
export class BfIntro extends LitElement {
  static override styles = introStyles;

  /** The page's heading (the solution's title). Text. */
  @property() heading = '';

  /** How long the task takes, in minutes. */
  @property({ type: Number, attribute: 'duration-minutes' }) durationMinutes?: number;

  /** Whether the citizen can save the answers and finish later. */
  @property({ type: Boolean, attribute: 'can-save' }) canSave = false;

  /** What the steps sentence calls the task: "Ansøgningen" by default ("Anmeldelsen", "Indberetningen" …). */
  @property() noun = '';

  /** Starts the flow: the wizard shows its first step. */
  start(): void {
    this.dispatchEvent(new Event(INTRO_START_EVENT, { bubbles: true }));
  }

  /** Moves focus to the heading. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** Whether the host gave "Du skal bruge" items. */
  @state() protected hasNeeds = false;

  override render(): TemplateResult {
    const lang = this.localize.textLang ?? nothing;
    const steps = this.#wizard()?.activeSteps.length ?? 0;
    const minutes = this.durationMinutes;
    return html`${this.heading ? html`<h1 part="heading" class="heading" tabindex="-1">${this.heading}</h1>` : nothing}
      <slot></slot>
      <ul part="facts" class="facts" lang=${lang}>
        ${minutes && minutes > 0 ? html`<li>${this.localize.term('introDuration', { count: minutes })}</li>` : nothing}
        ${
          steps > 0
            ? html`<li>${this.localize.term('introSteps', {
                noun: this.noun || this.localize.term('introNoun'),
                count: steps,
              })}</li>`
            : nothing
        }
        <li>${this.localize.term(this.canSave ? 'introCanSave' : 'introCannotSave')}</li>
      </ul>
      <div ?hidden=${!this.hasNeeds}>
        <h2 class="subheading" lang=${lang}>${this.localize.term('introNeeds')}</h2>
        <ul part="needs" class="needs"><slot name="need" @slotchange=${this.#onNeeds}></slot></ul>
      </div>
      <button part="start" class="start" type="button" lang=${lang} @click=${() => this.start()}>${this.localize.term(
        'introStart',
      )}</button>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #wizard(): StepCounter | null {
    for (let element = this.parentElement; element; element = element.parentElement) {
      if (isStepCounter(element)) return element;
    }
    return null;
  }

  readonly #onNeeds = (event: Event): void => {
    this.hasNeeds = (event.target as HTMLSlotElement).assignedElements().length > 0;
  };
}
