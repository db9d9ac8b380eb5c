// Longer than 400 lines on purpose: this is the one base class of every field (value, validity,
// reset, restore, label, legend, hint and error regions, the interaction policy), and its JSDoc is
// the contract forks rely on; shared behaviour that is not every field's goes in controllers instead.
import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyDeclaration,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { fieldMessages } from '../i18n/messages/field.js';
import { summaryMessages } from '../i18n/messages/summary.js';
import { lookupMessage, registerMessages } from '../i18n/registry.js';
import type { Message, MessageKey } from '../i18n/types.js';
import { firstFailure, type ValidationFailure, type Validator } from '../validation/validator.js';
import { formControlStyles } from './form-control.styles.js';
import { errorIcon } from './icons.js';
import { closestAttribute } from './inherited.js';
import { keepInputBeforeHydration, takeInputFromBeforeHydration } from './input-before-hydration.js';
import { InteractionController } from './interaction-controller.js';
import type { SummaryAnswer } from './summary-answer.js';
import { draftStateOf, formStateOf } from '../drafts/control-state.js';
import type { DraftState } from '../drafts/draft.js';
import { assignInitialValues, withInitialValue } from './property-defaults.js';
import { claimFocusOnInvalid, markSubmitIntent, watchSubmitIntent } from './submit-intent.js';
import { warnOnce } from './warn.js';

registerMessages(fieldMessages, summaryMessages);

/** How `renderTextInput` sets up the native input. */
export interface TextInputOptions {
  /** The native `type` (default `text`). */
  type?: string;
  /** The `autocomplete` token; none when empty. */
  autocomplete?: string | undefined;
  /** The `inputmode`; none when empty. */
  inputmode?: string;
  /** Codes, addresses and passwords: no spell checking, no automatic capitals. */
  plain?: boolean;
  /** Read-only for a reason of the subclass's own (fetched data), besides the `readonly` attribute. */
  readonly?: boolean;
}

/** How a form marks its fields (DKFDS: mark whichever kind is in the minority). */
export type Marking = 'optional' | 'required' | 'none';

/**
 * Local ids inside every control's shadow root (unique per root, so never cross a boundary). Templates
 * write them as literals (`id="control"`): a binding to a constant would still be a part to create
 * and commit in every field.
 */
export const CONTROL_ID = 'control';
export const HINT_ID = 'hint';
export const ERROR_ID = 'error';

/** The defaults of `validators` and `messages`: shared and frozen (assign a new array or object to change them). */
const NO_VALIDATORS: readonly Validator<never>[] = Object.freeze([]);
const NO_MESSAGES: Readonly<Record<string, Message | undefined>> = Object.freeze({});

function isSubmitControl(element: Element): element is HTMLButtonElement | HTMLInputElement {
  return (
    (element instanceof HTMLButtonElement && element.type === 'submit') ||
    (element instanceof HTMLInputElement && (element.type === 'submit' || element.type === 'image'))
  );
}

/**
 * The `invalid` listener of every control, shared (the control is `currentTarget`): no function bound
 * per element.
 */
function onInvalid(event: Event): void {
  event.preventDefault(); // no browser bubble: the Danish message shows in the page instead
  const control = event.currentTarget as BfFormControl;
  const form = control.form;
  if (form && claimFocusOnInvalid(form)) control.focus();
}

/**
 * The base of every value-bearing Borgerform element: a form-associated custom element whose label,
 * hint, error message and native control live in one shadow root, so `for`, `aria-describedby` and
 * `aria-invalid` never cross a shadow boundary. The value takes part in the surrounding `<form>` like
 * a native control's: `FormData`, `form.reset()`, `form.checkValidity()`, `<fieldset disabled>`,
 * and the browser's back/forward and reload restore.
 *
 * Subclasses render their native control in `renderControl()` with `id="control"` (`CONTROL_ID`;
 * groups and multi-part controls override `validationAnchor` to name the right part); the other
 * regions have hooks (`renderLabel`, `renderHint`, `renderError`) so a fork can replace one region.
 *
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart label - The `<label>` (or `<legend>` in groups).
 * @csspart marker - The "(frivilligt)" / "(skal udfyldes)" marker inside the label.
 * @csspart hint - The hint text below the label.
 * @csspart error - The error message, between hint and control.
 * @csspart error-icon - The icon before the error message.
 * @cssprop --bf-label-color - Label text colour.
 * @cssprop --bf-hint-color - Hint text colour.
 * @cssprop --bf-error-color - Error text, border and icon colour.
 * @cssprop --bf-focus-color - Focus ring colour.
 * @cssstate user-invalid - The control shows an error (after a submit attempt, or after the citizen changed and left it).
 * @fires invalid - A submit attempt or `checkValidity()` found the value invalid (the browser's bubble is prevented; the message shows in the page).
 */
