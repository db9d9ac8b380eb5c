import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BfFormControl } from '../../base/form-control.js';
import { parseCvr, type CvrResult } from '../../domain/cvr.js';
import { cvrValidators, type CvrConstraints } from '../../validation/identifier-validators.js';
import type { Validator } from '../../validation/validator.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import type { TextFieldWidth } from '../text-field/text-field.js';
import { cvrInputStyles } from './cvr-input.styles.js';
import { identifiersMessages } from '../../i18n/messages/identifiers.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(identifiersMessages);

/**
 * A CVR number field (company registration number, REQUIREMENTS §5.2): one native
 * `<input inputmode="numeric">`.
 *
 * **Input.** 8 digits; spaces, hyphens and a `DK` prefix are allowed (`13 74 81 36`,
 * `DK13748136`). The modulus-11 check (weights 2, 7, 6, 5, 4, 3, 2, 1) must hold.
 *
 * **Value.** `value` is the text as the citizen typed it; when the citizen leaves a changed field
 * holding a valid number, it is shown as the bare 8 digits. The form submits `NNNNNNNN` when the
 * number is valid, and the text as typed otherwise (an invalid field blocks the form anyway).
 *
 * **Messages** (keys): `cvrRequired` "Indtast CVR-nummer" (a `message-required` override applies
 * too), `cvrFormat`, `cvrChecksum`.
 *
 * @tagname bf-cvr-input
 * @summary CVR number input: 8 digits with modulus-11 check, spaces and DK prefix allowed; submits NNNNNNNN.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart input - The native `<input>`.
 * @cssprop --bf-input-border-color - Border colour of the input.
 * @cssprop --bf-input-background - Background of the input.
 * @cssprop --bf-input-text-color - Text colour of the input.
 * @cssprop --bf-input-readonly-background - Background of a read-only input.
 * @fires input - The text changed as the citizen typed (the native event).
 * @fires change - The citizen changed the number and left the field.
 */
export class BfCvrInput extends BfFormControl implements CvrConstraints {
  static override styles = [...BfFormControl.styles, textFieldStyles, cvrInputStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** The input's purpose for autofill; none by default (there is no standard token for a CVR number). */
  @property({ initial: '' }) autocomplete!: string;

  /** The input's width in characters (`2 3 4 5 10 20 30 full`); by default it fits `DK 12 34 56 78`. */
  @property({ reflect: true }) width?: TextFieldWidth;

  /** The parse of the current text: `{ ok: true, value: 'NNNNNNNN' }` or `{ ok: false, code }`. */
  get cvrResult(): CvrResult {
    return parseCvr(this.value);
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  protected override get builtInValidators(): readonly Validator<this>[] {
    return cvrValidators;
  }

  protected override get formValue(): string {
    const result = this.cvrResult;
    return result.ok ? result.value : this.value;
  }

  protected override renderControl(): TemplateResult {
    return this.renderTextInput({
      autocomplete: this.autocomplete,
      inputmode: 'numeric',
      plain: true,
    });
  }

  /** A valid number is shown as its 8 digits once the citizen leaves the field, and at load. */
  protected override get formattedValue(): string | null {
    const result = this.cvrResult;
    return result.ok ? result.value : null;
  }
}
