import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BfFormControl } from '../../base/form-control.js';
import { choicesValidators } from '../../validation/choice-validators.js';
import type { Validator } from '../../validation/validator.js';
import { choiceGroupStyles } from '../choice-group/choice-group.styles.js';
import { ChoiceOptionsController, followDefault, type ChoiceOption } from '../choice-group/options.js';
import { anchorInput, cancelClickWhenReadonly, choiceInputs, renderChoices } from '../choice-group/render.js';
import { checkboxGroupStyles } from './checkbox-group.styles.js';
import { choiceMessages } from '../../i18n/messages/choice.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(choiceMessages);

/** A comma-separated list of values ("a,b") as an array; empty items dropped. */
function splitValues(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * A group of checkboxes (DKFDS *tjekbokse*) for any number of answers: a real `<fieldset>` whose
 * `<legend>` is the label, then hint, error message and one native checkbox per `<bf-option>`, all
 * in the group's own shadow root. Space ticks and clears the focused box; Tab moves from box to box.
 * Every ticked value is submitted under `name` as its own entry (`formData.getAll(name)`), as with
 * native checkboxes sharing a name; `form.reset()` returns to the options' `checked` attributes.
 *
 * ```html
 * <bf-checkbox-group name="ydelser" label="Hvilke ydelser får du?" hint="Vælg alle, der passer">
 *   <bf-option value="boligstoette">Boligstøtte</bf-option>
 *   <bf-option value="foertidspension">Førtidspension</bf-option>
 *   <bf-option divider></bf-option>
 *   <bf-option value="ingen" exclusive>Ingen af dem</bf-option>
 * </bf-checkbox-group>
 * ```
 *
 * A `<bf-option exclusive>` ("Ingen af dem") clears the other boxes when ticked, and is cleared when
 * another box is ticked. Conditional reveal works as in `bf-radio-group`: children with
 * `slot="conditional-<value>"` show after that option while it is ticked, and their form controls are
 * disabled while hidden.
 *
 * Errors: the message describes the fieldset (hint, then "Fejl: …"); every checkbox gets
 * `aria-invalid`. The validity anchor and `focus()` target is the first checkbox that can be ticked.
 * `readonly` keeps the ticks (the boxes can be focused but not changed).
 *
 * @tagname bf-checkbox-group
 * @summary Checkboxes for several choices, from `<bf-option>` children, in a fieldset with legend, hint and error; submits every ticked value.
 * @slot - `<bf-option>` elements: the choices, in order.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @slot conditional-<value> - Follow-up content shown after the option with that value while it is ticked.
 * @csspart fieldset - The `<fieldset>` around legend, hint, error and options.
 * @csspart options - The list of options.
 * @csspart option - One option: the checkbox and its text.
 * @csspart checkbox - The native `<input type="checkbox">`, which draws the box and its tick itself.
 * @csspart mark - The same input, by the name of the drawn box (kept for themes written against it).
 * @csspart option-label - The option's text.
 * @csspart option-hint - The option's hint.
 * @csspart divider - The separator ("eller") of a `<bf-option divider>`.
 * @csspart conditional - The wrapper of an option's revealed content.
 * @cssprop --bf-input-border-color - Border colour of the boxes and of the revealed content's bar.
 * @cssprop --bf-input-background - Background of a box while not ticked.
 * @cssprop --bf-button-background - Background of a box while ticked.
 * @cssprop --bf-button-text-color - Colour of the tick.
 * @cssprop --bf-choice-border-color - Border colour of the boxes (the marks only; default: `--bf-input-border-color`).
 * @cssprop --bf-choice-checked-color - Background of the boxes while ticked (the marks only; default: `--bf-button-background`).
 * @cssprop --bf-choice-border-width - Border width of the boxes (default: `--bf-border-width`).
 * @cssprop --bf-choice-size - Size of the drawn box (2 em), centred in the 44 px target.
 * @cssprop --bf-choice-radius - Corner radius of the boxes (default: `--bf-radius`).
 * @fires input - The citizen ticked or cleared a box (the native event, passed through).
 * @fires change - The citizen ticked or cleared a box.
 */
export class BfCheckboxGroup extends BfFormControl {
  static override styles = [...BfFormControl.styles, choiceGroupStyles, checkboxGroupStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** The ticked options' values, in option order. Setting it ticks exactly those options. */
  @property({ attribute: false }) values: string[] = [];

  /**
   * The ticked values as one comma-separated string ("a,b"), kept in step with `values`. The `value`
   * attribute sets the initial ticks this way; without it, the options with `checked` are ticked.
   * Use `values` for values that contain a comma.
   */
  declare value: string;

  /** The values the group starts with and returns to on `form.reset()`: the `value` attribute, or the `checked` options. */
  get defaultValues(): string[] {
    const attribute = this.getAttribute('value');
    if (attribute !== null) return splitValues(attribute);
    return this.choices.checkedValues;
  }

  /** `defaultValues` as one comma-separated string. */
  override get defaultValue(): string {
    return this.defaultValues.join(',');
  }

  /** The texts of the ticked options, in option order, e.g. for a summary of the answers. */
  get selectedTexts(): string[] {
    return this.choices.textsOf(this.values);
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  /** In a summary: the ticked options' texts, in option order. */
  protected override get displayValue(): string {
    return this.selectedTexts.join(', ');
  }

  /** The `<bf-option>` children, kept current. */
  protected readonly choices = new ChoiceOptionsController(
    this,
    followDefault(this, () => {
      this.values = this.defaultValues;
    }),
  );

  /** The native checkboxes. */
  protected get checkboxNodes(): HTMLInputElement[] {
    return choiceInputs(this.renderRoot, 'checkbox');
  }

  /** The first enabled checkbox (or the first at all). */
  protected override get validationAnchor(): HTMLElement | null {
    return anchorInput(this.checkboxNodes);
  }

  /** One entry per ticked value under `name`; nothing while none is ticked. */
  protected override get formValue(): FormData | null {
    if (!this.name || this.values.length === 0) return null;
    const data = new FormData();
    for (const value of this.values) data.append(this.name, value);
    return data;
  }

  /** `required`: at least one box must be ticked. The code stays `required`; its default text is `choicesRequired`. */
  protected override get builtInValidators(): readonly Validator<this>[] {
    return choicesValidators;
  }

  /** The fieldset: legend, hint, error, options. */
  override render(): TemplateResult {
    // No white space between the elements: every text node is a node to clone and lay out.
    return html`<fieldset part="fieldset" class="fieldset" aria-describedby=${this.describedBy || nothing}>${this.renderLabel()}${this.renderHint()}${this.renderError()}${this.renderControl()}</fieldset>`;
  }

  /** The legend: label and marker. */
  protected override renderLabel(): TemplateResult {
    return this.renderLegend();
  }

  /** The checkboxes, with dividers and conditional content. */
  protected override renderControl(): TemplateResult {
    const chosen = new Set(this.values);
    return renderChoices({
      type: 'checkbox',
      choices: this.choices,
      localize: this.localize,
      isChecked: (option: ChoiceOption) => chosen.has(option.value),
      disabled: this.isDisabled,
      invalid: this.errorText !== '',
      readonly: this.readonly,
      onInput: this.#onInput,
      onChange: this.#onChange,
      onClick: this.#onClick,
    });
  }

  /**
   * `value` and `values` are two views of one state: whichever is set, the other follows before
   * validity is refreshed (the base refreshes it on every property change).
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: object): void {
    const joined = (this.values as string[] | undefined)?.join(',') ?? '';
    if (name === 'value' && this.value !== joined) this.values = splitValues(this.value ?? '');
    else if (name === 'values' && this.value !== joined) this.value = joined;
    super.requestUpdate(name, oldValue, options);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const chosen = new Set(this.values);
    this.choices.syncConditional((value) => chosen.has(value) && !this.isDisabled);
  }

  /** `form.reset()`: back to the `checked` options (or the `value` attribute), with no errors shown. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.values = this.defaultValues;
  }

  /** Back/forward and reload: the saved state is the submitted entries. */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) {
      this.values = state.getAll(this.name).filter((entry): entry is string => typeof entry === 'string');
    } else {
      super.formStateRestoreCallback(state);
    }
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The values after the citizen ticked or cleared one box, in option order; `exclusive` options clear the rest. */
  #nextValues(box: HTMLInputElement): string[] {
    const options = this.choices.choices;
    const option = options.find((candidate) => candidate.value === box.value);
    const chosen = new Set(this.values);
    if (!box.checked) chosen.delete(box.value);
    else if (option?.exclusive) {
      chosen.clear();
      chosen.add(box.value);
    } else {
      for (const other of options) if (other.exclusive) chosen.delete(other.value);
      chosen.add(box.value);
    }
    const known = options.map((candidate) => candidate.value).filter((value) => chosen.has(value));
    const unknown = [...chosen].filter((value) => !options.some((candidate) => candidate.value === value));
    return [...known, ...unknown];
  }

  readonly #onInput = (event: Event): void => {
    const next = this.#nextValues(event.target as HTMLInputElement);
    if (next.join('\u0000') === this.values.join('\u0000')) return;
    this.values = next;
    this.commitValue(this.value);
  };

  readonly #onChange = (event: Event): void => {
    this.#onInput(event);
    this.redispatchChange();
  };

  /** Read-only: the click is cancelled, so the browser keeps the tick. */
  readonly #onClick = cancelClickWhenReadonly(this);
}
