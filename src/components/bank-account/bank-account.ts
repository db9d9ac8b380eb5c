import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { BfFormControl } from '../../base/form-control.js';
import { MultiPartController } from '../../base/multi-part-controller.js';
import { warnOnce } from '../../base/warn.js';
import {
  parseDanishAccount,
  splitDanishAccount,
  type DanishAccountParts,
  type DanishAccountResult,
} from '../../domain/bank-account.js';
import { parseIban, type IbanResult } from '../../domain/iban.js';
import type { MessageKey } from '../../i18n/types.js';
import {
  bankAccountValidators,
  type BankAccountConstraints,
  type BankAccountFormat,
} from '../../validation/bank-account-validators.js';
import type { Validator } from '../../validation/validator.js';
import { bankAccountStyles } from './bank-account.styles.js';
import { bankAccountMessages } from '../../i18n/messages/bank-account.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(bankAccountMessages);

/** A part of a Danish account: the registreringsnummer or the kontonummer. */
export type BankAccountPart = keyof DanishAccountParts;

/** The parts in the order they are shown and tabbed through. */
export const BANK_ACCOUNT_PARTS: readonly BankAccountPart[] = ['reg', 'account'];

const EMPTY: DanishAccountParts = { reg: '', account: '' };

const PART_LABEL: Readonly<Record<BankAccountPart, MessageKey>> = {
  reg: 'bankAccountReg',
  account: 'bankAccountNumber',
};

/** `RRRR-KKKKKKKKKK` for parts that make an account, else '': `FormData` never holds half an account. */
function accountValue(parts: DanishAccountParts): string {
  const result = parseDanishAccount(parts);
  return result.ok ? result.value : '';
}

/** The parts saved as form state (`["0040","440116243"]`), or `undefined` for another state. */
function partsOfState(state: string): DanishAccountParts | undefined {
  try {
    const parsed: unknown = JSON.parse(state);
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) {
      const [reg, account] = parsed as [string, string];
      return { reg, account };
    }
  } catch {
    // Not ours: a plain value.
  }
  return undefined;
}

/** A whole account pasted into one part ("0040 0440116243", "0040-440116243", 14 digits), split. */
function pastedAccount(text: string): DanishAccountParts | undefined {
  const match = /^\s*([0-9]{4})(?:[\s-]+([0-9]{1,10})|([0-9]{10}))\s*$/u.exec(text);
  return match ? { reg: match[1], account: match[2] ?? match[3] } : undefined;
}

/**
 * A bank account for a payout, NemKonto first (REQUIREMENTS §3.5, §5.6).
 *
 * **NemKonto.** Payouts from the public sector go to the citizen's NemKonto, so by default the
 * element asks for nothing: it shows its label and "Udbetalinger fra det offentlige sker til din
 * NemKonto.", submits nothing and is never invalid (a `required`, `validators` or a server's `error`
 * have no effect; `required` is reported in the console, for the host). A summary shows "Din NemKonto".
 *
 * **`nemkonto-exempt`** (a refund from a private body, a deposit, a payment abroad) asks for an
 * account: under one `<fieldset>` whose legend is the label, "Reg.nr." (4 digits) and "Kontonummer"
 * (1–10 digits; spaces and hyphens are ignored), submitted as one value `RRRR-KKKKKKKKKK` (the
 * kontonummer left-padded to 10 digits) once both parts make an account, else ''. No bank's own
 * check digits are applied. Only the wrong part gets `aria-invalid`, and `focus()`, a failed submit
 * and the error summary land on it. A whole account pasted into one part is spread over both. The
 * `value` attribute (`0040-0440116243`) fills the parts; back/forward and reload restore them as typed.
 *
 * **`format="iban"`** asks for one IBAN instead (a payment abroad): white space and case are
 * ignored, the length and layout must be the country's (the IBAN Registry, `IBAN_COUNTRIES`) and the
 * MOD 97-10 check must hold. Once the citizen leaves the field a valid IBAN is shown in groups of four
 * (`DK50 0040 0440 1162 43`); the form submits it without spaces (`DK5000400440116243`), and the text
 * as typed while it is not valid (an invalid field blocks the form anyway).
 *
 * **Messages** (keys): `bankAccountNemKonto` (the notice), `bankAccountNemKontoAnswer` (its summary
 * answer), `bankAccountReg` and `bankAccountNumber` (the labels of the parts), `bankAccountRequired`,
 * `bankAccountRegFormat`, `bankAccountNumberFormat`, `ibanRequired`, `ibanFormat`, `ibanChecksum`
 * (a `message-required` override applies to both required messages).
 *
 * @tagname bf-bank-account
 * @summary Bank account for a payout: the NemKonto notice by default; reg.nr + kontonr, or an IBAN, only with nemkonto-exempt.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart notice - The NemKonto notice (without `nemkonto-exempt`).
 * @csspart fieldset - The `<fieldset>` around legend, hint, error and the two parts.
 * @csspart control - The row holding the two parts.
 * @csspart item - The wrapper of one part (its label and input).
 * @csspart item-label - The label of one part ("Reg.nr.", "Kontonummer").
 * @csspart input - The native `<input>`s: both parts, or the IBAN input.
 * @csspart reg - The reg.nr input.
 * @csspart account - The kontonr input.
 * @cssprop --bf-input-border-color - Border colour of the inputs.
 * @cssprop --bf-input-background - Background of the inputs.
 * @cssprop --bf-input-text-color - Text colour of the inputs.
 * @cssprop --bf-input-readonly-background - Background of read-only inputs.
 * @fires input - A part or the IBAN changed as the citizen typed or pasted.
 * @fires change - The citizen changed the account and left the field (once, when focus leaves both parts).
 */
