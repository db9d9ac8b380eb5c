import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { warnOnce } from '../../base/warn.js';
import { fieldsetStyles } from './fieldset.styles.js';

/**
 * A group of fields under one question or heading (DKFDS *fieldset*, "Din adresse"): a native
 * `<fieldset>` with a `<legend>` and a hint around the host's fields. The fields stay the host's own
 * light-DOM children, so they belong to the page's `<form>` as before: `FormData`, validation, reset
 * and a surrounding `<fieldset disabled>` reach them unchanged. The group is named by the legend and
 * described by the hint (`aria-describedby`, in the same root).
 *
 * With `legend-as-heading` the legend holds the page's `h1` (DKFDS and GOV.UK: the legend as page
 * heading, for a page that asks one question), so the question is read once, as heading and as
 * the group's name.
 *
 * A group is disabled by a native `<fieldset disabled>` around it (the fields are not descendants
 * of the group's own fieldset, which sits in its shadow root).
 *
 * @tagname bf-fieldset
 * @summary A fieldset: legend (optionally the page's h1) and hint around a group of fields, which stay in their form.
 * @slot - The fields (and any other content) of the group.
 * @slot hint - A hint with rich content (a link); it follows the `hint` attribute's text.
 * @csspart fieldset - The native `<fieldset>`.
 * @csspart legend - The native `<legend>`.
 * @csspart heading - The `h1` inside the legend, with `legend-as-heading`.
 * @csspart hint - The hint, the group's description.
 * @cssprop --bf-label-color - The legend's colour.
 * @cssprop --bf-hint-color - The hint's colour.
 * @cssprop --bf-field-spacing - The space below the group.
 */
export class BfFieldset extends LitElement {
  static override styles = fieldsetStyles;

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** The group's question or heading, its accessible name. Rendered as text. */
  @property() legend = '';

  /** A hint below the legend, the group's accessible description. Rendered as text. */
  @property() hint = '';

  /** Renders the legend as the page's `h1` (one question per page). */
  @property({ attribute: 'legend-as-heading', type: Boolean }) legendAsHeading = false;

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  /** Whether there is a hint: the attribute, or content in the `hint` slot. */
  protected get hasHint(): boolean {
    if (this.hint !== '') return true;
    for (let child = this.firstElementChild; child; child = child.nextElementSibling) {
      if (child.slot === 'hint') return true;
    }
    return false;
  }

  override render(): TemplateResult {
    const hint = this.hasHint;
    return html`<fieldset part="fieldset" class="fieldset" aria-describedby=${hint ? 'hint' : nothing}
      >${this.renderLegend()}<div part="hint" class="hint" id="hint" ?hidden=${!hint}>${this.hint}<slot name="hint"
      @slotchange=${this.#onHintSlotChange}></slot></div><slot></slot></fieldset>`;
  }

  /** The legend: its text, or the page's `h1` holding it. */
  protected renderLegend(): TemplateResult {
    return this.legendAsHeading
      ? html`<legend part="legend" class="legend as-heading"><h1 part="heading" class="heading">${this.legend}</h1></legend>`
      : html`<legend part="legend" class="legend">${this.legend}</legend>`;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.legend)
      warnOnce(`<${this.localName}> has no legend. A group of fields needs a visible name (WCAG 1.3.1).`);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #onHintSlotChange(): void {
    this.requestUpdate();
  }
}
