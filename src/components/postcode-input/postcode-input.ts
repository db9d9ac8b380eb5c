import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BfFormControl } from '../../base/form-control.js';
import { warnOnce } from '../../base/warn.js';
import {
  municipalityName,
  municipalityNamesText,
  splitMunicipalityCodes,
  normaliseMunicipalityCode,
  parsePostcode,
  type PostcodeResult,
} from '../../domain/postcode.js';
import { postcodeValidators, type PostcodeConstraints } from '../../validation/postcode-validators.js';
import type { Validator } from '../../validation/validator.js';
import { postcodeInputStyles } from './postcode-input.styles.js';
import { postcodeInputMessages } from '../../i18n/messages/postcode-input.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(postcodeInputMessages);

/** The `FormData` entry that carries the town, after the field's `name`: `postnummer-city`. */
export const POSTCODE_CITY_SUFFIX = '-city';

/**
 * A postcode field (REQUIREMENTS §5.3): one native `<input inputmode="numeric"
 * autocomplete="postal-code">`, and beside it the town, read-only, filled from the postcode table as
 * the citizen types (8000 → "By: Aarhus C"). Works at 320 px and 200 % zoom: the town moves under
 * the postcode when the row is too narrow, and a long town name wraps.
 *
 * **Input.** Four digits; spaces are ignored and a leading zero is kept (`0800`). The postcode must
 * be in the table that ships with the library (PostNord's postcode file, `POSTCODE_TABLE_SOURCE`
 * names its date). Anything else (letters, 3 or 5 digits, a pasted "DK-8000 Aarhus C", an emoji)
 * stays as typed and gets a Danish message. 0555 is not in PostNord's file, so it is rejected as
 * unknown. The file does not mark large-recipient postcodes (stormodtagere), and no public source
 * was found that does, so the field has no `allow-large-recipient`: every postcode in the file is
 * accepted.
 *
 * **The town** is a change of content, never of context: it is an `<output>` labelled "By", a polite
 * live region, so a screen reader says the town once when it appears or changes; the town of a
 * postcode the page arrives with (a server's `value`, a draft, back/forward) is there from the start.
 *
 * **Municipality.** `municipality="0751"` (one or more municipality codes, separated by spaces or
 * commas) rejects a real postcode that reaches none of them: "Ansøgningen er kun for borgere i Aarhus
 * Kommune. Tjek postnummeret" (`postcodeMunicipality`, `{municipality}` the names). A postcode can
 * reach more than one municipality (6100 Haderslev reaches Haderslev and Kolding); it passes when one
 * of them is asked for. The server still decides who may apply: a postcode is not an address.
 *
 * **Value.** `value` is the text as typed; once the citizen leaves a changed field holding a valid
 * postcode, it shows the four digits. The form submits `<name>` = the four digits and
 * `<name>-city` = the town when the postcode is valid, and the text as typed with an empty town
 * otherwise (an invalid field blocks the form anyway).
 *
 * **Messages** (keys): `postcodeRequired` "Indtast postnummer" (a `message-required` override
 * applies too), `postcodeFormat`, `postcodeUnknown`, `postcodeMunicipality`; `postcodeCity` ("By")
 * labels the town.
 *
 * @tagname bf-postcode-input
 * @summary Danish postcode: four digits checked against the postcode table, the town shown beside it; optional municipality rule.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart control - The row of the postcode input and the town.
 * @csspart input - The native `<input>`.
 * @csspart town - The town beside the input: its label and text.
 * @csspart town-label - The label "By".
 * @csspart city - The town's name (an `<output>`).
 * @cssprop --bf-input-border-color - Border colour of the input.
 * @cssprop --bf-input-background - Background of the input.
 * @cssprop --bf-input-text-color - Text colour of the input.
 * @cssprop --bf-input-readonly-background - Background of a read-only input.
 * @fires input - The text changed as the citizen typed (the native event).
 * @fires change - The citizen changed the postcode and left the field.
 */