export abstract class BfFormControl extends LitElement {
  static readonly formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [formControlStyles];

  /** Reactive properties read their `initial` (see `property-defaults.ts`) instead of being assigned one. */
  protected static override getPropertyDescriptor(
    name: PropertyKey,
    key: string | symbol,
    options: PropertyDeclaration,
  ): PropertyDescriptor | undefined {
    const ownAccessor = Object.getOwnPropertyDescriptor(this.prototype, name)?.get !== undefined;
    return withInitialValue(this, super.getPropertyDescriptor(name, key, options), key, options, ownAccessor);
  }

  constructor() {
    super();
    assignInitialValues(this);
  }

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  // Defaults are `initial` in the declaration, not assignments: nothing goes through Lit's setters
  // when an element is made, and nothing is reflected back as an attribute at load.

  /** The name under which the value is submitted with the form. */
  @property({ reflect: true, initial: '' }) name!: string;

  /** The visible label. Required: a control without a label fails axe and warns in the console. Rendered as text. */
  @property({ initial: '' }) label!: string;

  /** Help text shown below the label and read as the control's description. Rendered as text. */
  @property({ initial: '' }) hint!: string;

  /** The current value. The `value` attribute is the initial value that `form.reset()` returns to. */
  @property({ initial: '' }) value!: string;

  /** The citizen must give a value. */
  @property({ type: Boolean, reflect: true, initial: false }) required!: boolean;

  /** The control cannot be used and is not submitted. A disabled `<fieldset>` has the same effect. */
  @property({ type: Boolean, reflect: true, initial: false }) disabled!: boolean;

  /** The value is shown and submitted but cannot be changed; read-only controls are not validated. */
  @property({ type: Boolean, reflect: true, initial: false }) readonly!: boolean;

  /**
   * An error message from the server, shown at once and counted as invalid until the citizen changes
   * the value. Rendered as text.
   */
  @property({ initial: '' }) error!: string;

  /** Extra rules, checked after the built-in ones. See `Validator`. */
  @property({ attribute: false, initial: NO_VALIDATORS }) validators!: readonly Validator<this>[];

  /**
   * Per-instance texts, e.g. `{ required: 'Indtast dit fornavn' }`. From HTML, use attributes
   * named `message-<key>`: `message-required="Indtast dit fornavn"`.
   */
  @property({ attribute: false, initial: NO_MESSAGES }) messages!: Partial<Record<MessageKey, Message>> &
    Record<string, Message | undefined>;

