import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  isAbortError,
  type Address,
  type AddressProvider,
  type AddressSuggestion,
} from '../../address/address-provider.js';
import { systemClock, type Clock } from '../../base/clock.js';
import { BfFormControl, CONTROL_ID, ERROR_ID, HINT_ID } from '../../base/form-control.js';
import { MultiPartController } from '../../base/multi-part-controller.js';
import { warnOnce } from '../../base/warn.js';
import {
  ADDRESS_PARTS,
  EMPTY_ADDRESS_PARTS,
  checkAddressParts,
  isEmptyAddress,
  normaliseSearchText,
  parseAddressPostcode,
  parseAddressText,
  type AddressPart,
  type AddressParts,
} from '../../domain/address.js';
import type { MessageKey } from '../../i18n/types.js';
import {
  addressValidators,
  type AddressConstraints,
  type AddressEntryCheck,
} from '../../validation/address-validators.js';
import type { Validator } from '../../validation/validator.js';
import { addressInputStyles } from './address-input.styles.js';
import { addressMessages } from '../../i18n/messages/address.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(addressMessages);

export {
  addressValidators,
  type AddressConstraints,
  type AddressEntryCheck,
} from '../../validation/address-validators.js';

/**
 * The timers the field uses: the pause in typing before it searches, and the time it waits for
 * the address service. Tests inject a fake clock and advance it, so no test waits in real time.
 */
export type AddressClock = Clock;

/** How long typing must pause before the field asks for suggestions, in ms. */
export const ADDRESS_SEARCH_DELAY = 250;

/** How long the field waits for the address service before it opens the manual fields, in ms. */
export const ADDRESS_PROVIDER_TIMEOUT = 5000;

/** The fewest characters (after trimming) the field searches for. */
export const ADDRESS_MIN_SEARCH_LENGTH = 2;

/** The most suggestions shown, whatever the provider sends. */
const MAX_SUGGESTIONS = 20;

const LISTBOX_ID = 'listbox';

const PART_LABEL: Readonly<Record<AddressPart, MessageKey>> = {
  street: 'addressStreet',
  houseNumber: 'addressHouseNumber',
  floor: 'addressFloor',
  door: 'addressDoor',
  postcode: 'addressPostcode',
  city: 'addressCity',
};

const PART_HINT: Partial<Readonly<Record<AddressPart, MessageKey>>> = {
  floor: 'addressFloorHint',
  door: 'addressDoorHint',
};

/** The `FormData` name suffix of each part: `<name>-street`, `<name>-house-number` … */
const PART_ENTRY: Readonly<Record<AddressPart, string>> = {
  street: 'street',
  houseNumber: 'house-number',
  floor: 'floor',
  door: 'door',
  postcode: 'postcode',
  city: 'city',
};

function partsOf(address: Address): AddressParts {
  return {
    street: address.street,
    houseNumber: address.houseNumber,
    floor: address.floor ?? '',
    door: address.door ?? '',
    postcode: address.postcode,
    city: address.city,
  };
}

function isSuggestion(value: unknown): value is AddressSuggestion {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AddressSuggestion).id === 'string' &&
    typeof (value as AddressSuggestion).text === 'string'
  );
}

function isAddress(value: unknown): value is Address {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return ['id', 'street', 'houseNumber', 'postcode', 'city', 'text'].every(
    (key) => typeof a[key] === 'string',
  );
}

/** What the browser keeps across back/forward and reload (`formState`). */
interface SavedState {
  readonly bf: 'address';
  readonly value: string;
  readonly search: string;
  readonly manual: boolean;
  readonly parts: AddressParts;
  readonly chosen: Address | null;
}

