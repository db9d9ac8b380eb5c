import { html, isServer, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { errorIcon } from '../../base/icons.js';
import { serverFlowHost } from '../../base/server-flow.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { wizardMessages } from '../../i18n/messages/wizard.js';
import { registerMessages } from '../../i18n/registry.js';
import type { BfStep } from '../wizard/step.js';
import { WIZARD_STATE_EVENT, type StepEntry } from '../wizard/wizard.js';
import { stepIndicatorStyles } from './step-indicator.styles.js';

registerMessages(wizardMessages);

/** What the indicator needs of its wizard (asked by shape: a fork's wizard under its own tag works too). */
interface StepFlow extends HTMLElement {
  readonly entries: readonly StepEntry[];
  /** The entries with the steps ruled out (`'skipped'`); a wizard of an older copy may lack it. */
  readonly entriesWithSkipped?: readonly StepEntry[];
  goTo(step: BfStep): void;
}

function isStepFlow(element: Element): element is StepFlow {
  const candidate = element as Partial<StepFlow>;
  return typeof candidate.goTo === 'function' && Array.isArray(candidate.entries);
}

/**
 * The step indicator (DKFDS *trinindikator*) of the `bf-wizard` it is in: a navigation landmark
 * "Trin" with a numbered list of the steps that apply, the whole list from the start. The shown step
 * has `aria-current="step"`; steps done are links back to them (every step with the wizard's
 * `all-clickable`); a step with problems shows an error icon and "Fejl" in its name. Below 768 px
 * (at the default text size) the list collapses into a button "Trin 2 af 4" that opens the list in a
 * dialog (the DKFDS bottom sheet).
 *
 * A step the answers have ruled out (or that the citizen went past while it did not apply) stays in
 * its place in the list, as text (never a link) followed by "Ikke relevant", shown and part of its
 * accessible name, with a dash instead of a number. A step that does not apply only because a
 * question it depends on is not answered yet is not listed: it may still come.
 *
 * How it counts: the numbers and "Trin x af y" count only the steps that apply, the ones the citizen
 * actually goes through, so "af y" is how many steps this citizen has, and step 3 in the list is
 * "Trin 3". An answer that rules a step in or out changes the count, as the list shows. On an exit
 * page no step is current: no `aria-current`, and the narrow button says "Se alle 4 trin".
 *
 * @tagname bf-step-indicator
 * @summary Step indicator (trinindikator): the steps, the current one, done, with errors or not applicable; "Trin 2 af 4" on narrow screens.
 * @csspart list - The list of steps.
 * @csspart item - One step.
 * @csspart link - A step one can go to.
 * @csspart toggle - The "Trin 2 af 4" button on narrow screens.
 * @csspart dialog - The dialog with the list on narrow screens.
 * @cssprop --bf-button-background - The current step's number and the links.
 */
export class BfStepIndicator extends LitElement {
  static override styles = stepIndicatorStyles;

  /** The wizard this indicator shows. */
  get wizard(): StepFlow | null {
    if (isServer) {
      const host = serverFlowHost(this); // the server renderer names the wizard it is rendered inside
      return host && isStepFlow(host) ? host : null;
    }
    for (let element = this.parentElement; element; element = element.parentElement) {
      if (isStepFlow(element)) return element;
    }
    return null;
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** Bumped when the wizard's state changes. */
  @state() protected revision = 0;

  override render(): TemplateResult | typeof nothing {
    const wizard = this.wizard;
    const entries = wizard?.entriesWithSkipped ?? wizard?.entries ?? [];
    const counted = entries.filter((entry) => entry.status !== 'skipped');
    if (counted.length === 0) return nothing;
    const current = counted.findIndex((entry) => entry.status === 'current') + 1;
    const total = counted.length;
    const lang = this.localize.textLang ?? nothing;
    return html`<nav aria-label=${this.localize.term('stepIndicatorLabel')} lang=${lang}>
      ${this.renderList(entries)}
      <button part="toggle" class="toggle" type="button" aria-haspopup="dialog" @click=${this.#open}>${
        current > 0
          ? this.localize.term('stepIndicatorPosition', { current, total })
          : this.localize.term('stepIndicatorAll', { total })
      }</button>
      <dialog part="dialog" class="dialog" aria-label=${this.localize.term('stepIndicatorLabel')}>
        ${this.renderList(entries)}
        <button class="close" type="button" @click=${this.#close}>${this.localize.term('stepIndicatorClose')}</button>
      </dialog>
    </nav>`;
  }

  /** The list of steps, numbered over the steps that apply (a skipped step has no number). */
  protected renderList(entries: readonly StepEntry[]): TemplateResult {
    let number = 0;
    return html`<ol part="list" class="list">${entries.map((entry) =>
      this.renderItem(entry, entry.status === 'skipped' ? -1 : number++),
    )}</ol>`;
  }

  /**
   * One step: its number and name, as a link when one may go there, with "Fejl" or "Udfyldt"; a
   * skipped step (`index` -1) with a dash and "Ikke relevant".
   */
  protected renderItem(entry: StepEntry, index: number): TemplateResult {
    const status =
      entry.status === 'error'
        ? html`${errorIcon}<span class="visually-hidden">${` ${this.localize.term('stepIndicatorError')}`}</span>`
        : entry.status === 'done'
          ? html`<span class="visually-hidden">${` ${this.localize.term('stepIndicatorDone')}`}</span>`
          : entry.status === 'skipped'
            ? html`<span class="visually-hidden">, </span><span class="skipped-note"
                >${this.localize.term('stepIndicatorSkipped')}</span>`
            : nothing;
    const content = html`<span class="number" aria-hidden="true">${index < 0 ? '–' : index + 1}</span><span
        class="name"
        >${entry.heading}</span
      >${status}`;
    return html`<li part="item" class="item ${entry.status}" aria-current=${entry.status === 'current' ? 'step' : nothing}>${
      entry.reachable
        ? html`<a part="link" class="link" href="#" @click=${(event: Event) => this.#go(event, entry.step)}>${content}</a>`
        : html`<span class="text">${content}</span>`
    }</li>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #listening: StepFlow | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listening = this.wizard;
    this.#listening?.addEventListener(WIZARD_STATE_EVENT, this.#onState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listening?.removeEventListener(WIZARD_STATE_EVENT, this.#onState);
    this.#listening = null;
  }

  readonly #onState = (): void => {
    this.revision++;
  };

  #go(event: Event, step: BfStep): void {
    event.preventDefault();
    this.renderRoot.querySelector('dialog')?.close();
    this.wizard?.goTo(step);
  }

  readonly #open = (): void => {
    this.renderRoot.querySelector('dialog')?.showModal();
  };

  readonly #close = (): void => {
    this.renderRoot.querySelector('dialog')?.close();
  };
}
