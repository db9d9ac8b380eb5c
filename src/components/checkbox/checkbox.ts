import { html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { BfFormControl, CONTROL_ID } from '../../base/form-control.js';
import { checkboxValidators } from '../../validation/choice-validators.js';
import type { Validator } from '../../validation/validator.js';
import { checkboxStyles } from './checkbox.styles.js';
import { checkboxMessages } from '../../i18n/messages/checkbox.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(checkboxMessages);

/**
 * One checkbox with its label to the right (DKFDS *tjekboks*), for a single yes/no such as consent:
 * "Jeg bekræfter, at oplysningerne er rigtige". A native `<input type="checkbox">` carries the
 * semantics and the keyboard (Space ticks it); a large box is drawn over it, with a visible focus
 * ring and a tick that stays visible in Windows' contrast themes (forced colours).
 *
 * Like a native checkbox, it submits `value` ("on" unless set) under `name` only while ticked, and
 * `form.reset()` returns it to the `checked` attribute. `required` means the box must be ticked.
 * `readonly` does not apply to a checkbox (as in HTML); use `disabled`.
 *
 * @tagname bf-checkbox
 * @summary A single checkbox with its label to the right, for consent and other yes/no questions.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart control - The row holding the box and the label.
 * @csspart checkbox - The native `<input type="checkbox">`, which draws the box and its tick itself.
 * @csspart box - The same input, by the name of the drawn box (kept for themes written against it).
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
export class BfCheckbox extends BfFormControl {
  static override styles = [...BfFormControl.styles, checkboxStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** Whether the box is ticked. The `checked` attribute is the initial state that `form.reset()` returns to. */
  @property({ type: Boolean, initial: false }) checked!: boolean;

  /** The value submitted under `name` while the box is ticked ("on" unless set). */
  override value = 'on';

  /** The state the box starts with and returns to on `form.reset()`: the `checked` attribute. */
  get defaultChecked(): boolean {
    return this.hasAttribute('checked');
  }

  /** The `value` attribute, or "on" (as a native checkbox). */
  override get defaultValue(): string {
    return this.getAttribute('value') ?? 'on';
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  /** The native checkbox. */
  @query(`#${CONTROL_ID}`) protected readonly checkboxNode!: HTMLInputElement | null;

  /** Only a ticked box takes part in the form, as a native checkbox. */
  protected override get formValue(): string | null {
    return this.checked ? this.value || 'on' : null;
  }

  /** In a summary: "Ja" or "Nej" (a box left unticked is an answer too). */
  protected override get displayValue(): string {
    return this.localize.term(this.checked ? 'summaryYes' : 'summaryNo');
  }

  /**
   * `required`: the box must be ticked. The code stays `required` (so `message-required` overrides
   * it as on every field); its default text is the catalogue's `checkboxRequired`.
   */
  protected override get builtInValidators(): readonly Validator<this>[] {
    return checkboxValidators;
  }

  /** Error above; then the box, with label and hint to its right. */
  override render(): TemplateResult {
    return html`${this.renderError()}${this.renderControl()}`;
  }

  protected override renderControl(): TemplateResult {
    const invalid = this.errorText !== '';
    // No white space between the elements: every text node is a node to clone and lay out.
    return html`<div part="control" class="choice"><input part="checkbox box" class="checkbox" id="control" type="checkbox"
          .checked=${live(this.checked)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          aria-describedby=${this.describedBy || nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          @input=${this.#onToggle}
          @change=${this.#onChange}
        /><div class="text">${this.renderLabel()}${this.renderHint()}</div></div>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #onToggle(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.checked = checked;
    this.commitValue(this.value);
  }

  #onChange(event: Event): void {
    this.#onToggle(event);
    this.redispatchChange();
  }

  /** `form.reset()`: back to the `checked` attribute, with no errors shown. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.checked = this.defaultChecked;
  }

  /** What the browser keeps across back/forward and reload: whether the box is ticked. */
  protected override get formState(): string {
    return this.checked ? 'checked' : 'unchecked';
  }

  /** Back/forward and reload: the box comes back as the citizen left it, ticked or cleared. */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    this.checked = state === 'checked';
  }
}