/**
 * An address field (REQUIREMENTS §3.5): a search box that suggests addresses from the register as
 * the citizen types (the WAI-ARIA APG combobox with a listbox popup), and a fallback to manual
 * fields when the address cannot be found or the address service fails.
 *
 * **Provider.** The field makes no network call of its own: set its `provider` property to an
 * `AddressProvider`, usually `new HttpAddressProvider({ baseUrl })` pointing at the municipality's
 * proxy in front of DAR. Without one, the field still works: typing opens the manual fields.
 *
 * **Search.** After a pause in typing (250 ms) and from 2 characters, the field asks the provider
 * for suggestions; an answer for older text is dropped (the older request is aborted). The number
 * found is announced politely ("3 adresser fundet", "Ingen adresser fundet"). ↓/↑ move through the
 * list (Alt+↓ opens it), Enter chooses, Escape closes the list and a second Escape empties the
 * box; Tab leaves the field and closes the list. The suggestions can be hovered and are chosen on
 * click (pointer up). Choosing resolves the whole address through the provider.
 *
 * **Manual fields.** "Jeg kan ikke finde min adresse" opens the fields street name, house number,
 * floor, door, postcode and town (the `manual` attribute opens them from the start). When the
 * provider rejects, or gives no answer within 5 s, the field shows "Vi kan ikke søge efter
 * adresser lige nu. Skriv adressen selv." and opens the manual fields, leaving focus where it is;
 * what the citizen typed in the search box is carried over into the empty manual fields. A postcode
 * fills in the town through `provider.postcode`, when the provider has it; the town stays editable.
 *
 * **Value.** `value` is the address as the citizen reads it ("Rådhuspladsen 1, 1. th., 1550
 * København V"): the chosen address, or the manual fields once they make a whole address; '' until
 * then. The form submits, under `name`:
 * - `<name>`: the display text (`value`);
 * - `<name>-id`: the register's id, when the address was chosen from the list and not edited since;
 * - `<name>-street`, `<name>-house-number`, `<name>-floor`, `<name>-door`, `<name>-postcode`,
 *   `<name>-city`: the parts, for a chosen address and whenever the manual fields are open (floor
 *   and door may be empty);
 * - `<name>-municipality-code`: the municipality code, when the register gave one.
 * A `value` attribute alone (an address the server already knows, as text) submits only `<name>`.
 *
 * **Errors.** Required and empty: "Vælg en adresse fra listen, eller skriv den selv"
 * (`addressRequired`; a `message-required` override applies too). Text typed but no address
 * chosen: `addressNotChosen`. The manual fields are checked in order and the first problem shows
 * above its own field: `addressStreetMissing`, `addressHouseNumberMissing`,
 * `addressHouseNumberFormat` (1–999 and a letter, `12B`), `addressFloorFormat` (`st`, `kl`,
 * `1`–`99`), `addressDoorFormat` (`th`, `tv`, `mf`, `1`–`9999`), `addressPostcodeMissing`,
 * `addressPostcodeFormat` (4 digits), `addressCityMissing`.
 *
 * @tagname bf-address-input
 * @summary Danish address: search with suggestions from an AddressProvider (DAR), and manual fields as a fallback.
 * @slot hint - Rich hint content, replacing the default hint. Plain text goes in the `hint` attribute.
 * @csspart control - The wrapper of the search box and its list.
 * @csspart input - The search box (and each manual field's input).
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @csspart notice - "Vi kan ikke søge efter adresser lige nu …", shown when the provider fails.
 * @csspart manual-button - The "Jeg kan ikke finde min adresse" button.
 * @csspart manual-fields - The `<fieldset>` of the manual fields.
 * @csspart manual-legend - The legend of the manual fields.
 * @csspart manual-part - The wrapper of one manual field (label, hint, error, input).
 * @csspart manual-label - The label of one manual field.
 * @cssprop --bf-input-border-color - Border colour of the inputs and the list.
 * @cssprop --bf-input-background - Background of the inputs and the list.
 * @cssprop --bf-input-text-color - Text colour of the inputs and the list.
 * @cssprop --bf-button-background - Colour of the chosen suggestion and the button's text.
 * @fires input - The citizen typed, or chose an address (the value may have changed).
 * @fires change - The citizen chose an address, or changed the field and left it.
 */
