import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BfFormControl, CONTROL_ID, ERROR_ID, HINT_ID } from '../../base/form-control.js';
import { BfPrefillEditEvent } from '../../events/prefill-edit.js';
import { prefilledValidators } from '../../validation/prefilled-validators.js';
import type { Validator } from '../../validation/validator.js';
import type { TextFieldWidth } from '../text-field/text-field.js';
import { prefilledStyles } from './prefilled.styles.js';
import { prefilledMessages } from '../../i18n/messages/prefilled.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(prefilledMessages);

/**
 * The `FormData` entry that lists the prefilled fields whose value the citizen changed: one entry
 * per changed field, holding the field's `name`. A back end reads them all with
 * `formData.getAll('bf-prefill-changed')` (e.g. `['fornavn', 'adresse']`).
 */
export const PREFILL_CHANGED_ENTRY = 'bf-prefill-changed';

const SOURCE_ID = 'source';

/** A pencil, decorative: the button's text says what it does. */
const editIcon = svg`<svg class="icon" part="edit-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M3 17.25V21h3.75L17.8 9.94l-3.75-3.75L3 17.25Zm17.7-10.2a1 1 0 0 0 0-1.42l-2.33-2.33a1 1 0 0 0-1.42 0l-1.83 1.83 3.75 3.75 1.83-1.83Z"/></svg>`;

/**
 * A value the authority already has, fetched from a register and shown for the citizen to check
 * (DKFDS *inputfelter med hentet data*, REQUIREMENTS 3.1). The value sits in a read-only but
 * focusable text input with the hint "Data hentet fra {source}", and is submitted under `name`
 * like any other field's. With `editable`, a "Rediger" button (accessible name "Rediger {label}")
 * opens it for editing: the input loses `readonly` and the source hint, keeps the value, takes
 * focus with the caret at the end, and `bf-prefill-edit` fires with `{ name }` (never the value).
 * `form.reset()` returns to the read-only fetched value.
 *
 * A field without a value (nothing was fetched) is an ordinary editable text field, with no source
 * hint; it locks as soon as a value is set from outside.
 *
 * **Which values the citizen corrected.** Once edited, while the value differs from the fetched one
 * (leading and trailing white space aside), the element submits two entries: `name=value` and
 * `bf-prefill-changed=name` (`PREFILL_CHANGED_ENTRY`). So a plain POST tells the case worker's
 * back end which fetched values the citizen changed, with no script on the page:
 *
 * ```
 * fornavn=Ada&bf-prefill-changed=fornavn
 * ```
 *
 * **Sending the form back.** A back end that answers with the form again (an error in another field)
 * keeps the citizen's correction: it writes the posted value in `value` and the fetched one in
 * `fetched-value`. The field then opens edited, without the source line (the value is no longer the
 * register's), and still submits `bf-prefill-changed`. `form.reset()` returns to that state.
 *
 * ```html
 * <bf-prefilled name="navn" label="Navn" source="CPR-registret" value="Ada Jensen" fetched-value="Ada Åberg Jensen" editable></bf-prefilled>
 * ```
 *
 * The field is validated like any other (`required`, `validators`); read-only fetched data that
 * fails a rule shows its error, and the citizen can correct it with "Rediger".
 *
 * @tagname bf-prefilled
 * @summary Fetched data (DKFDS hentet data): read-only value with its source, optional "Rediger" that makes it editable.
 * @slot hint - Rich hint content (a link, a list), shown above the source line. Plain text goes in the `hint` attribute.
 * @csspart control - The row holding the input and the edit button.
 * @csspart input - The native `<input>`.
 * @csspart source - The line "Data hentet fra {source}".
 * @csspart edit-button - The "Rediger" button.
 * @csspart edit-icon - The pencil icon in the button.
 * @cssprop --bf-input-border-color - Border colour of the input.
 * @cssprop --bf-input-background - Background of the input.
 * @cssprop --bf-input-text-color - Text colour of the input.
 * @cssprop --bf-input-readonly-background - Background of the read-only input.
 * @cssprop --bf-button-background - Colour of the "Rediger" button's text and icon.
 * @fires bf-prefill-edit - `BfPrefillEditEvent`: the citizen opened the value for editing; `detail` is `{ name }`, never the value.
 * @fires input - The value changed as the citizen typed (the native event).
 * @fires change - The citizen changed the value and left the field.
 */
