import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { BfFormControl, CONTROL_ID } from '../../base/form-control.js';
import { choiceValidators } from '../../validation/choice-validators.js';
import type { Validator } from '../../validation/validator.js';
import { ChoiceOptionsController, followDefault, type ChoiceOption } from '../choice-group/options.js';
import { selectStyles } from './select.styles.js';
import { choiceMessages } from '../../i18n/messages/choice.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(choiceMessages);

/** The drawn arrow of the closed list; decorative. */
const arrow = svg`<svg class="arrow" part="arrow" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path
  d="M5 9l7 7 7-7" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * A drop-down list (DKFDS *dropdown*) for one answer out of many: label, hint, error message and a
 * native `<select>` in one shadow root, with one `<option>` per `<bf-option>` child. The chosen value
 * is submitted under `name`.
 *
 * While no option is chosen (no `value` attribute and no option with `checked`), the list starts with
 * an empty "Vælg" option (`value=""`; text from the catalogue, `message-select-placeholder` to change
 * it), so the citizen makes a real choice; `required` then asks "Vælg {label}". Option hints and
 * dividers do not apply to a list and are left out; prefer `bf-radio-group` for few options.
 * `readonly` shows the chosen option only, so the value can be read but not changed.
 *
 * ```html
 * <bf-select name="kommune" label="Kommune" required>
 *   <bf-option value="0101">København</bf-option>
 *   <bf-option value="0751">Aarhus</bf-option>
 * </bf-select>
 * ```
 *
 * @tagname bf-select
 * @summary Drop-down list of `<bf-option>` choices with label, hint and error message, and an empty "Vælg" first option.
 * @slot - `<bf-option>` elements: the choices, in order.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart control - The wrapper of the select and its arrow.
 * @csspart select - The native `<select>`.
 * @csspart arrow - The drawn arrow.
 * @cssprop --bf-input-border-color - Border colour of the list.
 * @cssprop --bf-input-background - Background of the list.
 * @cssprop --bf-input-text-color - Text colour and arrow colour of the list.
 * @fires input - The citizen chose an option (the native event, passed through).
 * @fires change - The citizen chose an option.
 */
export class BfSelect extends BfFormControl {
  static override styles = [...BfFormControl.styles, selectStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /**
   * The chosen option's value ('' for the empty "Vælg" option). The initial value is the `value`
   * attribute, or else the option with `checked`.
   */
  declare value: string;

  /** The list's purpose for autofill (`country-name`, `sex` …), passed to the native select. */
  @property({ initial: '' }) autocomplete!: string;

  /** The value the list starts with and returns to on `form.reset()`: the `value` attribute, or the `checked` option's value. */
  override get defaultValue(): string {
    return this.getAttribute('value') ?? this.choices.checkedValues[0] ?? '';
  }

  /** The text of the chosen option ('' for none), e.g. for a summary of the answers. */
  get selectedText(): string {
    return this.choices.textsOf([this.value])[0] ?? '';
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  /** In a summary: the chosen option's text, not its value. */
  protected override get displayValue(): string {
    return this.selectedText;
  }

  /** The `<bf-option>` children, kept current. */
  protected readonly choices = new ChoiceOptionsController(
    this,
    followDefault(this, () => {
      this.value = this.defaultValue;
    }),
  );

  /** The native select. */
  @query(`#${CONTROL_ID}`) protected readonly selectNode!: HTMLSelectElement | null;

  /** `required`: a real option must be chosen. The code stays `required`; its default text is `choiceRequired`. */
  protected override get builtInValidators(): readonly Validator<this>[] {
    return choiceValidators;
  }

  /**
   * Whether the list shows the empty "Vælg" option: unless the host preselected an option with
   * `checked` and it is chosen. A `value` attribute alone (an answer sent back by the server, a
   * draft) keeps it, so the list reads as it did when the citizen chose, and an optional answer can
   * still be taken back.
   */
  protected get showsPlaceholder(): boolean {
    return this.choices.checkedValues.length === 0 || this.value === '';
  }

  protected override renderControl(): TemplateResult {
    const invalid = this.errorText !== '';
    const shown = this.readonly
      ? this.choices.choices.filter((option) => option.value === this.value)
      : this.choices.choices;
    return html`<div part="control" class="control"><select part="select" class="input select" id="control"
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        autocomplete=${this.autocomplete || nothing}
        aria-describedby=${this.describedBy || nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-readonly=${this.readonly ? 'true' : nothing}
        @change=${this.#onChange}
        @input=${this.#onInput}
      >${
        this.showsPlaceholder && (!this.readonly || this.value === '')
          ? html`<option value="" lang=${this.localize.textLang ?? nothing}
          .selected=${live(this.value === '')}>${this.localize.term('selectPlaceholder')}</option>`
          : nothing
      }${shown.map((option) => this.renderOption(option))}</select>${arrow}</div>`;
  }

  /** One native option. Its text is rendered as text. */
  protected renderOption(option: ChoiceOption): TemplateResult {
    return html`<option .value=${option.value} ?disabled=${option.disabled}
      .selected=${live(option.value === this.value)}>${option.text}</option>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  readonly #onInput = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (select.value !== this.value) this.commitValue(select.value);
  };

  readonly #onChange = (event: Event): void => {
    this.#onInput(event);
    this.redispatchChange();
  };
}