export class BfBankAccount extends BfFormControl implements BankAccountConstraints {
  static override styles = [...BfFormControl.styles, bankAccountStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** Ask for an account: the payout is not one NemKonto applies to. Without it, the NemKonto notice. */
  @property({ type: Boolean, reflect: true, attribute: 'nemkonto-exempt', initial: false })
  nemkontoExempt!: boolean;

  /** `account` (reg.nr + kontonr, the default) or `iban`. */
  @property({
    reflect: true,
    initial: 'account',
    converter: { fromAttribute: (value) => (value?.trim().toLowerCase() === 'iban' ? 'iban' : 'account') },
  })
  format!: BankAccountFormat;

  /** The IBAN input's purpose for autofill; none by default (there is no standard token for an account). */
  @property({ initial: '' }) autocomplete!: string;

  /** The two parts of a Danish account as the citizen typed them. */
  get parts(): DanishAccountParts {
    return this.entry?.parts ?? EMPTY;
  }

  /**
   * The parse of what the citizen typed: `parseDanishAccount` of the parts, or `parseIban` of the
   * text with `format="iban"`; `null` for the NemKonto notice.
   */
  get bankAccountResult(): DanishAccountResult | IbanResult | null {
    if (!this.nemkontoExempt) return null;
    return this.format === 'iban' ? parseIban(this.value) : parseDanishAccount(this.parts);
  }

  /** Focuses the wrong part while the field shows an error (what the error summary links to), otherwise the first input. */
  override focus(options?: FocusOptions): void {
    const part = this.userInvalid ? (this.failedPart ?? 'reg') : 'reg';
    const input = this.format === 'iban' ? this.controlNode : this.partInput(part);
    if (input) input.focus(options);
    else super.focus(options);
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  /** The native input of a part (reg.nr + kontonr only). */
  protected partInput(part: BankAccountPart): HTMLInputElement | null {
    return (this.shadowRoot?.getElementById(part) as HTMLInputElement | null) ?? null;
  }

  /** Whether the element shows the two parts (not the notice, not the IBAN input). */
  protected get showsParts(): boolean {
    return this.nemkontoExempt && this.format !== 'iban';
  }

  /** The part an account error points at; `undefined` when the parts make an account (or are not shown). */
  protected get failedPart(): BankAccountPart | undefined {
    const result = this.showsParts ? parseDanishAccount(this.parts) : null;
    if (!result || result.ok || (result.code === 'required' && !this.required)) return undefined;
    return result.code === 'account' ? 'account' : 'reg';
  }

  /** The parts marked `aria-invalid` now: the wrong one, or both for an empty account or a server's error. */
  protected get invalidParts(): readonly BankAccountPart[] {
    const text = this.errorText;
    if (!text) return [];
    const result = parseDanishAccount(this.parts);
    const serverShown = this.error !== '' && text === this.error;
    if (serverShown || result.ok || result.code === 'required') return BANK_ACCOUNT_PARTS;
    return [result.code];
  }

  protected override get asksForValue(): boolean {
    return this.nemkontoExempt;
  }

  protected override get validationAnchor(): HTMLElement | null {
    if (!this.nemkontoExempt) return null;
    return this.format === 'iban' ? this.controlNode : this.partInput(this.failedPart ?? 'reg');
  }

  protected override get builtInValidators(): readonly Validator<this>[] {
    return bankAccountValidators;
  }

  /** Nothing for the notice; `RRRR-KKKKKKKKKK` (or ''), or the IBAN without spaces (see the class description). */
  protected override get formValue(): string | null {
    if (!this.nemkontoExempt) return null;
    if (this.format !== 'iban') return accountValue(this.parts);
    const result = parseIban(this.value);
    return result.ok ? result.value : this.value;
  }

  /** The state the browser restores: the parts as typed (JSON), or the IBAN as typed; none for the notice. */
  protected override get formState(): string | null {
    if (!this.nemkontoExempt) return null;
    if (this.format === 'iban') return this.value;
    const { reg, account } = this.parts;
    return JSON.stringify([reg, account]);
  }

  /** A valid IBAN is shown in groups of four once the citizen leaves the field, and at load. */
  protected override get formattedValue(): string | null {
    if (!this.nemkontoExempt || this.format !== 'iban') return null;
    const result = parseIban(this.value);
    return result.ok ? result.display : null;
  }

  /** In a summary: "Din NemKonto" for the notice, else the account (`0040-0440116243`) or the IBAN. */
  protected override get displayValue(): string {
    if (!this.nemkontoExempt) return this.localize.term('bankAccountNemKontoAnswer');
    return super.displayValue;
  }

  override render(): TemplateResult {
    if (!this.nemkontoExempt) return this.renderNotice();
    if (this.format === 'iban') return super.render();
    return html`<fieldset part="fieldset" class="fieldset" aria-describedby=${this.describedBy || nothing}>${this.renderLegend()}${this.renderHint()}${this.renderError()}${this.renderControl()}</fieldset>`;
  }

  /** The NemKonto notice: the label (as text: there is nothing to label), the hint and the notice. */
  protected renderNotice(): TemplateResult {
    return html`<div part="notice" class="notice">${
      this.label ? html`<p part="label" class="label">${this.label}</p>` : nothing
    }${this.renderHint()}<p class="notice-text" lang=${this.localize.textLang ?? nothing}>${this.localize.term(
      'bankAccountNemKonto',
    )}</p></div>`;
  }

  /** The IBAN input, or the two parts. */
  protected override renderControl(): TemplateResult {
    if (this.format === 'iban') return this.renderTextInput({ autocomplete: this.autocomplete, plain: true });
    const invalid = new Set(this.invalidParts);
    return html`<div part="control" class="control">${BANK_ACCOUNT_PARTS.map((part) =>
      this.renderPart(part, invalid.has(part)),
    )}</div>`;
  }

  /** One part: "Reg.nr." or "Kontonummer" over its numeric input. */
  /* eslint-disable @typescript-eslint/unbound-method -- Lit calls a template listener with `this` = the host */
  protected renderPart(part: BankAccountPart, invalid: boolean): TemplateResult {
    return html`<div part="item" class="item ${part}">
      <label part="item-label" class="item-label" for=${part} lang=${this.localize.textLang ?? nothing}>${this.localize.term(
        PART_LABEL[part],
      )}</label>
      <input part="input ${part}" class="input" id=${part} type="text" inputmode="numeric" spellcheck="false"
        autocomplete="off"
        .value=${live(this.parts[part])}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${invalid ? 'true' : nothing}
        @input=${this.#onPartInput}
        @change=${this.entry.onChange}
        @focusin=${this.entry.onFocusIn}
        @focusout=${this.entry.onFocusOut}
        @paste=${this.#onPaste}
        @keydown=${this.submitOnEnter}
      />
    </div>`;
  }
  /* eslint-enable @typescript-eslint/unbound-method */

  // ── Lifecycle ─────────────────────────────────────────────────────────────────────────────────

  /** A `value` set from outside (attribute, property, `form.reset()`) fills the two parts. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: object): void {
    this.entry?.hostRequestUpdate(name); // undefined while the base class constructs
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.showsParts) {
      const value = accountValue(this.parts);
      if (this.value !== value) this.entry.setValueQuietly(value); // `0040-440116243` → padded, `004-1` → ''
    }
    if (this.required && !this.nemkontoExempt) {
      warnOnce(
        `<${this.localName}${this.name ? ` name="${this.name}"` : ''}> ignores required: without nemkonto-exempt it only says that payouts go to NemKonto, and asks for nothing.`,
      );
    }
    super.willUpdate(changed);
  }

  /** Restores the two parts as typed (or a plain value: an IBAN, an account). */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    const parts = typeof state === 'string' ? partsOfState(state) : undefined;
    if (parts) this.entry.restore(parts);
    else super.formStateRestoreCallback(state);
  }

  /** `form.reset()`: the initial parts, no error, no pending `change`. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.entry.reset();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /**
   * The parts as typed, the value made of them, and one `change` when focus leaves both parts.
   * (Not `#private`: read from `requestUpdate` while the base constructs.)
   */
  private readonly entry = new MultiPartController<DanishAccountParts>(this, {
    empty: EMPTY,
    valueOf: accountValue,
    partsOf: (value) => (this.format === 'iban' ? EMPTY : splitDanishAccount(value)),
    commit: (value) => this.commitValue(value),
    change: () => this.redispatchChange(),
  });

  #onPartInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.entry.input(input.id as BankAccountPart, input.value);
  }

  #onPaste(event: ClipboardEvent): void {
    const parts = pastedAccount(event.clipboardData?.getData('text') ?? '');
    if (!parts || this.readonly || this.isDisabled) return;
    event.preventDefault();
    this.entry.enter(parts);
    this.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }),
    );
  }
}
