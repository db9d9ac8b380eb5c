import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BfFormControl, CONTROL_ID } from '../../base/form-control.js';
import { textValidators, type TextConstraints } from '../../validation/text-validators.js';
import type { Validator } from '../../validation/validator.js';
import { textFieldStyles } from './text-field.styles.js';
import { textFieldMessages } from '../../i18n/messages/text-field.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(textFieldMessages);

/** The kinds of single-line text a `bf-text-field` takes. */
export type TextFieldType = 'text' | 'email' | 'tel' | 'url' | 'password';

/** Widths for the expected length of the answer, in characters (GOV.UK "fixed width inputs"). */
export type TextFieldWidth = '2' | '3' | '4' | '5' | '10' | '20' | '30' | 'full';

const TYPES: ReadonlySet<string> = new Set(['text', 'email', 'tel', 'url', 'password']);

/** `autocomplete` when the host sets none: the purpose that the type implies (WCAG 1.3.5). */
const IMPLIED_AUTOCOMPLETE: Partial<Record<TextFieldType, string>> = {
  email: 'email',
  tel: 'tel',
  url: 'url',
};

/**
 * A single-line text field (DKFDS *inputfelt*): label, hint, error message and a native `<input>` in
 * one shadow root. Its value is submitted with the surrounding `<form>` under `name`.
 *
 * Nothing the citizen types is cut off: `maxlength` flags a value that is too long instead of
 * truncating it, and lengths count characters as the citizen sees them (an emoji is one).
 *
 * @tagname bf-text-field
 * @summary Single-line text input with label, hint and error message; types text, email, tel, url and password.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart control - The row holding prefix, input, suffix and the password button (only when the field has one of them).
 * @csspart input - The native `<input>`.
 * @csspart prefix - The text before the input (`prefix`), e.g. "kr.".
 * @csspart suffix - The text after the input (`suffix`), e.g. "m²".
 * @csspart toggle - The password show/hide button.
 * @cssprop --bf-input-border-color - Border colour of the input.
 * @cssprop --bf-input-background - Background of the input.
 * @cssprop --bf-input-text-color - Text colour of the input.
 * @cssprop --bf-input-readonly-background - Background of a read-only input.
 * @fires input - The value changed as the citizen typed (the native event, passed through).
 * @fires change - The citizen changed the value and left the field.
 */
export class BfTextField extends BfFormControl implements TextConstraints {
  static override styles = [...BfFormControl.styles, textFieldStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** What kind of text: `text`, `email`, `tel`, `url` or `password` (with a show/hide button). */
  @property({ initial: 'text' }) type!: TextFieldType;

  /** The input's purpose for autofill (`given-name`, `postal-code`, `off` …); email, tel and url imply one. */
  @property({ initial: '' }) autocomplete!: string;

  /** The on-screen keyboard to offer (`numeric`, `decimal`, `tel`, `email`, `url`, `search`, `text`, `none`). */
  @property({ attribute: 'inputmode', initial: '' }) inputmode!: string;

  /** The fewest characters accepted. */
  @property({ type: Number }) minlength?: number;

  /** The most characters accepted. Longer text is kept and flagged, never cut off. */
  @property({ type: Number }) maxlength?: number;

  /** A regular expression the whole value must match (as HTML's `pattern`). Override `message-pattern` to explain the format. */
  @property({ initial: '' }) pattern!: string;

  /** The input's width for the expected answer length, in characters: `2 3 4 5 10 20 30 full`. */
  @property({ reflect: true }) width?: TextFieldWidth;

  /** Text shown before the input, such as "kr.". Hidden from screen readers: put the unit in the label too. */
  @property({ attribute: 'prefix', initial: '' }) prefixText!: string;

  /** Text shown after the input, such as "m²". Hidden from screen readers: put the unit in the label too. */
  @property({ attribute: 'suffix', initial: '' }) suffixText!: string;

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  /** The native input. */
  @query(`#${CONTROL_ID}`) protected readonly inputNode!: HTMLInputElement | null;

  protected override get builtInValidators(): readonly Validator<this>[] {
    return textValidators;
  }

  /** A password is never written to a browser draft. */
  protected override get isSensitive(): boolean {
    return this.type === 'password';
  }

  /** In a summary: the text, with a prefix and suffix ("kr."); a password is never shown. */
  protected override get displayValue(): string {
    if (!this.value.trim()) return '';
    if (this.type === 'password') return this.localize.term('summaryHidden');
    return [this.prefixText, this.value, this.suffixText].filter(Boolean).join(' ');
  }

  /** The type the native input has now (a shown password is `text`). */
  protected get nativeType(): string {
    const type = TYPES.has(this.type) ? this.type : 'text';
    return type === 'password' && this.passwordVisible ? 'text' : type;
  }

  /** Whether a password is shown in clear text. */
  @state({ initial: false }) protected passwordVisible!: boolean;

  /**
   * The input; in a row with the prefix, suffix and password button when the field has any (the row,
   * a flex box, is left out otherwise: one element less to style and lay out in most fields).
   */
  protected override renderControl(): TemplateResult {
    const type = TYPES.has(this.type) ? this.type : 'text';
    const plain = type === 'email' || type === 'url' || type === 'password';
    const input = this.renderTextInput({
      type: this.nativeType,
      autocomplete: this.autocomplete || IMPLIED_AUTOCOMPLETE[type],
      inputmode: this.inputmode,
      plain,
    });
    if (!this.prefixText && !this.suffixText && type !== 'password') return input;
    return html`<div part="control" class="control">${
      this.prefixText
        ? html`<span part="prefix" class="affix" aria-hidden="true">${this.prefixText}</span>`
        : nothing
    }${input}${
      this.suffixText
        ? html`<span part="suffix" class="affix" aria-hidden="true">${this.suffixText}</span>`
        : nothing
    }${type === 'password' ? this.renderPasswordToggle() : nothing}</div>`;
  }

  /** The show/hide button of a password field and its status announcement (GOV.UK password input). */
  protected renderPasswordToggle(): TemplateResult {
    const shown = this.passwordVisible;
    return html`<button part="toggle" class="button toggle" type="button" aria-controls="control"
        aria-label=${this.localize.term(shown ? 'hidePasswordLabel' : 'showPasswordLabel')}
        ?disabled=${this.isDisabled} @click=${this.#togglePassword}>${this.localize.term(
          shown ? 'hidePassword' : 'showPassword',
        )}</button>
      <span class="visually-hidden" role="status">${this.announcement}</span>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The last password visibility change, for the status region. */
  @state({ initial: '' }) private announcement!: string;

  #togglePassword(): void {
    this.passwordVisible = !this.passwordVisible;
    this.announcement = this.localize.term(this.passwordVisible ? 'passwordShown' : 'passwordHidden');
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.passwordVisible = false;
    this.announcement = '';
  }
}