export class BfAddressInput extends BfFormControl implements AddressConstraints {
  static override styles = [...BfFormControl.styles, addressInputStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /**
   * Where addresses come from (a JS property): `new HttpAddressProvider({ baseUrl })`,
   * `new OfflineAddressProvider(addresses)`, or an `AddressProvider` of the host's own.
   */
  @property({ attribute: false }) provider: AddressProvider | null = null;

  /** Show the manual fields from the start (the citizen can also open them with the button). */
  @property({ type: Boolean, initial: false }) manual!: boolean;

  /**
   * The search box's purpose for autofill (WCAG 1.3.5): default `address-line1` (street and
   * number, where a search starts); `off` turns autofill off for every part. The manual postcode
   * and town get `postal-code` and `address-level2` with the same section or `shipping`/`billing`
   * prefix (street, house number, floor and door have no token of their own).
   */
  @property({ initial: 'address-line1' }) autocomplete!: string;

  /**
   * The timers used for the pause in typing and the provider's time limit. Defaults to the page's
   * own; tests set a fake clock and advance it.
   */
  clock: AddressClock = systemClock;

  /**
   * The address chosen from the list (resolved through the provider), or `null`. Setting it fills
   * the field with that address, as if the citizen had chosen it (without events).
   */
  get address(): Address | null {
    return this.chosen ?? null;
  }

  set address(address: Address | null) {
    this.#cancelAll();
    if (address && isAddress(address)) {
      this.#adopt(address, true);
    } else {
      this.chosen = null;
      this.search = '';
      this.entry.restore(EMPTY_ADDRESS_PARTS, '');
    }
  }

  /** The parts in the manual fields as typed (or those of the chosen address). */
  get parts(): AddressParts {
    return this.entry?.parts ?? EMPTY_ADDRESS_PARTS;
  }

  /** Whether the address could be searched for: `false` after the provider failed or was too slow. */
  get searchAvailable(): boolean {
    return !this.unavailable;
  }

  /**
   * How the entry stands: `{ ok: true }` for a chosen address, whole manual fields or a value set
   * from outside; otherwise the code and the part to fix (see `AddressEntryCheck`).
   */
  get entryCheck(): AddressEntryCheck {
    if (this.manual) {
      if (this.chosen) return { ok: true };
      const result = checkAddressParts(this.parts);
      if (result.ok) return { ok: true };
      if (result.code === 'required')
        return this.value ? { ok: true } : { ok: false, code: 'required', part: 'search' };
      return { ok: false, code: result.code, part: result.part };
    }
    if (this.value) return { ok: true };
    if (normaliseSearchText(this.search ?? '')) return { ok: false, code: 'notChosen', part: 'search' };
    return { ok: false, code: 'required', part: 'search' };
  }

  /** Focuses the manual field with the error while one shows there (the error summary's link), else the search box. */
  override focus(options?: FocusOptions): void {
    const part = this.failedPart;
    const target = part && part !== 'search' ? this.partInput(part) : this.comboboxNode;
    if (target) target.focus(options);
    else super.focus(options);
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  /** The search box. */
  protected get comboboxNode(): HTMLInputElement | null {
    return (this.shadowRoot?.getElementById(CONTROL_ID) as HTMLInputElement | null) ?? null;
  }

  /** The input of a manual field (while the manual fields are open). */
  protected partInput(part: AddressPart): HTMLInputElement | null {
    return (this.shadowRoot?.getElementById(part) as HTMLInputElement | null) ?? null;
  }

  /** Where the error shown now belongs: `search` (above the search box), a manual field, or `undefined` (none shown). */
  protected get failedPart(): 'search' | AddressPart | undefined {
    const text = this.errorText;
    if (!text) return undefined;
    if (this.error !== '' && text === this.error) return 'search';
    const check = this.entryCheck;
    return check.ok ? 'search' : check.part;
  }

  protected override get validationAnchor(): HTMLElement | null {
    const check = this.entryCheck;
    const part = check.ok ? 'search' : check.part;
    return (part !== 'search' ? this.partInput(part) : null) ?? this.comboboxNode;
  }

  protected override get builtInValidators(): readonly Validator<this>[] {
    return addressValidators;
  }

  /** `<name>` = display text, plus `-id`, the parts and `-municipality-code` (see the class description). */
  protected override get formValue(): string | FormData {
    if (!this.name) return this.value;
    const data = new FormData();
    data.append(this.name, this.value);
    const chosen = this.chosen;
    if (chosen) data.append(`${this.name}-id`, chosen.id);
    const parts = this.manual ? this.#submittedParts() : chosen ? partsOf(chosen) : null;
    if (parts) for (const part of ADDRESS_PARTS) data.append(`${this.name}-${PART_ENTRY[part]}`, parts[part]);
    if (chosen?.municipalityCode) data.append(`${this.name}-municipality-code`, chosen.municipalityCode);
    return data;
  }

  /** The search text, the manual fields and the chosen address, so back/forward and reload bring all of it back. */
  protected override get formState(): string {
    const saved: SavedState = {
      bf: 'address',
      value: this.value,
      search: this.search ?? '',
      manual: this.manual,
      parts: this.parts,
      chosen: this.chosen ?? null,
    };
    return JSON.stringify(saved);
  }

  protected override get describedBy(): string {
    const failed = this.failedPart;
    return [this.hintText || this.hasSlottedHint ? HINT_ID : '', failed === 'search' ? ERROR_ID : '']
      .filter(Boolean)
      .join(' ');
  }

  /** The hint shown: the `hint` attribute, else "Begynd at skrive, og vælg adressen på listen" (not when nobody can type). */
  protected get hintText(): string {
    if (this.hint || this.hasSlottedHint) return this.hint;
    return this.readonly || this.isDisabled ? '' : this.localize.term('addressHint');
  }

  /** Whether a `slot="hint"` child replaces the default hint. */
  protected get hasSlottedHint(): boolean {
    return this.querySelector(':scope > [slot="hint"]') !== null;
  }

  /** The autocomplete token of a manual field, with the host's section/`shipping`/`billing` prefix. */
  protected autocompleteFor(part: AddressPart): string | undefined {
    const tokens = this.autocomplete.trim().split(/\s+/u).filter(Boolean);
    if (tokens.at(-1)?.toLowerCase() === 'off') return 'off';
    const field = (
      { postcode: 'postal-code', city: 'address-level2' } as Partial<Record<AddressPart, string>>
    )[part];
    return field ? [...tokens.slice(0, -1), field].join(' ') : undefined;
  }

  override render(): TemplateResult {
    const failed = this.failedPart;
    // One element around the regions, for the one focusout listener that leaving the field needs.
    return html`<div class="regions" @focusin=${this.entry.onFocusIn} @focusout=${this.#onFocusOut}>
      ${this.renderLabel()}${this.renderHint()}${failed === 'search' ? this.renderError() : nothing}${this.renderControl()}
    </div>`;
  }

  /** The hint, or the default hint when the field has none of its own. */
  protected override renderHint(): TemplateResult {
    const own = this.hint !== '' || this.hasSlottedHint;
    const text = this.hintText;
    return html`<div part="hint" class="hint" id="hint" lang=${own ? nothing : (this.localize.textLang ?? nothing)}
      ?hidden=${!text && !own}>${text}<slot name="hint" @slotchange=${this.#onHintSlotChange}></slot></div>`;
  }

  /** The search box and its list, the announcements, the notice, and the button or the manual fields. */
  protected override renderControl(): TemplateResult {
    return html`${this.renderCombobox()}
      <div class="visually-hidden" role="status" lang=${this.localize.textLang ?? nothing}>${this.announcement}</div>
      <div role="status" lang=${this.localize.textLang ?? nothing}>${
        this.unavailable
          ? html`<p part="notice" class="notice">${this.localize.term('addressUnavailable')}</p>`
          : nothing
      }</div>
      ${this.manual ? this.renderManual() : this.renderManualButton()}`;
  }

  /** The search box (`role="combobox"`) and the list of suggestions (`role="listbox"`). */
  protected renderCombobox(): TemplateResult {
    const open = this.expanded;
    const active = open && this.activeIndex >= 0 ? `option-${this.activeIndex}` : undefined;
    return html`<div part="control" class="combobox">
      <input part="input" class="input" id="control" type="text" role="combobox"
        aria-expanded=${open ? 'true' : 'false'} aria-controls=${LISTBOX_ID} aria-autocomplete="list"
        aria-activedescendant=${active ?? nothing}
        autocomplete=${this.autocomplete || nothing} spellcheck="false"
        .value=${live(this.search ?? '')}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-describedby=${this.describedBy || nothing}
        aria-invalid=${this.failedPart === 'search' ? 'true' : nothing}
        @input=${this.#onSearchInput}
        @keydown=${this.#onSearchKeyDown}
        @change=${this.entry.onChange}
      />
      <ul part="listbox" class="listbox" id=${LISTBOX_ID} role="listbox" ?hidden=${!open}
        aria-label=${this.localize.term('addressSuggestions')} lang=${this.localize.textLang ?? nothing}
        @mousedown=${this.#keepFocus}>${
          open
            ? this.suggestions.map(
                (suggestion, index) => html`<li part="option"
          class="option" id=${`option-${index}`} role="option" aria-selected=${index === this.activeIndex ? 'true' : 'false'}
          @click=${() => this.#chooseSuggestion(index)}>${suggestion.text}</li>`,
              )
            : nothing
        }</ul>
    </div>`;
  }

  /** "Jeg kan ikke finde min adresse": opens the manual fields (not on a read-only field). */
  protected renderManualButton(): TemplateResult | typeof nothing {
    if (this.readonly) return nothing;
    return html`<button part="manual-button" class="button manual-button" type="button" ?disabled=${this.isDisabled}
      lang=${this.localize.textLang ?? nothing} @click=${this.#onManualClick}>${this.localize.term('addressManualButton')}</button>`;
  }

  /** The manual fields in a `<fieldset>`: street; house number, floor, door; postcode, town. */
  protected renderManual(): TemplateResult {
    return html`<fieldset part="manual-fields" class="manual">
      <legend part="manual-legend" lang=${this.localize.textLang ?? nothing}>${this.localize.term('addressManualLegend')}</legend>
      ${this.renderPart('street')}
      <div class="row">${this.renderPart('houseNumber')}${this.renderPart('floor')}${this.renderPart('door')}</div>
      <div class="row">${this.renderPart('postcode')}${this.renderPart('city')}</div>
    </fieldset>`;
  }

  /** One manual field: label, hint, its error, input. */
  /* eslint-disable @typescript-eslint/unbound-method -- Lit calls a template listener with `this` = the host */
  protected renderPart(part: AddressPart): TemplateResult {
    const failed = this.failedPart === part;
    const hintKey = PART_HINT[part];
    const hintId = `${part}-hint`;
    const optional = part === 'floor' || part === 'door';
    const describedBy = [hintKey ? hintId : '', failed ? ERROR_ID : ''].filter(Boolean).join(' ');
    const numeric = part === 'postcode';
    return html`<div part="manual-part" class="part ${part}">
      <label part="manual-label" class="label" for=${part} lang=${this.localize.textLang ?? nothing}>${this.localize.term(PART_LABEL[part])}${
        optional ? html`<span class="marker">${` ${this.localize.term('optionalMarker')}`}</span>` : nothing
      }</label>
      ${hintKey ? html`<div class="hint" id=${hintId} lang=${this.localize.textLang ?? nothing}>${this.localize.term(hintKey)}</div>` : nothing}
      ${failed ? this.renderError() : nothing}
      <input part="input" class="input" id=${part} type="text"
        autocomplete=${this.autocompleteFor(part) ?? nothing}
        inputmode=${numeric ? 'numeric' : nothing}
        spellcheck="false"
        .value=${live(this.parts[part])}
        ?required=${!optional && this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${failed ? 'true' : nothing}
        @input=${(event: Event) => this.#onPartInput(part, event)}
        @change=${this.entry.onChange}
        @keydown=${this.submitOnEnter}
      />
    </div>`;
  }
  /* eslint-enable @typescript-eslint/unbound-method */

  // ── Lifecycle ─────────────────────────────────────────────────────────────────────────────────

  /** A `value` set from outside (attribute, property, `form.reset()`) is shown in the search box. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: object): void {
    this.entry?.hostRequestUpdate(name); // undefined while the base class constructs
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // `manual` and `value` attributes in any order: the manual fields start with the value's parts.
    if (!this.hasUpdated && this.manual && isEmptyAddress(this.parts) && this.value)
      this.entry.parts = parseAddressText(this.value);
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if ((changed.has('activeIndex') || changed.has('expanded')) && this.expanded && this.activeIndex >= 0) {
      this.shadowRoot?.getElementById(`option-${this.activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelAll();
  }

  /** `form.reset()`: the initial value in the search box, no list, no notice, manual fields as the `manual` attribute says. */
  override formResetCallback(): void {
    this.#cancelAll();
    this.manual = this.hasAttribute('manual');
    this.chosen = null;
    this.entry.parts = EMPTY_ADDRESS_PARTS;
    this.unavailable = false;
    this.announcement = '';
    this.entry.reset();
    this.#cityFilled = false;
    super.formResetCallback();
    this.search = this.value;
    if (this.manual && this.value) this.entry.parts = parseAddressText(this.value);
  }

  /** Brings back the search text, the manual fields and the chosen address. */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    const saved = typeof state === 'string' ? BfAddressInput.#readState(state) : undefined;
    if (!saved) {
      super.formStateRestoreCallback(state);
      return;
    }
    this.manual = saved.manual;
    this.chosen = saved.chosen;
    this.search = saved.search;
    this.entry.restore(saved.parts, saved.value);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The text in the search box. (Not `#private`: read while the base constructs.) */
  @state({ initial: '' }) private search!: string;

  /** The address chosen from the list, resolved. */
  @state() private chosen: Address | null = null;

  /**
   * The manual fields as typed (or the chosen address's parts), the value set from them or from the
   * search, and one `change` when focus leaves the field. (Not `#private`: read from `requestUpdate`
   * while the base constructs.)
   */
  private readonly entry = new MultiPartController<AddressParts>(this, {
    empty: EMPTY_ADDRESS_PARTS,
    valueOf: () => this.#derivedValue(),
    partsOf: (value) => this.#adoptValue(value),
    commit: (value) => this.commitValue(value),
    change: () => this.redispatchChange(),
  });

  /** The suggestions for the latest text. */
  @state() private suggestions: readonly AddressSuggestion[] = [];

  /** Whether the list is shown. */
  @state({ initial: false }) private expanded!: boolean;

  /** The suggestion marked by ↓/↑ (`aria-activedescendant`), -1 for none. */
  @state({ initial: -1 }) private activeIndex!: number;

  /** The polite announcement of the number found. */
  @state({ initial: '' }) private announcement!: string;

  /** The provider failed or was too slow: the notice shows. */
  @state({ initial: false }) private unavailable!: boolean;

  #searchTimer: unknown = undefined;
  #timeoutTimer: unknown = undefined;
  #request: AbortController | undefined;
  #requestId = 0;
  #postcodeRequest: AbortController | undefined;
  #postcodeId = 0;
  #cityFilled = false;

  static #readState(state: string): SavedState | undefined {
    try {
      const parsed = JSON.parse(state) as Partial<SavedState> | null;
      if (
        !parsed ||
        parsed.bf !== 'address' ||
        typeof parsed.value !== 'string' ||
        typeof parsed.search !== 'string'
      )
        return undefined;
      const parts: Record<AddressPart, string> = { ...EMPTY_ADDRESS_PARTS };
      for (const part of ADDRESS_PARTS) {
        const value = (parsed.parts as Record<string, unknown> | undefined)?.[part];
        if (typeof value === 'string') parts[part] = value;
      }
      return {
        bf: 'address',
        value: parsed.value,
        search: parsed.search,
        manual: parsed.manual === true,
        parts,
        chosen: isAddress(parsed.chosen) ? parsed.chosen : null,
      };
    } catch {
      return undefined;
    }
  }

  /**
   * A value from outside: shown in the search box; a chosen address stays only if it is that text.
   * Returns the manual fields it gives.
   */
  #adoptValue(value: string): AddressParts {
    if (this.chosen && this.chosen.text !== value) this.chosen = null;
    this.search = value;
    if (this.manual && !this.chosen) return value ? parseAddressText(value) : EMPTY_ADDRESS_PARTS;
    return this.parts;
  }

