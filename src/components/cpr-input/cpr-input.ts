import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localTodayIso } from '../../base/clock.js';
import { BfFormControl } from '../../base/form-control.js';
import { warnOnce } from '../../base/warn.js';
import { formatCpr, parseCpr, type CprResult } from '../../domain/cpr.js';
import { isIsoDate } from '../../domain/dates.js';
import { cprValidators, type CprConstraints } from '../../validation/identifier-validators.js';
import type { Validator } from '../../validation/validator.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import type { TextFieldWidth } from '../text-field/text-field.js';
import { cprInputStyles } from './cpr-input.styles.js';
import { identifiersMessages } from '../../i18n/messages/identifiers.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(identifiersMessages);

/**
 * A CPR number field (personnummer, REQUIREMENTS §5.1): one native `<input inputmode="numeric"
 * autocomplete="off">` with the format hint "Format: ddmmåå-xxxx" unless the field has a `hint` of
 * its own.
 *
 * **Input.** `DDMMYY-SSSS`, `DDMMYYSSSS` or `DDMMYY SSSS` (a hyphen, en dash, space or no-break
 * space between digit 6 and 7). The date must be real in the century the 7th digit gives, and not
 * after `today`; there is no modulus-11 check (CPR has issued numbers that fail it since 2007).
 *
 * **Value.** `value` is the text as the citizen typed it; when the citizen leaves a changed field
 * holding a valid number, it is shown as `DDMMYY-SSSS` (never while typing). The form submits the
 * normalised `DDMMYYSSSS` when the number is valid, and the text as typed otherwise (an invalid
 * field blocks the form anyway). An empty optional field submits ''.
 *
 * **Privacy.** The number is never reflected to an attribute, put in an event, an error object, a
 * console message or a URL, and the input keeps it out of the browser's form history
 * (`autocomplete="off"`). Like a native `autocomplete="off"` field, it gives the browser no state to
 * keep in its session history, so back/forward and reload do not bring the number back. Messages
 * are looked up from codes only.
 *
 * **Messages** (keys): `cprRequired` "Indtast CPR-nummer" (a `message-required` override applies
 * too), `cprFormat`, `cprDate`, `cprFuture`; the hint is `cprHint`.
 *
 * @tagname bf-cpr-input
 * @summary CPR number (personnummer) input: format hint, real-date and century check, no mod-11; submits DDMMYYSSSS.
 * @slot hint - Rich hint content, replacing the format hint. Plain text goes in the `hint` attribute.
 * @csspart input - The native `<input>`.
 * @cssprop --bf-input-border-color - Border colour of the input.
 * @cssprop --bf-input-background - Background of the input.
 * @cssprop --bf-input-text-color - Text colour of the input.
 * @cssprop --bf-input-readonly-background - Background of a read-only input.
 * @fires input - The text changed as the citizen typed (the native event; it carries no value).
 * @fires change - The citizen changed the number and left the field.
 */
export class BfCprInput extends BfFormControl implements CprConstraints {
  static override styles = [...BfFormControl.styles, textFieldStyles, cprInputStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /**
   * Today, `YYYY-MM-DD`: a birth date after it gives "… ligger i fremtiden". Empty: the device's
   * local date, read at each check. Set it to the server's date so page and server agree, or to
   * fix the date in tests.
   */
  @property({ initial: '' }) today!: string;

  /** The input's width in characters (`2 3 4 5 10 20 30 full`); by default it fits `DDMMYY-SSSS`. */
  @property({ reflect: true }) width?: TextFieldWidth;

  /**
   * The parse of the current text: `{ ok: true, value: 'DDMMYYSSSS', birthDate }` or
   * `{ ok: false, code }` (`required` for an empty field, which is an error only when `required`).
   */
  get cprResult(): CprResult {
    const today = this.effectiveToday;
    const cached = this.#parsed;
    if (cached && cached.text === this.value && cached.today === today) return cached.result;
    const result = parseCpr(this.value, { today });
    this.#parsed = { text: this.value, today, result };
    return result;
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  /** The `today` in effect: the `today` property when it is a real ISO date, else the device's date. */
  protected get effectiveToday(): string {
    if (this.today) {
      if (isIsoDate(this.today)) return this.today;
      warnOnce(`<${this.localName}> ignores today="${this.today}": write it as YYYY-MM-DD.`);
    }
    return localTodayIso();
  }

  /** The format hint "Format: ddmmåå-xxxx", shown when the field has no hint of its own. */
  protected override get defaultHint(): string {
    return this.localize.term('cprHint');
  }

  protected override get builtInValidators(): readonly Validator<this>[] {
    return cprValidators;
  }

  protected override get formValue(): string {
    const result = this.cprResult;
    return result.ok ? result.value : this.value;
  }

  /** A CPR number is never written to a browser draft. */
  protected override get isSensitive(): boolean {
    return true;
  }

  /** No state for the browser to keep across back/forward and reload, as a native `autocomplete="off"` input keeps none. */
  protected override get formState(): null {
    return null;
  }

  protected override renderControl(): TemplateResult {
    return this.renderTextInput({
      autocomplete: 'off',
      inputmode: 'numeric',
      plain: true,
    });
  }

  /** A valid number is shown as `DDMMYY-SSSS` once the citizen leaves the field, and at load. */
  protected override get formattedValue(): string | null {
    const result = this.cprResult;
    return result.ok ? formatCpr(result.value) : null;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The last parse, so validators and the form value share one. */
  #parsed: { text: string; today: string; result: CprResult } | undefined;
}
