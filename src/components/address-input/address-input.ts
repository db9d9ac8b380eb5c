// Longer than 400 lines on purpose: about 95 of them are the element's contract (the class JSDoc,
// which the manifest, Storybook and docs read), and the rest is the one place where the field's
// rooms meet: the search and the combobox (`src/autocomplete/`), the value made of parts
// (`MultiPartController`), the pure state, form entries and saved state (`address-state.ts`) and the
// manual fields' template (`manual-fields.ts`) and the town for a postcode (`town-lookup.ts`) each
// live in their own file.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Address, AddressProvider, AddressSuggestion } from '../../address/address-provider.js';
import { ComboboxController } from '../../autocomplete/combobox-controller.js';
import { SearchController } from '../../autocomplete/search-controller.js';
import { warnOnce } from '../../base/warn.js';
import { systemClock, type Clock } from '../../base/clock.js';
import { BfFormControl, ERROR_ID, HINT_ID } from '../../base/form-control.js';
import { MultiPartController } from '../../base/multi-part-controller.js';
import {
  EMPTY_ADDRESS_PARTS,
  isEmptyAddress,
  normaliseSearchText,
  parseAddressText,
  type AddressPart,
  type AddressParts,
} from '../../domain/address.js';
import { municipalityNamesText, splitMunicipalityCodes } from '../../domain/postcode.js';
import {
  addressValidators,
  type AddressConstraints,
  type AddressEntryCheck,
} from '../../validation/address-validators.js';
import type { Validator } from '../../validation/validator.js';
import { addressInputStyles } from './address-input.styles.js';
import {
  entryCheckOf,
  formEntries,
  isAddress,
  partsOf,
  readSavedState,
  suggestionsOf,
  valueOfState,
  withTypedParts,
  writeSavedState,
  type AddressFieldState,
} from './address-state.js';
import { manualAutocomplete, renderManualFields, renderManualPart } from './manual-fields.js';
import { TownLookup } from './town-lookup.js';
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

