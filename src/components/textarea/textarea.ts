import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { systemClock, type Clock } from '../../base/clock.js';
import { BfFormControl, CONTROL_ID } from '../../base/form-control.js';
import { codePointLength } from '../../validation/text.js';
import { textareaValidators } from '../../validation/textarea-validators.js';
import type { TextConstraints } from '../../validation/text-validators.js';
import type { Validator } from '../../validation/validator.js';
import { textareaStyles } from './textarea.styles.js';
import { textareaMessages } from '../../i18n/messages/textarea.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(textareaMessages);

/**
 * The timers the character count uses to wait for a pause in typing: the shared `Clock`. Tests
 * inject a fake clock (`field.clock = fake`) and advance it, so no test waits in real time.
 */
export type TextareaClock = Clock;

/** How long typing must pause before the count is announced (REQUIREMENTS 4.4). */
export const COUNT_ANNOUNCE_DELAY = 1000;

const DEFAULT_ROWS = 5;
const COUNTER_INFO_ID = 'counter-info';

/**
 * A multi-line text field (DKFDS *tekstområde*) with an optional character count (DKFDS
 * *karakterbegrænsning*, GOV.UK *character count*): label, hint, error message, the native
 * `<textarea>` and the count in one shadow root. Its value, line breaks included, is submitted with
 * the surrounding `<form>` under `name`.
 *
 * With `maxlength`, the field says "Du kan indtaste op til 500 tegn" before the citizen types, and
 * "Du har 480 tegn tilbage" / "Du har 20 tegn for meget" while they type. Nothing is ever cut off:
 * text past the limit is kept, the count turns into an error, and the form is blocked with
 * "{Label} må højst være {max} tegn". Characters are counted as the citizen sees them (an emoji is
 * one). The visible count is hidden from screen readers; a polite status region announces it once
 * the citizen pauses typing for a second (and holds it from the start for a text the page arrives
 * with), and the limit is part of the field's description.
 *
 * Enter starts a new line; it never submits the form.
 *
 * @tagname bf-textarea
 * @summary Multi-line text input with label, hint, error message and a character count for `maxlength`.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart textarea - The native `<textarea>`.
 * @csspart counter - The visible character count below the textarea (hidden from screen readers).
 * @cssprop --bf-input-border-color - Border colour of the textarea.
 * @cssprop --bf-input-background - Background of the textarea.
 * @cssprop --bf-input-text-color - Text colour of the textarea.
 * @cssprop --bf-input-readonly-background - Background of a read-only textarea.
 * @fires input - The value changed as the citizen typed (the native event, passed through).
 * @fires change - The citizen changed the value and left the field.
 */
