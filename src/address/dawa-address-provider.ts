import { formatAddress } from '../domain/address.js';
import {
  AddressProviderError,
  type Address,
  type AddressProvider,
  type AddressSuggestion,
} from './address-provider.js';
import {
  getJson,
  isJsonObject,
  objectAt,
  optionalText,
  pageFetch,
  textAt,
  type FetchFunction,
  type JsonObject,
} from './http-json.js';

/** How `DawaAddressProvider` reaches the service. */
export interface DawaAddressProviderOptions {
  /**
   * Where the service lives: the municipality's own proxy that answers in DAWA's shapes, absolute
   * (`https://kommune.dk/api/dawa`) or relative to the page (`/api/dawa`). No trailing slash needed.
   */
  baseUrl: string;
  /** The `fetch` to use; defaults to the page's. Tests and hosts with their own HTTP client pass one. */
  fetch?: FetchFunction;
  /** Headers sent with every request (an API key of the proxy's own, say). */
  headers?: Readonly<Record<string, string>>;
  /** How many suggestions to ask for (`per_side`), default 10. */
  perPage?: number;
}

/**
 * An address from DAWA's `struktur=mini` shape (flat: `vejnavn husnr etage dør postnr postnrnavn
 * kommunekode betegnelse`) or its full shape (`adressebetegnelse`, `adgangsadresse.vejstykke.navn`,
 * `adgangsadresse.husnr`, `adgangsadresse.postnummer.{nr,navn}`, `adgangsadresse.kommune.kode`).
 * `undefined` when the id, street, house number, postcode or town is missing.
 */
function addressOf(body: unknown): Address | undefined {
  if (!isJsonObject(body)) return undefined;
  const access = objectAt(body, 'adgangsadresse');
  const road = objectAt(access, 'vejstykke');
  const post = objectAt(access, 'postnummer');
  const municipality = objectAt(access, 'kommune');
  const id = textAt(body, 'id');
  const street = textAt(body, 'vejnavn') || textAt(road, 'navn');
  const houseNumber = textAt(body, 'husnr') || textAt(access, 'husnr');
  const floor = textAt(body, 'etage');
  const door = textAt(body, 'dør');
  const postcode = textAt(body, 'postnr') || textAt(post, 'nr');
  const city = textAt(body, 'postnrnavn') || textAt(post, 'navn');
  const municipalityCode = textAt(body, 'kommunekode') || textAt(municipality, 'kode');
  if (!id || !street || !houseNumber || !postcode || !city) return undefined;
  const parts = { street, houseNumber, floor, door, postcode, city };
  return {
    id,
    street,
    houseNumber,
    floor: optionalText(floor),
    door: optionalText(door),
    postcode,
    city,
    municipalityCode: optionalText(municipalityCode),
    text: textAt(body, 'betegnelse') || textAt(body, 'adressebetegnelse') || formatAddress(parts),
  };
}

/** A suggestion from one item of DAWA's autocomplete answer, or `undefined` when it lacks the id or text. */
function suggestionOf(item: JsonObject): AddressSuggestion | undefined {
  const id = textAt(objectAt(item, 'adresse'), 'id') || textAt(item, 'id');
  const text = textAt(item, 'tekst') || textAt(item, 'forslagstekst');
  return id && text ? { id, text } : undefined;
}

/**
 * An `AddressProvider` for a service that answers in **DAWA's** shapes, at a URL the host
 * configures. DAWA itself closed in 2026; use this class only with a proxy of the municipality's
 * own that still emulates DAWA's API. For Klimadatastyrelsen's Adressevælger (DAWA's successor),
 * use `AdressevaelgerProvider`.
 *
 * Endpoints (GET, JSON):
 * - `{baseUrl}/adresser/autocomplete?q={text}&per_side={perPage}` → an array of
 *   `{ tekst, adresse: { id, … } }`; each becomes a suggestion `{ id: adresse.id, text: tekst }`.
 * - `{baseUrl}/adresser/{id}?struktur=mini` → `{ id, vejnavn, husnr, etage, dør, postnr,
 *   postnrnavn, kommunekode, betegnelse }` (the full shape, with `adgangsadresse`, is read too).
 *   `kommunekode` (or `adgangsadresse.kommune.kode`) fills `Address.municipalityCode`. A 404
 *   rejects with code `not-found`.
 * - `{baseUrl}/postnumre/{nr}` → `{ nr, navn }`; a 404 answers `undefined` (no such postcode).
 *
 * Every call passes its `AbortSignal` to `fetch`, so an aborted call rejects with the `AbortError`.
 * Any other status than 2xx rejects with `AddressProviderError` code `http`, an answer that is not
 * JSON or not the shape above with `malformed`, and no answer at all with `network`. The errors
 * never hold the citizen's text or the URL.
 *
 * ```js
 * field.provider = new DawaAddressProvider({ baseUrl: '/api/dawa' });
 * ```
 */
export class DawaAddressProvider implements AddressProvider {
  readonly #baseUrl: string;
  readonly #fetch: FetchFunction;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #perPage: number;

  constructor(options: DawaAddressProviderOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/u, '');
    this.#fetch = options.fetch ?? pageFetch;
    this.#headers = { accept: 'application/json', ...options.headers };
    const perPage = options.perPage ?? 10;
    this.#perPage = Number.isInteger(perPage) && perPage > 0 ? perPage : 10;
  }

  async suggest(text: string, signal: AbortSignal): Promise<readonly AddressSuggestion[]> {
    const query = new URLSearchParams({ q: text, per_side: String(this.#perPage) });
    const body = await this.#get(`/adresser/autocomplete?${query}`, signal);
    if (!Array.isArray(body)) throw new AddressProviderError('malformed');
    return body.map((item: unknown) => {
      const suggestion = isJsonObject(item) ? suggestionOf(item) : undefined;
      if (!suggestion) throw new AddressProviderError('malformed');
      return suggestion;
    });
  }

  async resolve(id: string, signal?: AbortSignal): Promise<Address> {
    const body = await this.#get(`/adresser/${encodeURIComponent(id)}?struktur=mini`, signal, true);
    const address = addressOf(body);
    if (!address) throw new AddressProviderError('malformed');
    return address;
  }

  async postcode(code: string, signal?: AbortSignal): Promise<string | undefined> {
    if (!/^\d{4}$/u.test(code)) return undefined;
    let body: unknown;
    try {
      body = await this.#get(`/postnumre/${code}`, signal, true);
    } catch (error) {
      if (error instanceof AddressProviderError && error.code === 'not-found') return undefined;
      throw error;
    }
    const town = isJsonObject(body) ? textAt(body, 'navn') : '';
    if (!town) throw new AddressProviderError('malformed');
    return town;
  }

  #get(path: string, signal: AbortSignal | undefined, notFoundOn404 = false): Promise<unknown> {
    return getJson(this.#fetch, `${this.#baseUrl}${path}`, { headers: this.#headers, signal, notFoundOn404 });
  }
}

/**
 * The former name of `DawaAddressProvider`, kept so that existing hosts do not break.
 * @deprecated Use `DawaAddressProvider` (the same class): the name says which API it speaks. For
 * Klimadatastyrelsen's Adressevælger, DAWA's successor, use `AdressevaelgerProvider`.
 */
export const HttpAddressProvider = DawaAddressProvider;
/** @deprecated Use `DawaAddressProvider`. */
export type HttpAddressProvider = DawaAddressProvider;
/** @deprecated Use `DawaAddressProviderOptions`. */
export type HttpAddressProviderOptions = DawaAddressProviderOptions;
