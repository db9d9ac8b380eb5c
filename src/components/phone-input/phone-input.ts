import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BfFormControl } from '../../base/form-control.js';
import { parsePhone, type PhoneResult } from '../../domain/phone.js';
import { phoneValidators, type PhoneConstraints } from '../../validation/identifier-validators.js';
import type { Validator } from '../../validation/validator.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import type { TextFieldWidth } from '../text-field/text-field.js';
import { phoneInputStyles } from './phone-input.styles.js';
import { identifiersMessages } from '../../i18n/messages/identifiers.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(identifiersMessages);

/**
 * A phone number field (REQUIREMENTS §5.4): one native `<input type="tel" autocomplete="tel">`.
 *
 * **Input.** Every common way of writing a number: spaces, hyphens, dots and parentheses are
 * ignored, and `00` counts as `+`. A Danish number is 8 digits, with or without `+45`. With
 * `allow-foreign` (DKFDS recommends it for forms for the general public) a foreign number with its
 * country code (`+46 70 123 45 67`, 8–15 digits in all) is accepted too.
 *
 * **Value.** `value` is the text as the citizen typed it; when the citizen leaves a changed field
 * holding a valid Danish number, it is shown as `12 34 56 78`. The form submits E.164
 * (`+4512345678`, `+46701234567`) when the number is valid, and the text as typed otherwise (an
 * invalid field blocks the form anyway).
 *
 * **Messages** (keys): `phoneRequired` "Indtast telefonnummer" (a `message-required` override
 * applies too), `phoneFormat` (Danish numbers only), `phoneFormatIntl` (with `allow-foreign`),
 * `phoneNotDanish` (a foreign number without `allow-foreign`).
 *
 * @tagname bf-phone-input
 * @summary Phone number input: Danish 8-digit numbers, and foreign numbers with allow-foreign; submits E.164.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart input - The native `<input>`.
 * @cssprop --bf-input-border-color - Border colour of the input.
 * @cssprop --bf-input-background - Background of the input.
 * @cssprop --bf-input-text-color - Text colour of the input.
 * @cssprop --bf-input-readonly-background - Background of a read-only input.
 * @fires input - The text changed as the citizen typed (the native event).
 * @fires change - The citizen changed the number and left the field.
 */
export class BfPhoneInput extends BfFormControl implements PhoneConstraints {
  static override styles = [...BfFormControl.styles, textFieldStyles, phoneInputStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** Also accept foreign numbers written with their country code (`+46 …`, `0049 …`). */
  @property({ type: Boolean, reflect: true, attribute: 'allow-foreign', initial: false })
  allowForeign!: boolean;

  /** The input's purpose for autofill: `tel` unless the host names another (`tel-national`, `off`). */
  @property({ initial: '' }) autocomplete!: string;

  /** The input's width in characters (`2 3 4 5 10 20 30 full`); by default it fits `+45 12 34 56 78`. */
  @property({ reflect: true }) width?: TextFieldWidth;

  /**
   * The parse of the current text: `{ ok: true, value: '+4512345678', display: '12 34 56 78' }` or
   * `{ ok: false, code }`.
   */
  get phoneResult(): PhoneResult {
    return parsePhone(this.value, { mode: this.allowForeign ? 'dk+intl' : 'dk' });
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  protected override get builtInValidators(): readonly Validator<this>[] {
    return phoneValidators;
  }

  protected override get formValue(): string {
    const result = this.phoneResult;
    return result.ok ? result.value : this.value;
  }

  protected override renderControl(): TemplateResult {
    return this.renderTextInput({
      type: 'tel',
      autocomplete: this.autocomplete || 'tel',
      plain: true,
    });
  }

  /** A valid Danish number is shown as `12 34 56 78` once the citizen leaves the field, and at load. */
  protected override get formattedValue(): string | null {
    const result = this.phoneResult;
    // A foreign number keeps the citizen's own spacing: its grouping differs from country to country.
    return result.ok && result.value.startsWith('+45') ? result.display : null;
  }
}
