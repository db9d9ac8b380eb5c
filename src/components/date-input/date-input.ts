import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localTodayIso } from '../../base/clock.js';
import { BfFormControl } from '../../base/form-control.js';
import { MultiPartController } from '../../base/multi-part-controller.js';
import { warnOnce } from '../../base/warn.js';
import {
  isIsoDate,
  parseDateParts,
  splitDateString,
  splitIsoDate,
  type DateErrorCode,
  type DateOptions,
  type DatePart,
  type DateResult,
} from '../../domain/dates.js';
import type { MessageKey } from '../../i18n/types.js';
import { dateValidators, type DateConstraints } from '../../validation/date-validators.js';
import type { Validator } from '../../validation/validator.js';
import { dateInputStyles } from './date-input.styles.js';
import { dateInputMessages } from '../../i18n/messages/date-input.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(dateInputMessages);

export { dateValidators, type DateConstraints } from '../../validation/date-validators.js';

/** The three inputs of a date field, as the citizen typed them. */
export interface DateInputParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** What a date is, for autofill: `bday` is the citizen's own birth date. */
export type DatePurpose = 'bday' | '';

/** The parts in the order they are shown and tabbed through (DKFDS: dag, måned, år). */
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

const EMPTY: DateInputParts = { day: '', month: '', year: '' };

const PART_LABEL: Readonly<Record<DatePart, MessageKey>> = {
  day: 'dateDay',
  month: 'dateMonth',
  year: 'dateYear',
};

/** Errors about the date as a whole: every part is marked, focus goes to the day. */
const WHOLE_DATE: ReadonlySet<DateErrorCode> = new Set(['required', 'min', 'max', 'future', 'past']);

/** `YYYY-MM-DD` for parts that make a real date (bounds aside), else ''. */
function isoOf(parts: DateInputParts): string {
  const result = parseDateParts(parts);
  return result.ok ? result.value : '';
}

/** The parts a `value` fills in: a real ISO date zero-padded, a `Y-M-D` shape as written, else none. */
function partsOfValue(value: string): DateInputParts {
  const iso = splitIsoDate(value);
  if (iso) return iso;
  const shape = /^\s*(\d{1,4})-(\d{1,2})-(\d{1,2})\s*$/u.exec(value);
  return shape ? { day: shape[3], month: shape[2], year: shape[1] } : EMPTY;
}

/** The parts saved as form state by `formStateToString`, or `undefined` for another state. */
function partsOfState(state: string): DateInputParts | undefined {
  try {
    const parsed: unknown = JSON.parse(state);
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((p) => typeof p === 'string')) {
      const [day, month, year] = parsed as [string, string, string];
      return { day, month, year };
    }
  } catch {
    // Not ours: a plain value.
  }
  return undefined;
}

/**
 * A date field (DKFDS *datofelter*): three inputs, Dag / Måned / År, under one `<fieldset>` whose
 * `<legend>` is the label. The format hint "For eksempel: 5 12 1985" shows unless the field has a
 * `hint` of its own (then put the example in it).
 *
 * **Value.** `value` and the submitted form value are `YYYY-MM-DD` when the three parts make a real
 * date, and '' otherwise: `FormData` never holds half a date. The `value` attribute fills the
 * three parts and is what `form.reset()` returns to; a `YYYY-MM-DD` shape that is not a real date
 * (`2024-02-31`) fills the parts as written, so the field shows its error. Back/forward and reload
 * restore the three parts as typed, even an unfinished date.
 *
 * **Errors** (REQUIREMENTS §5.5) come from `parseDateParts` and mark only the wrong part
 * (`aria-invalid`, red border); an empty required date or a date outside `min`/`max`/`past`/
 * `future` marks all three. The message describes the fieldset. `focus()`, a failed submit and the
 * error summary land on the first wrong part. The parts never move focus on their own; a pasted
 * date ("05-12-1985") is spread over the three parts.
 *
 * @tagname bf-date-input
 * @summary Date in three fields (dag, måned, år) with one legend; value YYYY-MM-DD; real-date, min/max and past/future checks.
 * @slot hint - Rich hint content, replacing the format hint. Plain text goes in the `hint` attribute.
 * @csspart fieldset - The `<fieldset>` around legend, hint, error and the three parts.
 * @csspart control - The row holding the three parts.
 * @csspart item - The wrapper of one part (its label and input).
 * @csspart item-label - The label of one part ("Dag", "Måned", "År").
 * @csspart input - Each of the three native `<input>`s.
 * @csspart day - The day input.
 * @csspart month - The month input.
 * @csspart year - The year input.
 * @cssprop --bf-input-border-color - Border colour of the inputs.
 * @cssprop --bf-input-background - Background of the inputs.
 * @cssprop --bf-input-text-color - Text colour of the inputs.
 * @cssprop --bf-input-readonly-background - Background of read-only inputs.
 * @fires input - A part changed as the citizen typed or pasted.
 * @fires change - The citizen changed the date and left the field (fired once, when focus leaves the three parts).
 */
