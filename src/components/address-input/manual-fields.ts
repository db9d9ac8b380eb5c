import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ERROR_ID } from '../../base/form-control.js';
import type { AddressPart } from '../../domain/address.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { MessageKey } from '../../i18n/types.js';

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

/**
 * The `autocomplete` token of a manual field, from the search box's: its section and
 * `shipping`/`billing` prefix with `postal-code` or `address-level2`; `off` for every field when the
 * box has `off`; none for street, house number, floor and door (they have no token of their own).
 */
export function manualAutocomplete(autocomplete: string, part: AddressPart): string | undefined {
  const tokens = autocomplete.trim().split(/\s+/u).filter(Boolean);
  if (tokens.at(-1)?.toLowerCase() === 'off') return 'off';
  const field = ({ postcode: 'postal-code', city: 'address-level2' } as Partial<Record<AddressPart, string>>)[
    part
  ];
  return field ? [...tokens.slice(0, -1), field].join(' ') : undefined;
}

/** One manual field as the address field draws it: its state, texts and listeners. */
export interface ManualPartView {
  /** What the citizen typed in the field. */
  readonly value: string;
  /** The field's error shows now: `error` is rendered above it and the input is marked. */
  readonly failed: boolean;
  readonly error: TemplateResult | typeof nothing;
  /** The field's `autocomplete` token, if it has one (`manualAutocomplete`). */
  readonly autocomplete: string | undefined;
  readonly required: boolean;
  readonly disabled: boolean;
  readonly readonly: boolean;
  readonly localize: Pick<LocalizeController, 'term' | 'textLang'>;
  /** Listeners, bound as the host's own: the part is the input's `id`. */
  readonly onInput: (event: Event) => void;
  readonly onChange: () => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * The whole field when it is typed by hand only (no search box): the field's own legend (its label),
 * and its hint and an error about the whole field before the parts, describing the group.
 */
export interface ByHandGroup {
  readonly legend: TemplateResult;
  readonly head: TemplateResult;
  /** The ids of the hint and the error, for the `<fieldset>`'s `aria-describedby` ('' for none). */
  readonly describedBy: string;
}

/**
 * The manual fields in a `<fieldset>`: street; house number, floor, door; postcode, town. Under the
 * search box its legend is "Skriv adressen selv"; typed by hand only (`group`) it is the field
 * itself. The parts are the same nodes either way, so focus and typing survive a provider that
 * arrives later.
 */
export function renderManualFields(
  localize: Pick<LocalizeController, 'term' | 'textLang'>,
  renderPart: (part: AddressPart) => TemplateResult,
  group?: ByHandGroup,
): TemplateResult {
  return html`<fieldset part="manual-fields" class=${group ? 'manual by-hand' : 'manual'}
      aria-describedby=${group?.describedBy || nothing}>${
        group
          ? group.legend
          : html`<legend part="manual-legend" lang=${localize.textLang ?? nothing}>${localize.term('addressManualLegend')}</legend>`
      }${group ? group.head : nothing}
      ${renderPart('street')}
      <div class="row">${renderPart('houseNumber')}${renderPart('floor')}${renderPart('door')}</div>
      <div class="row">${renderPart('postcode')}${renderPart('city')}</div>
    </fieldset>`;
}

/** One manual field: label (with "(frivilligt)" for floor and door), hint, its error, input. */
export function renderManualPart(part: AddressPart, view: ManualPartView): TemplateResult {
  const { localize, failed } = view;
  const lang = localize.textLang ?? nothing;
  const hintKey = PART_HINT[part];
  const hintId = `${part}-hint`;
  const optional = part === 'floor' || part === 'door';
  const describedBy = [hintKey ? hintId : '', failed ? ERROR_ID : ''].filter(Boolean).join(' ');
  const numeric = part === 'postcode';
  return html`<div part="manual-part" class="part ${part}">
      <label part="manual-label" class="label" for=${part} lang=${lang}>${localize.term(PART_LABEL[part])}${
        optional ? html`<span class="marker">${` ${localize.term('optionalMarker')}`}</span>` : nothing
      }</label>
      ${hintKey ? html`<div class="hint" id=${hintId} lang=${lang}>${localize.term(hintKey)}</div>` : nothing}
      ${failed ? view.error : nothing}
      <input part="input" class="input" id=${part} type="text"
        autocomplete=${view.autocomplete ?? nothing}
        inputmode=${numeric ? 'numeric' : nothing}
        spellcheck="false"
        .value=${live(view.value)}
        ?required=${!optional && view.required}
        ?disabled=${view.disabled}
        ?readonly=${view.readonly}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${failed ? 'true' : nothing}
        @input=${view.onInput}
        @change=${view.onChange}
        @keydown=${view.onKeyDown}
      />
    </div>`;
}
