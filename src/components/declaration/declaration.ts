import { html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { BfFormControl, CONTROL_ID } from '../../base/form-control.js';
import { declarationValidators } from '../../validation/declaration-validators.js';
import type { Validator } from '../../validation/validator.js';
import { declarationStyles } from './declaration.styles.js';
import { collapseWhiteSpace, slottedText } from './declaration-text.js';
import { declarationMessages } from '../../i18n/messages/declaration.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(declarationMessages);

/**
 * The declaration a citizen confirms before sending ("Jeg erklærer på tro og love, at …"): a group
 * with a heading (`label`, "Erklæring" unless the host gives one), the host's text, and one checkbox,
 * "Jeg bekræfter". The host writes the whole declaration as the element's content (text, maybe a
 * link), which is slotted, never parsed or rendered as HTML by the element:
 *
 * ```html
 * <bf-declaration name="erklaering">
 *   Jeg erklærer på tro og love, at de oplysninger, jeg har givet, er rigtige og fuldstændige.
 * </bf-declaration>
 * ```
 *
 * **Name and description.** A native `<fieldset>` in the shadow root is named by its `<legend>` (the
 * heading) and described by hint and error, as every group; the native checkbox inside it is named by
 * its `<label>` ("Jeg bekræfter") and described by the declaration's text (`aria-describedby` to the
 * element around the slot, in the same root), so a screen reader says what is being confirmed.
 *
 * **Value.** While confirmed, the form submits the declaration's text as the citizen saw it (`text`:
 * the content's text, white space collapsed, never HTML) under `name`; unconfirmed, nothing. A summary
 * reads "Bekræftet: {text}" or "Ikke bekræftet", under the heading.
 *
 * **A confirmation belongs to its text.** If the text changes after the citizen confirmed (the host
 * rewrote it), the box is cleared: the citizen confirms the new text. Back/forward, a reload and a
 * draft keep the text that was confirmed, and bring the confirmation back only if the text is still
 * the same. A server sending the form back writes `checked` (confirmed, for the text in the markup)
 * and, if it must, `error`.
 *
 * Required by default (a declaration cannot be skipped), so it carries no "(frivilligt)" marker and
 * none in a form that marks required fields; only script can set `required = false`. `readonly`
 * does not apply (as to a checkbox); use `disabled`. `value` has no effect: the text is the value.
 *
 * @tagname bf-declaration
 * @summary A declaration the citizen confirms ("Jeg erklærer på tro og love, at …"): heading, the host's text and "Jeg bekræfter"; submits the text while confirmed.
 * @slot - The declaration's text (plain text, maybe inline links). Read as text for the value.
 * @slot hint - Rich hint content (a link, a list), below the heading. Plain text goes in the `hint` attribute.
 * @csspart fieldset - The `<fieldset>` around heading, hint, error, text and checkbox.
 * @csspart label - The heading (`<legend>`).
 * @csspart text - The declaration's text (around the default slot).
 * @csspart control - The row holding the box and its label.
 * @csspart checkbox - The native `<input type="checkbox">`, which draws the box and its tick itself.
 * @csspart confirm-label - The checkbox's label, "Jeg bekræfter".
 * @cssprop --bf-input-border-color - Border colour of the box.
 * @cssprop --bf-input-background - Background of the box while not ticked.
 * @cssprop --bf-button-background - Background of the box while ticked.
 * @cssprop --bf-button-text-color - Colour of the tick.
 * @cssprop --bf-choice-border-color - Border colour of the box (the marks only; default: `--bf-input-border-color`).
 * @cssprop --bf-choice-checked-color - Background of the box while ticked (the marks only; default: `--bf-button-background`).
 * @cssprop --bf-choice-border-width - Border width of the box (default: `--bf-border-width`).
 * @cssprop --bf-choice-size - Size of the drawn box (2 em), centred in the 44 px target.
 * @cssprop --bf-choice-radius - Corner radius of the box (default: `--bf-radius`).
 * @fires input - The citizen ticked or cleared the box (the native event, passed through).
 * @fires change - The citizen ticked or cleared the box.
 */
export class BfDeclaration extends BfFormControl {
  static override styles = [...BfFormControl.styles, declarationStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /**
   * Whether the citizen has confirmed the declaration as it reads now. The `checked` attribute is the
   * initial state that `form.reset()` returns to (a server's "confirmed").
   */
  @property({ type: Boolean, initial: false }) checked!: boolean;

  /** The checkbox's label; "Jeg bekræfter" from the catalogue when empty. Rendered as text. */
  @property({ attribute: 'confirm-label', initial: '' }) confirmLabel!: string;

  /** The declaration must be confirmed: on unless script sets it to `false`. */
  @property({ type: Boolean, reflect: true, initial: true }) override required!: boolean;

  /** The state the box starts with and returns to on `form.reset()`: the `checked` attribute. */
  get defaultChecked(): boolean {
    return this.hasAttribute('checked');
  }

  /** The declaration as the citizen reads it: the content's text, white space collapsed, never HTML. */
  get text(): string {
    return slottedText(this);
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  /** The native checkbox. */
  @query(`#${CONTROL_ID}`) protected readonly checkboxNode!: HTMLInputElement | null;

  /** The heading: `label`, else the catalogue's "Erklæring". */
  protected override get shownLabel(): string {
    return this.label || this.localize.term('declarationLabel');
  }

  /** The text while confirmed, nothing otherwise. */
  protected override get formValue(): string | null {
    return this.checked ? this.text : null;
  }

  /** What back/forward, reload and drafts keep: the text that was confirmed, '' when not confirmed. */
  protected override get formState(): string {
    return this.checked ? this.text : '';
  }

  /** In a summary: "Bekræftet: {text}" or "Ikke bekræftet". */
  protected override get displayValue(): string {
    return this.checked
      ? this.localize.term('declarationConfirmed', { text: this.text })
      : this.localize.term('declarationNotConfirmed');
  }

  /** `required`: the box must be ticked; its default text is the catalogue's `declarationRequired`. */
  protected override get builtInValidators(): readonly Validator<this>[] {
    return declarationValidators;
  }

  /** The fieldset: heading, hint, error, the declaration's text, the checkbox. */
  override render(): TemplateResult {
    // No white space between the elements: every text node is a node to clone and lay out.
    return html`<fieldset part="fieldset" class="fieldset" aria-describedby=${this.describedBy || nothing}>${this.renderLabel()}${this.renderHint()}${this.renderError()}${this.renderText()}${this.renderControl()}</fieldset>`;
  }

  /**
   * The heading, with no "(frivilligt)" or "(skal udfyldes)" marker (a declaration is to be confirmed),
   * marked with the catalogue's language when it is the default in another language.
   */
  protected override renderLabel(): TemplateResult {
    return html`<legend part="label" class="label" lang=${this.label ? nothing : (this.localize.textLang ?? nothing)}>${this.shownLabel}</legend>`;
  }

  /** The host's text, slotted (`id="text"`): the checkbox's description. */
  protected renderText(): TemplateResult {
    return html`<div part="text" class="declaration" id="text"><slot></slot></div>`;
  }

  /** The box, with "Jeg bekræfter" to its right. */
  protected override renderControl(): TemplateResult {
    const own = this.confirmLabel;
    return html`<div part="control" class="choice"><input part="checkbox" class="checkbox" id="control" type="checkbox"
          .checked=${live(this.checked)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          aria-describedby="text"
          aria-invalid=${this.errorText ? 'true' : nothing}
          @input=${this.#onToggle}
          @change=${this.#onChange}
        /><div class="text"><label part="confirm-label" class="confirm" for="control"
          lang=${own ? nothing : (this.localize.textLang ?? nothing)}>${own || this.localize.term('declarationConfirm')}</label></div></div>`;
  }

  // ── Lifecycle ─────────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer ??= new MutationObserver(this.#onContentChange);
    this.#observer.observe(this, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['slot', 'hidden'],
    });
    this.#onContentChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** A confirmation (by the citizen, script or the `checked` attribute) belongs to the text as it reads now. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: object): void {
    if (name === 'checked' && this.checked) this.#confirmedText = this.text;
    super.requestUpdate(name, oldValue, options);
  }

  /** `form.reset()`: back to the `checked` attribute, with no errors shown. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.checked = this.defaultChecked;
  }

  /** Back/forward, reload and drafts: confirmed again only if the text is still the one confirmed. */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    this.checked = typeof state === 'string' && state !== '' && collapseWhiteSpace(state) === this.text;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The text the confirmation was given for. */
  #confirmedText = '';
  #observer: MutationObserver | undefined;

  /**
   * The content changed. While the page is still arriving (or the text arrives after the
   * confirmation, from script), the confirmation follows the text; a change after that clears it.
   */
  readonly #onContentChange = (): void => {
    if (!this.checked || this.text === this.#confirmedText) return;
    // `requestUpdate('checked', …)` binds the confirmation to the text and submits the text as it is now.
    if (this.#confirmedText === '' || document.readyState === 'loading') this.requestUpdate('checked', false);
    else this.checked = false;
  };

  #onToggle(event: Event): void {
    this.checked = (event.target as HTMLInputElement).checked;
  }

  #onChange(event: Event): void {
    this.#onToggle(event);
    this.redispatchChange();
  }
}