export class BfPrefilled extends BfFormControl {
  static override styles = [...BfFormControl.styles, prefilledStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** Where the value came from, as the citizen knows it: "CPR-registret" gives "Data hentet fra CPR-registret". Rendered as text. */
  @property({ initial: '' }) source!: string;

  /** Show the "Rediger" button, so the citizen can correct the fetched value. */
  @property({ type: Boolean, reflect: true, initial: false }) editable!: boolean;

  /** The input's purpose for autofill (`given-name`, `street-address` …); none by default. */
  @property({ initial: '' }) autocomplete!: string;

  /** The on-screen keyboard to offer when editing (`numeric`, `tel`, `email` …). */
  @property({ attribute: 'inputmode', initial: '' }) inputmode!: string;

  /** The input's width for the expected answer length, in characters: `2 3 4 5 10 20 30 full`. */
  @property({ reflect: true }) width?: TextFieldWidth;

  /**
   * The value as fetched, when `value` holds the citizen's correction of it (a form sent back by the
   * server): a different value opens the field edited and marked changed. Rendered as nothing.
   */
  @property({ attribute: 'fetched-value' }) fetchedValue?: string;

  /** Whether the citizen has opened the value for editing (or typed into a field that had no value). */
  get edited(): boolean {
    return this.editing;
  }

  /** Whether the citizen edited the value and it now differs from the fetched one (then `bf-prefill-changed` is submitted). */
  get changed(): boolean {
    return this.editing && this.value.trim() !== this.#editedFrom.trim();
  }

  /**
   * Opens the fetched value for editing, as the "Rediger" button does: removes `readonly` and the
   * source hint, focuses the input with the caret at the end and fires `bf-prefill-edit`. Does
   * nothing when the field is not locked, is `readonly` or disabled.
   */
  async edit(): Promise<void> {
    if (!this.locked || this.readonly || this.isDisabled) return;
    this.#startEditing();
    await this.updateComplete;
    const input = this.inputNode;
    if (input) {
      input.focus();
      const end = input.value.length;
      input.setSelectionRange(end, end);
    }
    const event = new BfPrefillEditEvent(this.name); // a variable: the manifest takes the event from @fires
    this.dispatchEvent(event);
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  /** The native input. */
  @query(`#${CONTROL_ID}`) protected readonly inputNode!: HTMLInputElement | null;

  /** Whether the fetched value is shown read-only now: it has a value and the citizen has not opened it. */
  protected get locked(): boolean {
    return !this.editing && this.value !== '';
  }

  /** The name of the extra entry that marks a changed value (`PREFILL_CHANGED_ENTRY`). */
  protected get changedEntryName(): string {
    return PREFILL_CHANGED_ENTRY;
  }

  protected override get builtInValidators(): readonly Validator<this>[] {
    return prefilledValidators;
  }

  /** `name=value`, plus `bf-prefill-changed=name` once the citizen changed the fetched value. */
  protected override get formValue(): string | FormData {
    if (!this.changed || !this.name) return this.value;
    const data = new FormData();
    data.append(this.name, this.value);
    data.append(this.changedEntryName, this.name);
    return data;
  }

  /** The browser keeps the form value, so a changed value comes back edited and marked (`formStateRestoreCallback`). */
  protected override get formState(): string | FormData {
    return this.formValue;
  }

  /** No "(frivilligt)" while the value is locked: there is nothing to fill in. */
  protected override get markerText(): string {
    return this.locked ? '' : super.markerText;
  }

  /** Whether the source line shows: a `source` while the value is locked. */
  protected get showsSource(): boolean {
    return this.source !== '' && this.locked;
  }

  protected override get describedBy(): string {
    return [this.hasOwnHint ? HINT_ID : '', this.showsSource ? SOURCE_ID : '', this.errorText ? ERROR_ID : '']
      .filter(Boolean)
      .join(' ');
  }

  /** The host's hint, then "Data hentet fra {source}" while the value is locked. */
  protected override renderHint(): TemplateResult {
    return html`${super.renderHint()}${
      this.showsSource
        ? html`<div part="source" class="hint source" id=${SOURCE_ID} lang=${this.localize.textLang ?? nothing}>${this.localize.term(
            'prefilledSource',
            { source: this.source },
          )}</div>`
        : nothing
    }`;
  }

  protected override renderControl(): TemplateResult {
    return html`<div part="control" class="control">
      ${this.renderTextInput({ autocomplete: this.autocomplete, inputmode: this.inputmode, readonly: this.locked })}${this.editable && this.locked && !this.readonly ? this.renderEditButton() : nothing}
    </div>`;
  }

  /** The "Rediger" button; its accessible name "Rediger {label}" starts with its visible text. */
  protected renderEditButton(): TemplateResult {
    return html`<button part="edit-button" class="edit" type="button" ?disabled=${this.isDisabled}
      aria-label=${this.localize.term('prefilledEditLabel', { label: this.label })}
      lang=${this.localize.textLang ?? nothing}
      @click=${this.#onEditClick}>${editIcon}<span>${this.localize.term('prefilledEdit')}</span></button>`;
  }

  // ── Lifecycle ─────────────────────────────────────────────────────────────────────────────────

  /** `form.reset()`: back to the fetched value, read-only, with the source hint (or to a correction the page came with). */
  override formResetCallback(): void {
    this.editing = false;
    this.#editedFrom = '';
    super.formResetCallback();
    this.#openCorrection();
  }

  /** Back/forward and reload: an edited, changed value comes back edited. */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData && this.name) {
      const value = state.get(this.name);
      if (typeof value === 'string') {
        if (!this.editing) this.#startEditing();
        this.value = value;
      }
      return;
    }
    super.formStateRestoreCallback(state);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The citizen opened the value (by "Rediger", or by typing into a field that had none). */
  @state({ initial: false }) private editing!: boolean;

  /** The fetched value, as editing began: what `changed` compares with. */
  #editedFrom = '';

  /** Opens the field for editing; `changed` compares with the fetched value from now on. */
  #startEditing(): void {
    this.#editedFrom = this.fetchedValue ?? this.value;
    this.editing = true;
  }

  /** A `fetched-value` that differs from the value: the page came with the citizen's correction. */
  #openCorrection(): void {
    if (this.editing || this.fetchedValue === undefined) return;
    if (this.fetchedValue.trim() !== this.value.trim()) this.#startEditing();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fetchedValue')) this.#openCorrection();
    super.willUpdate(changed);
  }

  #onEditClick(): void {
    void this.edit();
  }

  /** The citizen's typing: the first keystroke in an empty (never fetched) field starts editing. */
  protected override commitValue(value: string): void {
    if (!this.editing) this.#startEditing();
    super.commitValue(value);
  }
}