  /** Fills the field with a resolved address: the citizen's choice, or (`quiet`) the `address` property. */
  #adopt(address: Address, quiet = false): void {
    this.chosen = address;
    this.search = address.text;
    this.#cityFilled = false;
    if (quiet) {
      this.entry.restore(partsOf(address), address.text);
    } else {
      this.entry.parts = partsOf(address);
      this.entry.commit();
    }
  }

  /** The value the state gives: the chosen address, the whole manual fields, or ''. */
  #derivedValue(): string {
    if (this.chosen) return this.chosen.text;
    if (this.manual) {
      const result = checkAddressParts(this.parts);
      return result.ok ? result.text : '';
    }
    return '';
  }

  /** The parts as submitted: normalised when they make an address, else as typed. */
  #submittedParts(): AddressParts {
    const result = checkAddressParts(this.parts);
    return result.ok ? result.value : this.parts;
  }

  #fireInput(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  // Search

  #onSearchInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    this.announcement = '';
    if (this.chosen) {
      this.chosen = null;
      if (!this.manual) this.entry.parts = EMPTY_ADDRESS_PARTS;
    }
    this.activeIndex = -1;
    this.entry.commit();
    this.#scheduleSearch();
  }

  /** Waits for a pause in typing, then searches; drops every older request. */
  #scheduleSearch(): void {
    this.#cancelSearch();
    const text = normaliseSearchText(this.search);
    if (text.length < ADDRESS_MIN_SEARCH_LENGTH) {
      this.suggestions = [];
      this.expanded = false;
      this.announcement = '';
      return;
    }
    this.#searchTimer = this.clock.setTimeout(() => {
      this.#searchTimer = undefined;
      void this.#search(text);
    }, ADDRESS_SEARCH_DELAY);
  }

  async #search(text: string): Promise<void> {
    const provider = this.provider;
    if (!provider) {
      warnOnce(
        `<${this.localName}${this.name ? ` name="${this.name}"` : ''}> has no provider: set its provider property to an AddressProvider. Citizens can only type the address by hand.`,
      );
      this.#fail();
      return;
    }
    const { id, signal } = this.#startRequest();
    let found: readonly AddressSuggestion[];
    try {
      found = await provider.suggest(text, signal);
    } catch (error) {
      if (id !== this.#requestId || signal.aborted) return;
      this.#finishRequest();
      if (!isAbortError(error)) this.#fail();
      return;
    }
    if (id !== this.#requestId || signal.aborted || normaliseSearchText(this.search) !== text) return; // stale
    this.#finishRequest();
    const suggestions = (Array.isArray(found) ? found : []).filter(isSuggestion).slice(0, MAX_SUGGESTIONS);
    this.suggestions = suggestions;
    this.activeIndex = -1;
    this.expanded = suggestions.length > 0 && this.shadowRoot?.activeElement === this.comboboxNode;
    this.announcement =
      suggestions.length > 0
        ? this.localize.term('addressResults', { count: suggestions.length })
        : this.localize.term('addressNoResults');
  }

  /** A new request: the older one is aborted, and the provider gets `ADDRESS_PROVIDER_TIMEOUT` to answer. */
  #startRequest(): { id: number; signal: AbortSignal } {
    this.#request?.abort();
    this.#clearTimeout();
    const controller = new AbortController();
    const id = ++this.#requestId;
    this.#request = controller;
    this.#timeoutTimer = this.clock.setTimeout(() => {
      this.#timeoutTimer = undefined;
      if (id !== this.#requestId) return;
      controller.abort();
      this.#request = undefined;
      this.#fail();
    }, ADDRESS_PROVIDER_TIMEOUT);
    return { id, signal: controller.signal };
  }

  #finishRequest(): void {
    this.#clearTimeout();
    this.#request = undefined;
  }

  #clearTimeout(): void {
    if (this.#timeoutTimer === undefined) return;
    this.clock.clearTimeout(this.#timeoutTimer);
    this.#timeoutTimer = undefined;
  }

  /** Drops the pending search and any request in flight (its answer will be ignored). */
  #cancelSearch(): void {
    if (this.#searchTimer !== undefined) {
      this.clock.clearTimeout(this.#searchTimer);
      this.#searchTimer = undefined;
    }
    this.#request?.abort();
    this.#request = undefined;
    this.#clearTimeout();
    this.#requestId++;
  }

  #cancelAll(): void {
    this.#cancelSearch();
    this.#postcodeRequest?.abort();
    this.#postcodeRequest = undefined;
    this.#postcodeId++;
    this.suggestions = [];
    this.expanded = false;
    this.activeIndex = -1;
  }

  /** The provider failed or was too slow: the notice, and the manual fields with what was typed; focus stays. */
  #fail(): void {
    this.suggestions = [];
    this.expanded = false;
    this.activeIndex = -1;
    this.announcement = '';
    this.unavailable = true;
    this.#openManual();
  }

  // Keyboard and pointer

  #onSearchKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (this.readonly || this.isDisabled) {
      this.submitOnEnter(event);
      return;
    }
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'Down':
        if (count === 0) return;
        event.preventDefault();
        if (!this.expanded) {
          this.expanded = true;
          this.activeIndex = event.altKey ? -1 : 0;
        } else if (!event.altKey) {
          this.activeIndex = (this.activeIndex + 1) % count;
        }
        return;
      case 'ArrowUp':
      case 'Up':
        if (count === 0) return;
        event.preventDefault();
        if (!this.expanded) {
          this.expanded = true;
          this.activeIndex = count - 1;
        } else {
          this.activeIndex = this.activeIndex <= 0 ? count - 1 : this.activeIndex - 1;
        }
        return;
      case 'Enter':
        if (this.expanded && this.activeIndex >= 0) {
          event.preventDefault();
          void this.#chooseSuggestion(this.activeIndex); // settles its own errors
          return;
        }
        if (this.expanded) {
          event.preventDefault();
          this.expanded = false;
          return;
        }
        this.submitOnEnter(event);
        return;
      case 'Escape':
      case 'Esc':
        if (this.expanded) {
          event.preventDefault();
          this.expanded = false;
          this.activeIndex = -1;
          return;
        }
        if (this.search !== '') {
          event.preventDefault();
          this.#clearSearch();
        }
        return;
      case 'Tab':
        this.expanded = false;
        this.activeIndex = -1;
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        this.activeIndex = -1;
        return;
      default:
    }
  }

  /** The second Escape: empties the search box (and drops a chosen address). */
  #clearSearch(): void {
    this.#cancelSearch();
    this.search = '';
    this.suggestions = [];
    this.announcement = '';
    if (this.chosen) {
      this.chosen = null;
      if (!this.manual) this.entry.parts = EMPTY_ADDRESS_PARTS;
    }
    this.entry.markChanged();
    this.entry.commit();
    this.#fireInput();
  }

  /** A press on the list must not take focus from the search box. */
  #keepFocus(event: MouseEvent): void {
    event.preventDefault();
  }

  /** Chooses a suggestion: its text goes in the box at once; the whole address comes from `resolve`. */
  async #chooseSuggestion(index: number): Promise<void> {
    const suggestion = this.suggestions[index];
    if (!suggestion || this.readonly || this.isDisabled) return;
    this.expanded = false;
    this.activeIndex = -1;
    this.#cancelSearch();
    this.search = suggestion.text;
    this.comboboxNode?.focus();
    const provider = this.provider;
    if (!provider) return;
    const { id, signal } = this.#startRequest();
    let address: Address;
    try {
      address = await provider.resolve(suggestion.id, signal);
    } catch (error) {
      if (id !== this.#requestId || signal.aborted) return;
      this.#finishRequest();
      if (!isAbortError(error)) this.#fail();
      return;
    }
    if (id !== this.#requestId || signal.aborted || this.search !== suggestion.text) return;
    this.#finishRequest();
    if (!isAddress(address)) {
      this.#fail();
      return;
    }
    this.#adopt(address);
    this.#fireInput();
    this.entry.dispatchChange();
  }

  // Manual fields

  async #onManualClick(): Promise<void> {
    this.#openManual();
    await this.updateComplete;
    this.partInput('street')?.focus();
  }

  /** Opens the manual fields; empty ones get what was typed in the search box. */
  #openManual(): void {
    this.expanded = false;
    if (this.manual && !isEmptyAddress(this.parts)) return;
    this.manual = true;
    if (!this.chosen) {
      const typed = parseAddressText(this.search ?? '');
      const parts: Record<AddressPart, string> = { ...this.parts };
      for (const part of ADDRESS_PARTS) if (!parts[part].trim() && typed[part]) parts[part] = typed[part];
      this.entry.parts = parts;
      if (parts.postcode && !parts.city) this.#lookUpTown(parts.postcode);
    }
    this.entry.commit();
  }

  #onPartInput(part: AddressPart, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.entry.parts = { ...this.parts, [part]: value };
    this.chosen = null; // edited: no longer the register's address
    if (part === 'city') this.#cityFilled = false;
    if (part === 'postcode') this.#lookUpTown(value);
    this.entry.commit();
  }

  /** Fills in the town for a 4-digit postcode through `provider.postcode`, unless the citizen wrote a town. */
  #lookUpTown(postcode: string): void {
    this.#postcodeRequest?.abort();
    this.#postcodeRequest = undefined;
    const id = ++this.#postcodeId;
    const code = parseAddressPostcode(postcode);
    const lookup = this.provider?.postcode?.bind(this.provider);
    if (!code.ok || !lookup) {
      if (this.#cityFilled) this.#setTown('', false);
      return;
    }
    const controller = new AbortController();
    this.#postcodeRequest = controller;
    lookup(code.value, controller.signal).then(
      (town) => {
        if (id !== this.#postcodeId || controller.signal.aborted) return;
        this.#postcodeRequest = undefined;
        if (typeof town === 'string' && town.trim()) {
          if (this.parts.city.trim() === '' || this.#cityFilled) this.#setTown(town.trim(), true);
        } else if (this.#cityFilled) {
          this.#setTown('', false);
        }
      },
      () => {
        // No town: the citizen writes it.
      },
    );
  }

  #setTown(town: string, filled: boolean): void {
    this.#cityFilled = filled;
    this.entry.parts = { ...this.parts, city: town };
    this.entry.commit();
  }

  // Focus and change

  /** Focus leaving the element closes the list and sends one `change` for everything changed meanwhile. */
  #onFocusOut(event: FocusEvent): void {
    if (event.target === this.comboboxNode) {
      this.expanded = false;
      this.activeIndex = -1;
    }
    this.entry.onFocusOut(event);
  }

  #onHintSlotChange(): void {
    this.requestUpdate();
  }
}
