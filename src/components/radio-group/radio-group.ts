import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BfFormControl } from '../../base/form-control.js';
import { choiceValidators } from '../../validation/choice-validators.js';
import type { Validator } from '../../validation/validator.js';
import { choiceGroupStyles } from '../choice-group/choice-group.styles.js';
import { ChoiceOptionsController, followDefault, type ChoiceOption } from '../choice-group/options.js';
import { anchorInput, cancelClickWhenReadonly, choiceInputs, renderChoices } from '../choice-group/render.js';
import { radioGroupStyles } from './radio-group.styles.js';
import { choiceMessages } from '../../i18n/messages/choice.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(choiceMessages);

/**
 * A group of radio buttons (DKFDS *radioknapper*) for one answer out of a few: a real `<fieldset>`
 * whose `<legend>` is the label, then hint, error message and one native radio per `<bf-option>`,
 * all in the group's own shadow root. Arrow keys move between the options and choose, Tab enters and
 * leaves the group once, as with native radios. The chosen option's value is submitted under `name`
 * (nothing while none is chosen); `form.reset()` returns to the options' `checked` attributes.
 *
 * ```html
 * <bf-radio-group name="bolig" label="Hvordan bor du?" required>
 *   <bf-option value="eje" hint="Hus eller ejerlejlighed">Ejerbolig</bf-option>
 *   <bf-option value="leje">Lejebolig</bf-option>
 *   <bf-option divider></bf-option>
 *   <bf-option value="andet">Andet</bf-option>
 *   <bf-text-field slot="conditional-andet" name="bolig-andet" label="Beskriv, hvordan du bor" required></bf-text-field>
 * </bf-radio-group>
 * ```
 *
 * **Conditional reveal.** Light-DOM children with `slot="conditional-<value>"` are a follow-up
 * question for the option with that value. They are shown directly after that option (next in
 * reading and tab order) and only while it is chosen. While hidden, every form control in them
 * (native or Borgerform) gets `disabled`, so it is neither validated nor submitted; controls the
 * page disabled itself stay disabled.
 *
 * Errors: the message describes the fieldset (hint, then "Fejl: …"), which has `role="radiogroup"`
 * and `aria-invalid`. The validity anchor and `focus()` target is the chosen radio, or the first one.
 * `readonly` keeps the choice (the radios can be focused but not changed).
 *
 * @tagname bf-radio-group
 * @summary Radio buttons for one choice, from `<bf-option>` children, in a fieldset with legend, hint and error; with conditional reveal.
 * @slot - `<bf-option>` elements: the choices, in order.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @slot conditional-<value> - Follow-up content shown after the option with that value while it is chosen.
 * @csspart fieldset - The `<fieldset>` around legend, hint, error and options.
 * @csspart options - The list of options.
 * @csspart option - One option: the radio and its text.
 * @csspart radio - The native `<input type="radio">`, which draws the circle and its dot itself.
 * @csspart mark - The same input, by the name of the drawn circle (kept for themes written against it).
 * @csspart option-label - The option's text.
 * @csspart option-hint - The option's hint.
 * @csspart divider - The separator ("eller") of a `<bf-option divider>`.
 * @csspart conditional - The wrapper of an option's revealed content.
 * @cssprop --bf-input-border-color - Border colour of the circles and of the revealed content's bar.
 * @cssprop --bf-input-background - Background of the circles.
 * @cssprop --bf-button-background - Colour of the dot in the chosen circle.
 * @cssprop --bf-choice-border-color - Border colour of the circles (the marks only; default: `--bf-input-border-color`).
 * @cssprop --bf-choice-checked-color - Colour of the dot in the chosen circle (the marks only; default: `--bf-button-background`).
 * @cssprop --bf-choice-border-width - Border width of the circles (default: `--bf-border-width`).
 * @cssprop --bf-choice-size - Size of the drawn circle (2 em), centred in the 44 px target.
 * @fires input - The citizen chose an option (the native event, passed through).
 * @fires change - The citizen chose an option.
 */
export class BfRadioGroup extends BfFormControl {
  static override styles = [...BfFormControl.styles, choiceGroupStyles, radioGroupStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /**
   * The chosen option's value ('' for none). Setting it chooses that option. The initial value is
   * the `value` attribute, or else the option with `checked`.
   */
  declare value: string;

  /** The value the group starts with and returns to on `form.reset()`: the `value` attribute, or the `checked` option's value. */
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

  /** The native radios. */
  protected get radioNodes(): HTMLInputElement[] {
    return choiceInputs(this.renderRoot, 'radio');
  }

  /** The chosen radio, or the first enabled one (or the first at all). */
  protected override get validationAnchor(): HTMLElement | null {
    return anchorInput(this.radioNodes, true);
  }

  /** Nothing is submitted while no option is chosen (as native radios). */
  protected override get formValue(): string | null {
    return this.value === '' ? null : this.value;
  }

  /** `required`: an option must be chosen. The code stays `required`; its default text is `choiceRequired`. */
  protected override get builtInValidators(): readonly Validator<this>[] {
    return choiceValidators;
  }

  /** The fieldset: legend, hint, error, options. */
  override render(): TemplateResult {
    const invalid = this.errorText !== '';
    // No white space between the elements: every text node is a node to clone and lay out.
    return html`<fieldset part="fieldset" class="fieldset" role="radiogroup"
        aria-describedby=${this.describedBy || nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-required=${this.required && !this.readonly ? 'true' : nothing}
        aria-readonly=${this.readonly ? 'true' : nothing}>${this.renderLabel()}${this.renderHint()}${this.renderError()}${this.renderControl()}</fieldset>`;
  }

  /** The legend: label and marker. */
  protected override renderLabel(): TemplateResult {
    return this.renderLegend();
  }

  /** The radios, with dividers and conditional content. */
  protected override renderControl(): TemplateResult {
    return renderChoices({
      type: 'radio',
      choices: this.choices,
      localize: this.localize,
      isChecked: (option: ChoiceOption) => option.value === this.value,
      disabled: this.isDisabled,
      invalid: false,
      readonly: false,
      onInput: this.#onInput,
      onChange: this.#onChange,
      onClick: this.#onClick,
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.choices.syncConditional((value) => value === this.value && !this.isDisabled);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  readonly #onInput = (event: Event): void => {
    const radio = event.target as HTMLInputElement;
    if (radio.checked) this.commitValue(radio.value);
  };

  readonly #onChange = (event: Event): void => {
    this.#onInput(event);
    this.redispatchChange();
  };

  /** Read-only: the click is cancelled, so the browser keeps the choice. */
  readonly #onClick = cancelClickWhenReadonly(this);
}