export class BfPostcodeInput extends BfFormControl implements PostcodeConstraints {
  static override styles = [...BfFormControl.styles, postcodeInputStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /**
   * The municipalities the form is for: one or more four-digit municipality codes (`0751`, or `751`),
   * separated by spaces or commas. A code that names no municipality is ignored with a console warning.
   */
  @property({ reflect: true, initial: '' }) municipality!: string;

  /** The input's purpose for autofill: `postal-code` unless the host names another (`shipping postal-code`). */
  @property({ initial: '' }) autocomplete!: string;

  /** The parse of the current text: `{ ok: true, value: '8000', city: 'Aarhus C' }` or `{ ok: false, code }`. */
  get postcodeResult(): PostcodeResult {
    return parsePostcode(this.value);
  }

  /** The town of the current postcode ("Aarhus C"), or '' while the text is not a postcode. */
  get city(): string {
    const result = this.postcodeResult;
    return result.ok ? result.city : '';
  }

  /** The municipality codes of `municipality`, four digits each, unknown ones left out. */
  get municipalityCodes(): readonly string[] {
    if (this.#municipalities.source !== this.municipality) {
      this.#municipalities = { source: this.municipality, codes: this.#readMunicipalities() };
    }
    return this.#municipalities.codes;
  }

  /** The names of `municipalityCodes` as the message lists them ("Aarhus Kommune eller Favrskov Kommune"). */
  get municipalityNames(): string {
    return municipalityNamesText(this.municipalityCodes, this.localize.locale);
  }

  // ── Subclass API (stable) ─────────────────────────────────────────────────────────────────────

  protected override get builtInValidators(): readonly Validator<this>[] {
    return postcodeValidators;
  }

  /** `<name>` = the postcode and `<name>-city` = the town (see the class description). */
  protected override get formValue(): string | FormData {
    const result = this.postcodeResult;
    const postcode = result.ok ? result.value : this.value;
    if (!this.name) return postcode;
    const data = new FormData();
    data.append(this.name, postcode);
    data.append(`${this.name}${POSTCODE_CITY_SUFFIX}`, result.ok ? result.city : '');
    return data;
  }

  /** A valid postcode is shown as its four digits once the citizen leaves the field, and at load. */
  protected override get formattedValue(): string | null {
    const result = this.postcodeResult;
    return result.ok ? result.value : null;
  }

  /** In a summary: the postcode with its town ("8000 Aarhus C"), or the text as typed. */
  protected override get displayValue(): string {
    const result = this.postcodeResult;
    return result.ok ? `${result.value} ${result.city}` : this.value;
  }

  /** The postcode input, then the town beside it. */
  protected override renderControl(): TemplateResult {
    return html`<div part="control" class="control">${this.renderTextInput({
      autocomplete: this.autocomplete || 'postal-code',
      inputmode: 'numeric',
      plain: true,
    })}${this.renderTown()}</div>`;
  }

  /** The town: "By" and an `<output>` (a polite live region) holding the town of a valid postcode. */
  protected renderTown(): TemplateResult {
    return html`<div part="town" class="town"><label part="town-label" class="town-label" for="city"
      lang=${this.localize.textLang ?? nothing}>${this.localize.term('postcodeCity')}</label><output part="city"
      class="city" id="city">${this.city}</output></div>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #municipalities: { source: string; codes: readonly string[] } = { source: '', codes: [] };

  #readMunicipalities(): readonly string[] {
    const codes: string[] = [];
    for (const written of splitMunicipalityCodes(this.municipality)) {
      const code = normaliseMunicipalityCode(written);
      if (code && municipalityName(code) !== undefined) {
        if (!codes.includes(code)) codes.push(code);
      } else {
        warnOnce(
          `<${this.localName}> ignores municipality="${written}": not a Danish municipality code (four digits, 0751 for Aarhus).`,
        );
      }
    }
    return codes;
  }
}