export class BfDateInput extends BfFormControl implements DateConstraints {
  static override styles = [...BfFormControl.styles, dateInputStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** The earliest date allowed, `YYYY-MM-DD`, inclusive. */
  @property({ initial: '' }) min!: string;

  /** The latest date allowed, `YYYY-MM-DD`, inclusive. */
  @property({ initial: '' }) max!: string;

  /** The date must be today or earlier (a birth date); a later date gives "… kan ikke være i fremtiden". */
  @property({ type: Boolean, initial: false }) past!: boolean;

  /** The date must be today or later (a moving date). */
  @property({ type: Boolean, initial: false }) future!: boolean;

  /**
   * Today, `YYYY-MM-DD`, for `past` and `future`. Empty: the device's local date, read at each
   * check. Set it to the server's date so that page and server agree, or to fix the date in tests.
   */
  @property({ initial: '' }) today!: string;

  /** What the date is, for autofill: `bday` gives the parts `autocomplete="bday-day"`, `bday-month`, `bday-year`. */
  @property({ initial: '' }) purpose!: DatePurpose;

  /** The three parts as the citizen typed them. */
  get parts(): DateInputParts {
    return this.entry?.parts ?? EMPTY;
  }

  /**
   * The parse of the parts against `min`, `max`, `past` and `future`: `{ ok: true, value }`, or
   * `{ ok: false, code, part }` with the first part to fix (`code: 'required'` for an empty date,
   * which is an error only when `required`).
   */
  get dateResult(): DateResult {
    return parseDateParts(this.parts, this.dateOptions);
  }

  /**
   * Focuses the first wrong part while the field shows an error (what the error summary links to),
   * otherwise the day.
   */
  override focus(options?: FocusOptions): void {
    const part = this.userInvalid ? (this.failedPart ?? 'day') : 'day';
    const input = this.partInput(part);
    if (input) input.focus(options);
    else super.focus(options);
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  /** The native input of a part. */
  protected partInput(part: DatePart): HTMLInputElement | null {
    return (this.shadowRoot?.getElementById(part) as HTMLInputElement | null) ?? null;
  }

  /** The bounds passed to `parseDateParts`; a bound that is not a real `YYYY-MM-DD` date is ignored with a warning. */
  protected get dateOptions(): DateOptions {
    const options: DateOptions = {};
    const checked = (attribute: string, value: string): string | undefined => {
      if (!value) return undefined;
      if (isIsoDate(value)) return value;
      warnOnce(`<${this.localName}> ignores ${attribute}="${value}": write it as YYYY-MM-DD.`);
      return undefined;
    };
    const min = checked('min', this.min);
    const max = checked('max', this.max);
    if (min) options.min = min;
    if (max) options.max = max;
    if (this.past || this.future) {
      options.today = checked('today', this.today) ?? localTodayIso();
      options.past = this.past;
      options.future = this.future;
    }
    return options;
  }

  /** The part a date error points at (the first wrong or missing part); `undefined` when the date rules hold. */
  protected get failedPart(): DatePart | undefined {
    const result = this.dateResult;
    if (result.ok || (result.code === 'required' && !this.required)) return undefined;
    return WHOLE_DATE.has(result.code) ? 'day' : result.part;
  }

  /** The parts marked `aria-invalid` now: the wrong one, or all three for an error about the whole date. */
  protected get invalidParts(): readonly DatePart[] {
    const text = this.errorText;
    if (!text) return [];
    const result = this.dateResult;
    const serverShown = this.error !== '' && text === this.error;
    if (serverShown || result.ok || WHOLE_DATE.has(result.code)) return DATE_PARTS;
    return [result.part];
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.partInput(this.failedPart ?? 'day');
  }

  protected override get builtInValidators(): readonly Validator<this>[] {
    return dateValidators;
  }

  protected override get formValue(): string {
    return isoOf(this.parts);
  }

  /** In a summary: the date as dd-mm-åååå (REQUIREMENTS §2.4), or the parts as typed while incomplete. */
  protected override get displayValue(): string {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(this.value);
    return iso ? `${iso[3]}-${iso[2]}-${iso[1]}` : '';
  }

  /** The state the browser restores: the parts as typed, so a half-typed date comes back too. */
  protected override get formState(): string {
    const { day, month, year } = this.parts;
    return JSON.stringify([day, month, year]);
  }

  /**
   * The format hint "For eksempel: 5 12 1985", shown when the field has no hint of its own (not on
   * a read-only or disabled field, where nobody types).
   */
  protected override get defaultHint(): string {
    return this.readonly || this.isDisabled ? '' : this.localize.term('dateHint');
  }

  override render(): TemplateResult {
    return html`<fieldset part="fieldset" class="fieldset" aria-describedby=${this.describedBy || nothing}>${this.renderLabel()}${this.renderHint()}${this.renderError()}${this.renderControl()}</fieldset>`;
  }

  /** The legend, with its marker. */
  protected override renderLabel(): TemplateResult {
    return this.renderLegend();
  }

  /** The three parts, each a label over a numeric text input. */
  protected override renderControl(): TemplateResult {
    const invalid = new Set(this.invalidParts);
    return html`<div part="control" class="control">${DATE_PARTS.map((part) => this.renderPart(part, invalid.has(part)))}</div>`;
  }

  /** One part: "Dag", "Måned" or "År" over its input. */
  /* eslint-disable @typescript-eslint/unbound-method -- Lit calls a template listener with `this` = the host */
  protected renderPart(part: DatePart, invalid: boolean): TemplateResult {
    return html`<div part="item" class="item ${part}">
      <label part="item-label" class="item-label" for=${part} lang=${this.localize.textLang ?? nothing}>${this.localize.term(
        PART_LABEL[part],
      )}</label>
      <input part="input ${part}" class="input" id=${part} type="text" inputmode="numeric" spellcheck="false"
        autocomplete=${this.purpose === 'bday' ? `bday-${part}` : nothing}
        .value=${live(this.parts[part])}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${invalid ? 'true' : nothing}
        @input=${this.#onInput}
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

  /** A `value` set from outside (attribute, property, `form.reset()`) fills the three parts. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: object): void {
    this.entry?.hostRequestUpdate(name); // undefined while the base class constructs
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const iso = isoOf(this.parts);
    if (this.value !== iso) this.entry.setValueQuietly(iso); // `2024-02-31` → '' once shown as parts
    super.willUpdate(changed);
  }

  /** Restores the three parts as typed (or a plain `YYYY-MM-DD` state). */
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
   * The parts as typed, the value made of them, and one `change` when focus leaves the three parts.
   * (Not `#private`: read from `requestUpdate` while the base constructs.)
   */
  private readonly entry = new MultiPartController<DateInputParts>(this, {
    empty: EMPTY,
    valueOf: isoOf,
    partsOf: partsOfValue,
    commit: (value) => this.commitValue(value),
    change: () => this.redispatchChange(),
  });

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.entry.input(input.id as DatePart, input.value);
  }

  #onPaste(event: ClipboardEvent): void {
    const parts = splitDateString(event.clipboardData?.getData('text') ?? '');
    if (!parts || this.readonly || this.isDisabled) return;
    event.preventDefault();
    this.entry.enter(parts);
    this.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }),
    );
  }
}