  /** The form this control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** The control's validity, as a native control's. */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  /** The current error message in the page's language ('' when valid). */
  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  /** Whether the control takes part in validation (not disabled, not read-only). */
  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  /** The value the control starts with and returns to on `form.reset()`: the `value` attribute. */
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }

  /** Whether the control currently shows an error (also `:state(user-invalid)` and the `user-invalid` attribute). */
  get userInvalid(): boolean {
    return this.errorText !== '';
  }

  /** Checks validity; fires `invalid` when invalid. */
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  /** Checks validity and, when invalid, shows the error in the page. */
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }

  /** Focuses the native control; in a group, the control the error (or the choice) is on. */
  override focus(options?: FocusOptions): void {
    const anchor = this.validationAnchor;
    if (anchor) anchor.focus(options);
    else super.focus(options);
  }

  /** Shows the error now if there is one, as after a submit attempt (e.g. a step's "Næste"). */
  revealErrors(): void {
    this.interaction.reveal();
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  /** The element's texts in the language of its closest `lang`. */
  protected readonly localize = new LocalizeController(this);

  /** When errors may be shown. */
  protected readonly interaction = new InteractionController(this);

  /** The form-associated internals; `null` in a browser without `ElementInternals`. */
  protected readonly internals: ElementInternals | null =
    typeof this.attachInternals === 'function' ? this.attachInternals() : null;

  /** The control's own rules, checked before `validators`. */
  protected get builtInValidators(): readonly Validator<this>[] {
    return [];
  }

  /** What the form submits. A subclass parsing the text (CPR, dates) returns the normalised value. */
  protected get formValue(): string | File | FormData | null {
    return this.value;
  }

  /**
   * What the browser keeps for this control across back/forward and reload, handed back to
   * `formStateRestoreCallback`. Defaults to the value as typed (not the normalised form value).
   */
  protected get formState(): string | File | FormData | null {
    return this.value;
  }

  /** The native control (`id="control"` in the shadow root), once rendered. */
  protected get controlNode(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>(`#${CONTROL_ID}`) ?? null;
  }

  /**
   * The element the browser points at for this control's validity, and which takes focus for an
   * error: the native control. A group or a multi-part control names the part instead.
   */
  protected get validationAnchor(): HTMLElement | null {
    return this.controlNode;
  }

  /**
   * The label as the citizen sees it: `label`, or a default of the element's own when the host gives
   * none (`bf-declaration` shows "Erklæring"). The label region, summaries, messages (`{label}`) and
   * the missing-label warning use it.
   */
  protected get shownLabel(): string {
    return this.label;
  }

  /** The text of the error shown now ('' when none is shown). */
  protected get errorText(): string {
    if (
      this.#failure &&
      (this.#failure.key === 'server' || this.interaction.revealed) &&
      this.#willShowErrors
    ) {
      return this.#messageFor(this.#failure);
    }
    return '';
  }

  /**
   * A hint from the element's own catalogue, shown when the host gives none of its own (a format
   * example such as "Format: ddmmåå-xxxx"); '' for none. It is marked with the catalogue's
   * language where that differs from the page's.
   */
  protected get defaultHint(): string {
    return '';
  }

  /** Whether the host gave a hint of its own: the `hint` attribute or a `slot="hint"` child. */
  protected get hasOwnHint(): boolean {
    if (this.hint !== '') return true;
    for (let child = this.firstElementChild; child; child = child.nextElementSibling) {
      if (child.slot === 'hint') return true;
    }
    return false;
  }

  /** The ids that describe the control: hint then error, for `aria-describedby`. */
  protected get describedBy(): string {
    const hint = this.#hasHint;
    const error = this.errorText !== '';
    return hint && error ? `${HINT_ID} ${ERROR_ID}` : hint ? HINT_ID : error ? ERROR_ID : '';
  }

  /** The control is disabled, by itself or by a disabled fieldset or form. */
  protected get isDisabled(): boolean {
    // The browser's own state (the attribute, or a disabled fieldset or form), read when rendering.
    return this.disabled || (!isServer && this.matches(':disabled'));
  }

  /**
   * How a valid value is shown once the citizen has left the field, e.g. a CPR number as
   * `010190-1234`; `null` to keep the text as it is. Applied on `change` (never while typing), to
   * a value the page arrives with (a server round trip, a draft) and after `form.reset()`, so a
   * value reads the same whichever way it came.
   */
  protected get formattedValue(): string | null {
    return null;
  }

  /**
   * What a draft keeps of this control (`bf-form` with a `DraftStore`): the state the browser itself
   * keeps across back/forward. `null` when nothing may be kept: in a browser store (`inBrowser`), a
   * control marked `sensitive`, a CPR number or a password is never written; a server store (the
   * host's own) gets them.
   */
  draftState(inBrowser = true): DraftState | null {
    if (inBrowser && (this.hasAttribute('sensitive') || this.isSensitive)) return null;
    return draftStateOf(this.formState ?? (inBrowser ? null : this.value));
  }

  /** Gives the control a draft's state back, as the browser does after back/forward. */
  restoreDraftState(state: DraftState): void {
    this.formStateRestoreCallback(formStateOf(state));
  }

  /**
   * The answer as a summary shows it (check answers, receipt, the `bf-submit` payload): the label, and
   * the value as the citizen reads it in the page's language, or "Ikke udfyldt" when empty. Elements
   * shape the text in `displayValue`.
   */
  get summaryAnswer(): SummaryAnswer {
    const shown = this.displayValue;
    return {
      name: this.name,
      label: this.shownLabel,
      displayValue: shown.trim() ? shown : this.localize.term('summaryNotAnswered'),
    };
  }

  /**
   * Whether the control asks the citizen for anything now. `false` (`bf-bank-account`'s NemKonto
   * notice): no rule applies, not `required`, not `validators`, not a server's `error`, so the
   * control is never invalid.
   */
  protected get asksForValue(): boolean {
    return true;
  }

  /** Never kept in a browser draft, whatever the host marks: a CPR number, a password (elements say so). */
  protected get isSensitive(): boolean {
    return false;
  }

  /**
   * The value as the citizen reads it in a summary, '' when there is none: by default the formatted
   * value, else the value as typed. A choice gives its option's text, a date dd-mm-åååå, a file its
   * name and size.
   */
  protected get displayValue(): string {
    return this.formattedValue ?? this.value;
  }

  /** The marker appended to the label ("(frivilligt)"), '' for none. */
  protected get markerText(): string {
    if (!this.shownLabel || this.readonly || this.isDisabled) return '';
    const marking = (closestAttribute(this, 'marking') ?? 'optional') as Marking;
    if (marking === 'optional' && !this.required) return this.localize.term('optionalMarker');
    if (marking === 'required' && this.required) return this.localize.term('requiredMarker');
    return '';
  }

  /**
   * Sets the value from the citizen's input: validity and form value follow at once. A server's
   * error still stands while the citizen types; it gives way when they change the field
   * (`redispatchChange`), since only the server can judge some values (a CPR number that is not in
   * the municipality).
   */
  protected commitValue(value: string): void {
    this.value = value;
    this.#editedSinceChange = true;
  }

  /**
   * The citizen changed the field and left it (or chose an option, a file, a date): passes the
   * native `change` on from the host (`change` does not cross shadow roots), after showing a valid
   * value in its `formattedValue`. From here on a server's `error` no longer applies: the field's
   * own rules judge the new value (DESIGN §2.5–2.6; `docs/server-round-trip.md`).
   */
  protected redispatchChange(): void {
    this.#editedSinceChange = false;
    this.#applyFormattedValue();
    if (this.error && !this.#serverErrorDismissed) {
      this.#serverErrorDismissed = true;
      this.requestUpdate();
      // At once, as after a property change: a submit in the same task (Enter) sees the new validity.
      if (this.hasUpdated) {
        this.#refreshFailure();
        this.#applyValidity();
      }
    }
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
  /**
   * Enter in a single-line control submits the form, as in a native field (implicit submission): an
   * edit not yet passed on is a change first, as a native field fires `change` before it submits, so
   * a server's `error` on a field the citizen has just corrected gives way before the check.
   */
  protected submitOnEnter(event: KeyboardEvent): void {
    const form = this.form;
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented || !form) return;
    event.preventDefault();
    if (this.#editedSinceChange) this.redispatchChange();
    markSubmitIntent(form);
    const button = [...form.elements].find(isSubmitControl);
    if (!button) form.requestSubmit();
    else if (!button.disabled) button.click();
  }

  override render(): TemplateResult {
    // The regions sit in the shadow root itself: no wrapper element to clone, style and lay out in
    // every field (the error's bar is drawn on the host, `:host([user-invalid])`). No white space
    // between them: every text node is a node to clone and lay out, times 1,000 fields.
    return html`${this.renderLabel()}${this.renderHint()}${this.renderError()}${this.renderControl()}`;
  }

  /** The label, with its marker. */
  protected renderLabel(): TemplateResult {
    return html`<label part="label" class="label" for="control">${this.shownLabel}${this.#renderMarker()}</label>`;
  }

  /**
   * The label as the `<legend>` of the control's `<fieldset>`, with its marker: `renderLabel` of a
   * control made of several inputs (radio and checkbox groups, the date field).
   */
  protected renderLegend(): TemplateResult {
    return html`<legend part="label" class="label">${this.shownLabel}${this.#renderMarker()}</legend>`;
  }

  /** The hint: the `hint` attribute and the `hint` slot, else `defaultHint`. */
  protected renderHint(): TemplateResult {
    // Without a hint only the (empty) slot is rendered, so content slotted later is still noticed.
    if (!this.#hasHint) return html`<slot name="hint" @slotchange=${this.#onHintSlotChange}></slot>`;
    const own = this.hasOwnHint;
    const text = own ? this.hint : this.defaultHint;
    return html`<div part="hint" class="hint" id="hint" lang=${own || !text ? nothing : (this.localize.textLang ?? nothing)}
      >${text}<slot name="hint" @slotchange=${this.#onHintSlotChange}></slot></div>`;
  }

  /** The error message with its icon and the visually hidden "Fejl:" prefix. */
  protected renderError(): TemplateResult | typeof nothing {
    const text = this.errorText;
    if (!text) return nothing;
    return html`<p part="error" class="error" id="error" lang=${this.localize.textLang ?? nothing}>${errorIcon}<span
      class="visually-hidden">${this.localize.term('errorPrefix')} </span>${text}</p>`;
  }

  /**
   * A native single-line `<input>` wired to this control: id, value, required/disabled/readonly,
   * description, `aria-invalid`, input → `commitValue`, `change` passed on, Enter submits. Text-like
   * controls (text field, CPR, CVR, phone, postcode) render their input with it.
   */
  /* eslint-disable @typescript-eslint/unbound-method -- Lit calls a template listener with `this` = the host */
  protected renderTextInput(options: TextInputOptions = {}): TemplateResult {
    return html`<input part="input" class="input" id="control"
      type=${options.type ?? 'text'}
      .value=${live(this.value)}
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      ?readonly=${this.readonly || options.readonly === true}
      autocomplete=${options.autocomplete || nothing}
      inputmode=${options.inputmode || nothing}
      spellcheck=${options.plain ? 'false' : nothing}
      autocapitalize=${options.plain ? 'none' : nothing}
      aria-describedby=${this.describedBy || nothing}
      aria-invalid=${this.errorText ? 'true' : nothing}
      @input=${this.#onTextInput}
      @change=${this.redispatchChange}
      @keydown=${this.submitOnEnter}
    />`;
  }
  /* eslint-enable @typescript-eslint/unbound-method */

  /** The native control. Give it `id="control"` (`CONTROL_ID`), `aria-describedby=${this.describedBy}` and `aria-invalid`. */
  protected abstract renderControl(): TemplateResult;

  // ── Lifecycle ─────────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', onInvalid);
  }

  /**
   * Validity follows every property change at once (not only after the next render), so
   * `field.value = 'x'; form.checkValidity()` sees the new value, as with a native input.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: object): void {
    super.requestUpdate(name, oldValue, options);
    if (name === 'error') this.#serverErrorDismissed = false;
    if (name !== undefined && this.hasUpdated) {
      this.#refreshFailure();
      this.#applyValidity();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.#applyFormattedValue(); // the value the page arrived with
    this.#refreshFailure();
    // On the server `updated()` never runs: the host's state attribute goes out with the markup, so a
    // server's error draws its bar before hydration as after it.
    if (isServer) this.toggleAttribute('user-invalid', this.userInvalid);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A shadow root before the first render is a declarative one: the server rendered this element,
    // and the citizen may have typed into it before the script ran. Hydration (the first render) sets
    // the native controls from the element's properties, so their input is kept aside first.
    if (this.shadowRoot) keepInputBeforeHydration(this, this.shadowRoot);
    return super.createRenderRoot();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    takeInputFromBeforeHydration(this);
    if (!this.shownLabel)
      warnOnce(
        `<${this.localName}${this.name ? ` name="${this.name}"` : ''}> has no label. Every field needs a visible label (WCAG 1.3.1, 3.3.2).`,
      );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#applyValidity();
    const invalid = this.userInvalid;
    this.toggleAttribute('user-invalid', invalid);
    try {
      if (invalid) this.internals?.states.add('user-invalid');
      else this.internals?.states.delete('user-invalid');
    } catch {
      // A browser without CustomStateSet: the attribute still carries the state.
    }
  }

  /** `form.reset()`: back to the initial value, with no errors shown. */
  formResetCallback(): void {
    this.#serverErrorDismissed = false;
    this.#editedSinceChange = false;
    this.value = this.defaultValue;
    this.#applyFormattedValue();
    this.interaction.reset();
  }

  /** A disabled ancestor `<fieldset>` or the element's own `disabled`. */
  formDisabledCallback(_disabled: boolean): void {
    // After the update in progress, if any: `disabled = false` from script renders before Lit removes
    // the reflected attribute, and this callback comes during that update, when a request is dropped.
    if (this.isUpdatePending) void this.updateComplete.then(() => this.requestUpdate());
    else this.requestUpdate();
  }

  /** The browser restores the value after back/forward navigation or a reload. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** Wires the new form's submit buttons for focus on the first invalid field. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    if (form) watchSubmitIntent(form);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #failure: ValidationFailure | null = null;
  #serverErrorDismissed = false;
  /** The citizen edited the value since the last `change` was passed on (`submitOnEnter` passes it on). */
  #editedSinceChange = false;

  /** Whether errors can show at all: not for read-only or disabled controls. */
  get #willShowErrors(): boolean {
    return !this.readonly && !this.isDisabled;
  }

  /** Whether a hint shows: the host's own, or the default hint. */
  get #hasHint(): boolean {
    return this.hasOwnHint || this.defaultHint !== '';
  }

  #applyFormattedValue(): void {
    const formatted = this.formattedValue;
    if (formatted !== null && formatted !== this.value) this.value = formatted;
  }

  #currentFailure(): ValidationFailure | null {
    if (!this.asksForValue) return null;
    if (this.error && !this.#serverErrorDismissed) {
      return { key: 'server', flag: 'customError', params: {}, message: this.error };
    }
    return firstFailure(this.builtInValidators, this) ?? firstFailure(this.validators, this);
  }

  /** The last message made, for the failure and language it was made for (a render asks several times). */
  #message: { failure: ValidationFailure; lang: string; text: string } | undefined;

  #messageFor(failure: ValidationFailure): string {
    if (failure.key === 'server') return this.error;
    const lang = this.localize.lang;
    if (this.#message?.failure === failure && this.#message.lang === lang) return this.#message.text;
    const text = this.#composeMessage(failure);
    this.#message = { failure, lang, text };
    return text;
  }

  #composeMessage(failure: ValidationFailure): string {
    // A missing value has one override for every control: `message-required` also covers a control
    // whose own key is more specific (`cprRequired`), unless that key is overridden itself.
    const generic =
      failure.flag === 'valueMissing' && failure.key !== 'required'
        ? this.localize.instanceOverride('required')
        : undefined;
    const fallback =
      generic ??
      failure.message ??
      (failure.messageKey ? lookupMessage(this.localize.locale, failure.messageKey) : undefined);
    return this.localize.term(failure.key, { label: this.shownLabel, ...failure.params }, fallback);
  }

  #refreshFailure(): void {
    this.#failure = this.#currentFailure();
  }

  #applyValidity(): void {
    const internals = this.internals;
    if (!internals) return;
    const failure = this.#failure;
    if (failure) {
      internals.setValidity(
        { [failure.flag]: true },
        this.#messageFor(failure),
        this.validationAnchor ?? undefined,
      );
    } else {
      internals.setValidity({});
    }
    internals.setFormValue(this.formValue, this.formState);
  }

  #renderMarker(): TemplateResult | typeof nothing {
    const marker = this.markerText;
    return marker ? html`<span part="marker" class="marker">${` ${marker}`}</span>` : nothing;
  }

  #onTextInput(event: Event): void {
    this.commitValue((event.target as HTMLInputElement).value);
  }

  #onHintSlotChange(): void {
    this.requestUpdate();
  }
}