/**
 * An address field (REQUIREMENTS §3.5): a search box that suggests addresses from the register as
 * the citizen types (the WAI-ARIA APG combobox with a listbox popup), and a fallback to manual
 * fields when the address cannot be found or the address service fails.
 *
 * **Provider.** The field makes no network call of its own: set its `provider` property to an
 * `AddressProvider`, usually `new AdressevaelgerProvider({ baseUrl })` pointing at the
 * municipality's proxy in front of Klimadatastyrelsen's Adressevælger. Set it in the module that
 * loads the elements, or any time later.
 *
 * **Typed by hand only.** While the field has no provider and the page asked for the manual
 * fields (`manual`, e.g. a server-rendered page with no script of its own), it has no search box
 * and no button: the field is the manual fields' `<fieldset>`, its legend the label, with the hint
 * and an error about the whole field (a server's `error`) in it. `focus()` and the error summary go
 * to the street, or to the field with the error. Required and empty is "Indtast vejnavn" at the
 * street, then each part's own message; the form gets the parts as below. A provider set later
 * brings the search box back above the same manual fields (focus and text stay); a server-rendered
 * field hydrates as the server drew it first. Without `manual`, a field with no provider keeps its
 * search box (a forgotten provider): typing opens the manual fields with the notice, and the
 * console says once that the provider is missing.
 *
 * **Search.** After a pause in typing (250 ms) and from 2 characters, the field asks the provider
 * for suggestions; an answer for older text is dropped (the older request is aborted). The number
 * found is announced politely ("3 adresser fundet", "Ingen adresser fundet"). ↓/↑ move through the
 * list (Alt+↓ opens it), Enter chooses, Escape closes the list and a second Escape empties the
 * box; Tab leaves the field and closes the list. The suggestions can be hovered and are chosen on
 * click (pointer up). Choosing resolves the whole address through the provider. A suggestion that
 * narrows the search (`continues: true`: a street, a street in one postcode, a house number before
 * its floors and doors) is not an address: choosing it, by key or pointer, puts its text in the box
 * and searches again at once, focus staying in the box; the new list and its count are announced
 * as after typing.
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
 * (`addressRequired`; typed by hand only `addressStreetMissing`; a `message-required` override
 * applies to both). Text typed but no address chosen: `addressNotChosen`. The manual fields are
 * checked in order and the first problem shows above its own field: `addressStreetMissing`,
 * `addressHouseNumberMissing`, `addressHouseNumberFormat` (1–999 and a letter, `12B`),
 * `addressFloorFormat` (`st`, `kl`, `1`–`99`), `addressDoorFormat` (`th`, `tv`, `mf`,
 * `1`–`9999`), `addressPostcodeMissing`, `addressPostcodeFormat` (4 digits), `addressCityMissing`.
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
 * @csspart manual-fields - The `<fieldset>` of the manual fields (typed by hand only: the whole field).
 * @csspart manual-legend - The legend of the manual fields (typed by hand only, the legend is the `label` part).
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
   * Where addresses come from (a JS property): `new AdressevaelgerProvider({ baseUrl })`,
   * `new DawaAddressProvider({ baseUrl })` (a proxy that still speaks DAWA),
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

  /**
   * The municipality (or municipalities) the application is for: codes as DAR writes them (`0751`,
   * or `751`), separated by spaces or commas. An address outside is an error naming them: a chosen
   * address by its municipality code (its postcode when the register gave none), a hand-written one
   * by whether its postcode reaches one of them.
   */
  @property() municipality = '';

  /** The municipalities' names for the message ("Aarhus Kommune eller Skanderborg Kommune"). */
  get municipalityNames(): string {
    return municipalityNamesText(this.#municipalities(), this.localize.locale);
  }

  /** Whether the address could be searched for: `false` typed by hand only, or after the provider failed or was too slow. */
  get searchAvailable(): boolean {
    return !this.unavailable && !this.byHand;
  }

  /**
   * How the entry stands: `{ ok: true }` for a chosen address, whole manual fields or a value set
   * from outside; otherwise the code and the part to fix (see `AddressEntryCheck`).
   */
  get entryCheck(): AddressEntryCheck {
    return entryCheckOf(this.#state, {
      // The postcode table, unless the address service knows a code the table does not (it wins).
      knownPostcode: (code) => this.#towns.knows(code),
      municipalities: this.#municipalities(),
      byHand: this.byHand,
    });
  }

  /** Focuses the manual field with the error while one shows there (the error summary's link), else the search box (the street typed by hand only). */
  override focus(options?: FocusOptions): void {
    const part = this.failedPart;
    const target = part && part !== 'search' ? this.partInput(part) : this.#firstInput;
    if (target) target.focus(options);
    else super.focus(options);
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  /** The search box. */
  protected get comboboxNode(): HTMLInputElement | null {
    return this.controlNode as HTMLInputElement | null;
  }

  /**
   * Typed by hand only: no `provider`, and the page asked for the manual fields (`manual`, not the
   * citizen's button or a failed search). The field is then the manual fields' group, with no
   * search box (see the class description). Server-rendered, the first render keeps the server's.
   */
  protected get byHand(): boolean {
    return this.serverByHand ?? (!this.provider && this.manual && !this.manualOpenedHere);
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
    return (part !== 'search' ? this.partInput(part) : null) ?? this.#firstInput;
  }

  protected override get builtInValidators(): readonly Validator<this>[] {
    return addressValidators;
  }

  /** `<name>` = display text, plus `-id`, the parts and `-municipality-code` (see the class description). */
  protected override get formValue(): string | FormData {
    if (!this.name) return this.value;
    const data = new FormData();
    for (const [name, value] of formEntries(this.name, this.#state)) data.append(name, value);
    return data;
  }

  /** The search text, the manual fields and the chosen address, so back/forward and reload bring all of it back. */
  protected override get formState(): string {
    return writeSavedState(this.#state);
  }

  /**
   * "Begynd at skrive, og vælg adressen på listen", shown when the field has no hint of its own
   * (not on a read-only or disabled field, where nobody types).
   */
  protected override get defaultHint(): string {
    return this.readonly || this.isDisabled || this.byHand ? '' : this.localize.term('addressHint');
  }

  /** The hint, and the error only while it is about the search box (a manual field's error is its own). */
  protected override get describedBy(): string {
    const hint = this.hasOwnHint || this.defaultHint !== '';
    const error = this.failedPart === 'search';
    return hint && error ? `${HINT_ID} ${ERROR_ID}` : hint ? HINT_ID : error ? ERROR_ID : '';
  }

  /** The autocomplete token of a manual field, with the host's section/`shipping`/`billing` prefix. */
  protected autocompleteFor(part: AddressPart): string | undefined {
    return manualAutocomplete(this.autocomplete, part);
  }

  override render(): TemplateResult {
    const above = !this.byHand; // typed by hand only, label, hint and error are in the manual fields' group
    const failed = this.failedPart;
    // One element around the regions, for the focus listeners that leaving the field needs.
    return html`<div class="regions" @focusin=${this.entry.onFocusIn} @focusout=${this.#onFocusOut}>
      ${above ? this.renderLabel() : nothing}${above ? this.renderHint() : nothing}${above && failed === 'search' ? this.renderError() : nothing}${this.renderControl()}
    </div>`;
  }

  /** The search box and its list, the announcements, the notice, and the button or the manual fields. */
  protected override renderControl(): TemplateResult {
    return html`${this.byHand ? nothing : this.renderCombobox()}
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
    const combo = this.#combobox;
    const open = combo.expanded;
    return html`<div part="control" class="combobox">
      <input part="input" class="input" id="control" type="text" role="combobox"
        aria-expanded=${open ? 'true' : 'false'} aria-controls="listbox" aria-autocomplete="list"
        aria-activedescendant=${combo.activeDescendant ?? nothing}
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
      <ul part="listbox" class="listbox" id="listbox" role="listbox" ?hidden=${!open}
        aria-label=${this.localize.term('addressSuggestions')} lang=${this.localize.textLang ?? nothing}
        @mousedown=${combo.onListboxMouseDown}>${
          open
            ? combo.options.map(
                (suggestion, index) => html`<li part="option"
          class="option" id=${combo.optionId(index)} role="option" aria-selected=${combo.isActive(index) ? 'true' : 'false'}
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

  /** The manual fields in a `<fieldset>`: street; house number, floor, door; postcode, town (typed by hand only: the whole field, its legend the label). */
  protected renderManual(): TemplateResult {
    const group = this.byHand
      ? {
          legend: this.renderLegend(),
          head: html`${this.renderHint()}${this.failedPart === 'search' ? this.renderError() : nothing}`,
          describedBy: this.describedBy,
        }
      : undefined;
    return renderManualFields(this.localize, (part) => this.renderPart(part), group);
  }

  /** One manual field: label, hint, its error, input. */
  /* eslint-disable @typescript-eslint/unbound-method -- Lit calls a template listener with `this` = the host */
  protected renderPart(part: AddressPart): TemplateResult {
    const failed = this.failedPart === part;
    return renderManualPart(part, {
      value: this.parts[part],
      failed,
      error: failed ? this.renderError() : nothing,
      autocomplete: this.autocompleteFor(part),
      required: this.required,
      disabled: this.isDisabled,
      readonly: this.readonly,
      localize: this.localize,
      onInput: this.#onPartInput,
      onChange: this.entry.onChange,
      onKeyDown: this.submitOnEnter,
    });
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelAll();
  }

  /** Server-rendered: hydration compares the first render with the server's, so it keeps its search box or not. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) this.serverByHand = !this.shadowRoot.querySelector('[role="combobox"]');
    return super.createRenderRoot();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const server = this.serverByHand;
    this.serverByHand = undefined;
    if (server !== undefined && server !== this.byHand) this.requestUpdate(); // a provider came first
  }

  /** `form.reset()`: the initial value in the search box, no list, no notice, manual fields as the `manual` attribute says. */
  override formResetCallback(): void {
    this.#cancelAll();
    this.manual = this.hasAttribute('manual');
    this.manualOpenedHere = false;
    this.chosen = null;
    this.entry.parts = EMPTY_ADDRESS_PARTS;
    this.unavailable = false;
    this.announcement = '';
    this.entry.reset();
    this.#towns.release();
    super.formResetCallback();
    this.search = this.value;
    if (this.manual && this.value) this.entry.parts = parseAddressText(this.value);
  }

  /** Brings back the search text, the manual fields and the chosen address. */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    const saved = typeof state === 'string' ? readSavedState(state) : undefined;
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
    valueOf: () => valueOfState(this.#state),
    partsOf: (value) => this.#adoptValue(value),
    commit: (value) => this.commitValue(value),
    change: () => this.redispatchChange(),
  });

  /** The suggestions, the open list and the active suggestion (`aria-activedescendant`), and their keys. */
  readonly #combobox = new ComboboxController<AddressSuggestion>(this, {
    choose: (index) => void this.#chooseSuggestion(index), // settles its own errors
    enterClosed: (event) => this.submitOnEnter(event),
    escapeClosed: (event) => {
      if (this.search === '') return;
      event.preventDefault();
      this.#clearSearch();
    },
  });

  /** The pause in typing, the provider's time limit, and the answer to the latest text only. */
  readonly #search = new SearchController(this, {
    clock: () => this.clock,
    delay: ADDRESS_SEARCH_DELAY,
    timeout: ADDRESS_PROVIDER_TIMEOUT,
    onFail: () => this.#fail(),
  });

  /** The manual fields' town for their postcode, from the table and the provider. */
  readonly #towns = new TownLookup(this, {
    provider: () => this.provider,
    clock: () => this.clock,
    town: () => this.parts.city,
    setTown: (town) => {
      this.entry.parts = { ...this.parts, city: town };
      this.entry.commit();
    },
    announceTown: (town) => {
      this.announcement = this.localize.term('addressTownFilled', { town });
    },
  });

  /** The polite announcement of the number found. */
  @state({ initial: '' }) private announcement!: string;

  /** The provider failed or was too slow: the notice shows. */
  @state({ initial: false }) private unavailable!: boolean;

  /** The field opened the manual fields itself (the button, a failed search): no reason to drop the search box. */
  private manualOpenedHere = false;

  /** Typed by hand only as the server rendered it, until the first render (hydration) is done. */
  private serverByHand: boolean | undefined;

  /** Where focus goes when no manual field has the error: the search box, or the street typed by hand only. */
  get #firstInput(): HTMLInputElement | null {
    return this.byHand ? this.partInput('street') : this.comboboxNode;
  }

  #municipalities(): string[] {
    return splitMunicipalityCodes(this.municipality);
  }

  /** Everything the value, the form entries and the saved state are made of. */
  get #state(): AddressFieldState {
    return {
      value: this.value,
      search: this.search ?? '',
      manual: this.manual,
      parts: this.parts,
      chosen: this.chosen ?? null,
    };
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
    this.#towns.release();
    if (quiet) {
      this.entry.restore(partsOf(address), address.text);
    } else {
      this.entry.parts = partsOf(address);
      this.entry.commit();
    }
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
    this.#combobox.deactivate();
    this.entry.commit();
    const text = normaliseSearchText(this.search);
    if (text.length < ADDRESS_MIN_SEARCH_LENGTH) {
      this.#search.cancel();
      this.#combobox.clear();
    } else {
      this.#search.schedule(() => void this.#suggest(text));
    }
  }

  async #suggest(text: string): Promise<void> {
    const provider = this.provider;
    if (!provider) {
      warnOnce(
        `<${this.localName}${this.name ? ` name="${this.name}"` : ''}> has no provider: set its provider property to an AddressProvider. Citizens can only type the address by hand.`,
      );
      this.#fail();
      return;
    }
    const found = await this.#search.run(
      (signal) => provider.suggest(text, signal),
      () => normaliseSearchText(this.search) === text,
    );
    if (!found) return;
    const suggestions = suggestionsOf(found);
    this.#combobox.setOptions(suggestions, this.shadowRoot?.activeElement === this.comboboxNode);
    this.announcement =
      suggestions.length > 0
        ? this.localize.term('addressResults', { count: suggestions.length })
        : this.localize.term('addressNoResults');
  }

  #cancelAll(): void {
    this.#search.cancel();
    this.#towns.cancel();
    this.#combobox.clear();
  }

  /** The provider failed or was too slow: the notice, and the manual fields with what was typed; focus stays. */
  #fail(): void {
    this.#combobox.clear();
    this.announcement = '';
    this.unavailable = true;
    this.#openManual();
  }

  // Keyboard and pointer

  #onSearchKeyDown(event: KeyboardEvent): void {
    if (this.readonly || this.isDisabled) this.submitOnEnter(event);
    else this.#combobox.onKeyDown(event);
  }

  /** The second Escape: empties the search box (and drops a chosen address). */
  #clearSearch(): void {
    this.#search.cancel();
    this.search = '';
    this.#combobox.clear();
    this.announcement = '';
    if (this.chosen) {
      this.chosen = null;
      if (!this.manual) this.entry.parts = EMPTY_ADDRESS_PARTS;
    }
    this.entry.markChanged();
    this.entry.commit();
    this.#fireInput();
  }

  /**
   * Chooses a suggestion: its text goes in the box at once; the whole address comes from `resolve`.
   * A suggestion that `continues` narrows the search instead.
   */
  async #chooseSuggestion(index: number): Promise<void> {
    const suggestion = this.#combobox.options[index];
    if (!suggestion || this.readonly || this.isDisabled) return;
    if (suggestion.continues === true) {
      this.#continueSearch(suggestion.text);
      return;
    }
    this.#combobox.close();
    this.announcement = ''; // "1 adresse fundet" is over once one is chosen
    this.#search.cancel();
    this.search = suggestion.text;
    this.comboboxNode?.focus();
    const provider = this.provider;
    if (!provider) return;
    const address = await this.#search.run(
      (signal) => provider.resolve(suggestion.id, signal),
      () => this.search === suggestion.text,
    );
    if (address === undefined) return;
    if (!isAddress(address)) {
      this.#fail();
      return;
    }
    this.#adopt(address);
    this.#fireInput();
    this.entry.dispatchChange();
  }

  /**
   * A suggestion that narrows the search: its text goes in the box, as if typed, and the field asks
   * for suggestions at once (no pause: the citizen chose). Focus stays in the box; the list keeps
   * its old options, none active, until the new ones come, and the count is announced anew.
   */
  #continueSearch(text: string): void {
    this.#search.cancel();
    this.search = text;
    this.announcement = '';
    if (this.chosen) {
      this.chosen = null;
      if (!this.manual) this.entry.parts = EMPTY_ADDRESS_PARTS;
    }
    this.#combobox.deactivate();
    this.comboboxNode?.focus();
    this.entry.markChanged();
    this.entry.commit();
    this.#fireInput();
    const normalised = normaliseSearchText(text);
    if (normalised.length < ADDRESS_MIN_SEARCH_LENGTH) this.#combobox.clear();
    // The emptied announcement is rendered first, so the new count is a change the live region tells.
    else void this.updateComplete.then(() => this.#suggest(normalised));
  }

  // Manual fields

  async #onManualClick(): Promise<void> {
    this.#openManual();
    await this.updateComplete;
    this.partInput('street')?.focus();
  }

  /** Opens the manual fields; empty ones get what was typed in the search box. */
  #openManual(): void {
    this.#combobox.close();
    if (this.manual && !isEmptyAddress(this.parts)) return;
    if (!this.manual) this.manualOpenedHere = true;
    this.manual = true;
    if (!this.chosen) {
      const parts = withTypedParts(this.parts, this.search ?? '');
      this.entry.parts = parts;
      if (parts.postcode && !parts.city) this.#towns.lookUp(parts.postcode);
    }
    this.entry.commit();
  }

  #onPartInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const part = input.id as AddressPart;
    const value = input.value;
    this.entry.parts = { ...this.parts, [part]: value };
    this.chosen = null; // edited: no longer the register's address
    if (part === 'city') this.#towns.release();
    if (part === 'postcode') this.#towns.lookUp(value);
    this.entry.commit();
  }

  // Focus and change

  /** Focus leaving the element closes the list and sends one `change` for everything changed meanwhile. */
  #onFocusOut(event: FocusEvent): void {
    if (event.target === this.comboboxNode) this.#combobox.close();
    this.entry.onFocusOut(event);
  }
}
