import { html, isServer, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SummaryAnswer } from '../../base/summary-answer.js';
import type { SubmitSummaryRow } from '../../events/submit.js';
import { BfSummaryEditEvent } from '../../events/summary-edit.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { summaryMessages } from '../../i18n/messages/summary.js';
import { registerMessages } from '../../i18n/registry.js';
import { controlNamed, summaryControls, type ValidatableControl } from '../form/controls.js';
import { summaryRows } from '../form/payload.js';
import { groupsOf, sectionsOf, type SummarySection } from './rows.js';
import { summaryStyles } from './summary.styles.js';

registerMessages(summaryMessages);

/** A host's own way of showing an answer, by field name: gets the field's answer, returns the text. */
export type SummaryFormatter = (answer: SummaryAnswer, control: HTMLElement) => string;

/**
 * Check answers (DKFDS *opsummering*, GOV.UK *check answers*): every answer of the form, generated
 * from the form's own controls, as a list of label → answer with a "Rediger" link per row; one
 * section per wizard step, headed by the step's heading. Answers read as the citizen reads them
 * (option texts, dates dd-mm-åååå, file names and sizes, "Ikke udfyldt"), from each control's
 * `summaryAnswer`, so the summary, the receipt and the `bf-submit` payload show the same rows. Values
 * are text, never HTML.
 *
 * It reads the controls of its form: the `<form>` it is in, or the one whose id is in `form`. A
 * disabled control (also one in hidden conditional content) and one with `summary-hidden` are left
 * out. It follows the answers as they change.
 *
 * "Rediger {label}" fires `bf-summary-edit`; unless a listener (the wizard) cancels it, focus goes to
 * the field. With `readonly` (the receipt) there are no links; `rows` shows given rows instead of the
 * form's (the receipt shows what was sent, after the form is gone).
 *
 * @tagname bf-summary
 * @summary Check answers (opsummering): label → answer rows generated from the form, with "Rediger" links.
 * @csspart section - One step's answers.
 * @csspart heading - A step's heading.
 * @csspart group-heading - The heading of a repeated item's answers ("Person 2"; `bf-repeat`).
 * @csspart list - The `<dl>` of rows.
 * @csspart row - One answer: label, answer, link.
 * @csspart label - The field's label (`<dt>`).
 * @csspart value - The answer (`<dd>`).
 * @csspart edit - The "Rediger" link.
 * @cssprop --bf-input-border-color - The line between rows.
 * @fires bf-summary-edit - "Rediger" was activated; `detail.name`; cancel it to move to the field yourself.
 */
export class BfSummary extends LitElement {
  static override styles = summaryStyles;

  /** The id of the form whose answers to show, when the summary is not inside it. */
  @property() form?: string;

  /** No "Rediger" links (the receipt, a printed copy). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Rows to show instead of the form's own (e.g. a `bf-submit` payload's `summary`). */
  @property({ attribute: false }) rows: readonly SubmitSummaryRow[] | null = null;

  /** The host's own formatting of some answers, by field name. */
  @property({ attribute: false }) formatters: Readonly<Record<string, SummaryFormatter>> = {};

  /** The rows shown now, in order: what the `bf-submit` payload's `summary` holds for the same form. */
  get shownRows(): readonly SubmitSummaryRow[] {
    if (this.rows) return this.rows;
    const form = this.#sourceForm();
    if (!form) return [];
    const controls = summaryControls(form);
    return summaryRows(controls).map((row, index) => {
      const formatter = Object.hasOwn(this.formatters, row.name) ? this.formatters[row.name] : undefined;
      return formatter ? { ...row, displayValue: formatter(row, controls[index]) } : row;
    });
  }

  /** Reads the answers again (they are followed on `input` and `change`; call this after setting values from script). */
  refresh(): void {
    this.requestUpdate();
  }

  /** Focuses the "Rediger" link of the field `name` (back from editing it); false when there is none. */
  focusEdit(name: string): boolean {
    const link = [...this.renderRoot.querySelectorAll<HTMLElement>('a.edit')].find(
      (element) => element.dataset.name === name,
    );
    link?.focus();
    return link !== undefined;
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** Bumped to re-read the answers. */
  @state() protected revision = 0;

  override render(): TemplateResult | typeof nothing {
    const sections = sectionsOf(this.shownRows);
    if (sections.length === 0) return nothing;
    return html`${sections.map((section) => this.renderSection(section))}`;
  }

  /**
   * One step's rows, under the step's heading when there is one; the rows of each repeated item
   * ("Person 2") under a heading of their own, one level below.
   */
  protected renderSection(section: SummarySection): TemplateResult {
    const list = (rows: readonly SubmitSummaryRow[]) =>
      html`<dl part="list" class="list">${rows.map((row) => this.renderRow(row))}</dl>`;
    return html`<section part="section" class="section">${
      section.step ? html`<h2 part="heading" class="heading">${section.step}</h2>` : nothing
    }${groupsOf(section.rows).map(({ group, rows }) =>
      group
        ? html`${
            section.step
              ? html`<h3 part="group-heading" class="group-heading">${group}</h3>`
              : html`<h2 part="group-heading" class="group-heading">${group}</h2>`
          }${list(rows)}`
        : list(rows),
    )}</section>`;
  }

  /** Label, answer and (unless read-only) "Rediger {label}". */
  protected renderRow(row: SubmitSummaryRow): TemplateResult {
    const link = this.readonly
      ? nothing
      : html`<dd class="actions"><a part="edit" class="edit" href=${`#${row.name}`} data-name=${row.name}
          aria-label=${this.localize.term('summaryEditLabel', { label: row.group ? `${row.label}, ${row.group}` : row.label })}
          lang=${this.localize.textLang ?? nothing}
          @click=${(event: Event) => this.#edit(event, row.name)}>${this.localize.term('summaryEdit')}</a></dd>`;
    return html`<div part="row" class="row"><dt part="label" class="label">${row.label}</dt><dd part="value"
      class="value">${row.displayValue}</dd>${link}</div>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #listening: HTMLFormElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten();
  }

  protected override willUpdate(): void {
    if (this.#sourceForm() !== this.#listening) this.#listen();
  }

  #sourceForm(): HTMLFormElement | null {
    if (isServer) return null; // no form to read on the server: the rows come at hydration
    if (this.form) {
      const named = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.form);
      return named instanceof HTMLFormElement ? named : null;
    }
    return this.closest('form');
  }

  #listen(): void {
    this.#unlisten();
    const form = this.#sourceForm();
    if (!form) return;
    for (const type of ['input', 'change', 'reset']) form.addEventListener(type, this.#onAnswer);
    this.#listening = form;
  }

  #unlisten(): void {
    for (const type of ['input', 'change', 'reset'])
      this.#listening?.removeEventListener(type, this.#onAnswer);
    this.#listening = null;
  }

  #onAnswer = (): void => {
    // After the control has taken the change (a reset restores values after the event).
    queueMicrotask(() => this.revision++);
  };

  /** "Rediger": tell the flow; unless it takes over, focus the field and bring its label into view. */
  #edit(event: Event, name: string): void {
    event.preventDefault();
    const edit = new BfSummaryEditEvent({ name });
    this.dispatchEvent(edit);
    if (edit.defaultPrevented) return;
    const control = this.#controlNamed(name);
    control?.focus({ preventScroll: true });
    control?.scrollIntoView({ block: 'start' });
  }

  #controlNamed(name: string): ValidatableControl | undefined {
    const form = this.#sourceForm();
    return form ? controlNamed(form, name) : undefined;
  }
}