export class BfTextarea extends BfFormControl implements TextConstraints {
  static override styles = [...BfFormControl.styles, textareaStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** The fewest characters accepted. */
  @property({ type: Number }) minlength?: number;

  /**
   * The most characters accepted; also shows the character count. Longer text is kept and flagged,
   * never cut off (the native textarea gets no `maxlength`).
   */
  @property({ type: Number }) maxlength?: number;

  /** The visible height in lines of text. */
  @property({ type: Number, initial: DEFAULT_ROWS }) rows!: number;

  /** The field's purpose for autofill (`street-address`, `off` …). */
  @property({ initial: '' }) autocomplete!: string;

  /**
   * The timers used to announce the count after a pause in typing. Defaults to the page's own;
   * tests set a fake clock and advance it.
   */
  clock: TextareaClock = systemClock;

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  /** The native textarea. */
  @query(`#${CONTROL_ID}`) protected readonly textareaNode!: HTMLTextAreaElement | null;

  protected override get builtInValidators(): readonly Validator<this>[] {
    return textareaValidators;
  }

  /** The character limit in effect, or `undefined` when the field has none. */
  protected get limit(): number | undefined {
    const max = this.maxlength;
    return max !== undefined && max !== null && Number.isFinite(max) && max >= 0 ? max : undefined;
  }

  /** Whether the character count is shown (a limit, and a field the citizen can type in). */
  protected get showsCount(): boolean {
    return this.limit !== undefined && !this.readonly && !this.isDisabled;
  }

  /** The text of the count: the limit before typing, then what is left or how many too many. */
  protected get countText(): string {
    const max = this.limit;
    if (max === undefined) return '';
    const count = codePointLength(this.value);
    if (count === 0) return this.localize.term('characterLimit', { max });
    return count <= max
      ? this.localize.term('charactersRemaining', { count: max - count })
      : this.localize.term('charactersTooMany', { count: count - max });
  }

  /** Hint, then the "Du kan indtaste op til …" info, then the error. */
  protected override get describedBy(): string {
    const ids = super.describedBy;
    if (!this.showsCount) return ids;
    if (!this.errorText) return ids ? `${ids} ${COUNTER_INFO_ID}` : COUNTER_INFO_ID;
    // The error's id is last: the count's info goes before it.
    const at = ids.lastIndexOf(' ');
    return at < 0 ? `${COUNTER_INFO_ID} ${ids}` : `${ids.slice(0, at)} ${COUNTER_INFO_ID}${ids.slice(at)}`;
  }

  /* eslint-disable @typescript-eslint/unbound-method -- Lit calls a template listener with `this` = the host */
  protected override renderControl(): TemplateResult {
    const invalid = this.errorText !== '';
    const rows = Number.isInteger(this.rows) && this.rows > 0 ? this.rows : DEFAULT_ROWS;
    return html`<textarea part="textarea" class="input textarea" id="control"
        rows=${rows}
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        autocomplete=${this.autocomplete || nothing}
        spellcheck=${this.spellcheckAttribute ?? nothing}
        aria-describedby=${this.describedBy || nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        @input=${this.#onInput}
        @change=${this.redispatchChange}
      ></textarea>${this.showsCount ? this.renderCount() : nothing}`;
  }
  /* eslint-enable @typescript-eslint/unbound-method */

  /**
   * The count: the visible text (hidden from screen readers), the static limit for the description,
   * and the polite status region that announces the count after a pause in typing.
   */
  protected renderCount(): TemplateResult {
    const over = codePointLength(this.value) > (this.limit ?? Infinity);
    return html`<div part="counter" class="counter ${over ? 'over' : ''}" aria-hidden="true">${this.countText}</div>
      <span class="visually-hidden" id=${COUNTER_INFO_ID}>${this.localize.term('characterLimit', { max: this.limit! })}</span>
      <div class="visually-hidden" role="status">${this.announcedCount}</div>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The host's `spellcheck` attribute, passed on to the textarea. */
  @property({ attribute: 'spellcheck', initial: null }) protected spellcheckAttribute!: string | null;

  /** The text of the status region: the count as it was when typing last paused. */
  @state({ initial: '' }) protected announcedCount!: string;

  #announceTimer: unknown = undefined;

  #onInput(event: Event): void {
    this.commitValue((event.target as HTMLTextAreaElement).value);
    if (this.limit === undefined) return;
    this.#cancelAnnouncement();
    const clock = this.clock;
    this.#announceTimer = clock.setTimeout(() => {
      this.#announceTimer = undefined;
      this.announcedCount = this.countText;
    }, COUNT_ANNOUNCE_DELAY);
  }

  #cancelAnnouncement(): void {
    if (this.#announceTimer === undefined) return;
    this.clock.clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelAnnouncement();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A text the page arrives with (a server round trip, a draft) has its count in the status
    // region from the start, as it would after the citizen typed it and paused.
    if (!this.hasUpdated) this.announcedCount = this.#loadedCount();
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.#cancelAnnouncement();
    this.announcedCount = this.#loadedCount();
  }

  /** The count for a text that was not typed now: '' for none. */
  #loadedCount(): string {
    return this.limit !== undefined && this.value !== '' ? this.countText : '';
  }
}
