import { formatAddress } from '../domain/address.js';
import {
  AddressProviderError,
  type Address,
  type AddressProvider,
  type AddressSuggestion,
} from './address-provider.js';

/** A `fetch`-compatible function (the page's own, or a test double). */
export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

/** How `HttpAddressProvider` reaches the service. */
export interface HttpAddressProviderOptions {
  /**
   * Where the service lives: the municipality's own proxy in front of DAR / Datafordeler, absolute
   * (`https://kommune.dk/api/dar`) or relative to the page (`/api/dar`). No trailing slash needed.
   */
  baseUrl: string;
  /** The `fetch` to use; defaults to the page's. Tests and hosts with their own HTTP client pass one. */
  fetch?: FetchFunction;
  /** Headers sent with every request (an API key of the proxy's own, say). */
  headers?: Readonly<Record<string, string>>;
  /** How many suggestions to ask for (`per_side`), default 10. */
  perPage?: number;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field (numbers are taken as their digits); '' when absent or null. */
function field(source: Json | undefined, key: string): string {
  const value = source?.[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/**
 * An address from DAWA's `struktur=mini` shape (flat: `vejnavn husnr etage dør postnr postnrnavn
 * kommunekode betegnelse`) or its full shape (`adressebetegnelse`, `adgangsadresse.vejstykke.navn`,
 * `adgangsadresse.husnr`, `adgangsadresse.postnummer.{nr,navn}`, `adgangsadresse.kommune.kode`).
 * `undefined` when the id, street, house number, postcode or town is missing.
 */
function addressOf(body: unknown): Address | undefined {
  if (!isObject(body)) return undefined;
  const access = isObject(body.adgangsadresse) ? body.adgangsadresse : undefined;
  const road = isObject(access?.vejstykke) ? access.vejstykke : undefined;
  const post = isObject(access?.postnummer) ? access.postnummer : undefined;
  const municipality = isObject(access?.kommune) ? access.kommune : undefined;
  const id = field(body, 'id');
  const street = field(body, 'vejnavn') || field(road, 'navn');
  const houseNumber = field(body, 'husnr') || field(access, 'husnr');
  const floor = field(body, 'etage');
  const door = field(body, 'dør');
  const postcode = field(body, 'postnr') || field(post, 'nr');
  const city = field(body, 'postnrnavn') || field(post, 'navn');
  const municipalityCode = field(body, 'kommunekode') || field(municipality, 'kode');
  if (!id || !street || !houseNumber || !postcode || !city) return undefined;
  const parts = { street, houseNumber, floor, door, postcode, city };
  return {
    id,
    street,
    houseNumber,
    floor: optional(floor),
    door: optional(door),
    postcode,
    city,
    municipalityCode: optional(municipalityCode),
    text: field(body, 'betegnelse') || field(body, 'adressebetegnelse') || formatAddress(parts),
  };
}

/**
 * An `AddressProvider` for a DAWA-style HTTP service at a URL the host configures: the
 * municipality's own proxy in front of DAR (Datafordeler), which answers in DAWA's shapes. DAWA
 * itself is being shut down (2026), so point `baseUrl` at a service the municipality runs.
 *
 * Endpoints (GET, JSON):
 * - `{baseUrl}/adresser/autocomplete?q={text}&per_side={perPage}` → an array of
 *   `{ tekst, adresse: { id, … } }`; each becomes a suggestion `{ id: adresse.id, text: tekst }`.
 * - `{baseUrl}/adresser/{id}?struktur=mini` → `{ id, vejnavn, husnr, etage, dør, postnr,
 *   postnrnavn, kommunekode, betegnelse }` (the full shape, with `adgangsadresse`, is read too).
 *   A 404 rejects with code `not-found`.
 * - `{baseUrl}/postnumre/{nr}` → `{ nr, navn }`; a 404 answers `undefined` (no such postcode).
 *
 * Every call passes its `AbortSignal` to `fetch`, so an aborted call rejects with the `AbortError`.
 * Any other status than 2xx rejects with `AddressProviderError` code `http`, an answer that is not
 * JSON or not the shape above with `malformed`, and no answer at all with `network`. The errors
 * never hold the citizen's text or the URL.
 *
 * ```js
 * field.provider = new HttpAddressProvider({ baseUrl: '/api/dar' });
 * ```
 */
export class HttpAddressProvider implements AddressProvider {
  readonly #baseUrl: string;
  readonly #fetch: FetchFunction;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #perPage: number;

  constructor(options: HttpAddressProviderOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/u, '');
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#headers = { accept: 'application/json', ...options.headers };
    const perPage = options.perPage ?? 10;
    this.#perPage = Number.isInteger(perPage) && perPage > 0 ? perPage : 10;
  }

  async suggest(text: string, signal: AbortSignal): Promise<readonly AddressSuggestion[]> {
    const query = new URLSearchParams({ q: text, per_side: String(this.#perPage) });
    const body = await this.#get(`/adresser/autocomplete?${query}`, signal);
    if (!Array.isArray(body)) throw new AddressProviderError('malformed');
    const suggestions: AddressSuggestion[] = [];
    for (const item of body) {
      if (!isObject(item)) throw new AddressProviderError('malformed');
      const address = isObject(item.adresse) ? item.adresse : undefined;
      const id = field(address, 'id') || field(item, 'id');
      const label = field(item, 'tekst') || field(item, 'forslagstekst');
      if (!id || !label) throw new AddressProviderError('malformed');
      suggestions.push({ id, text: label });
    }
    return suggestions;
  }

  async resolve(id: string, signal?: AbortSignal): Promise<Address> {
    const body = await this.#get(`/adresser/${encodeURIComponent(id)}?struktur=mini`, signal, 'not-found');
    const address = addressOf(body);
    if (!address) throw new AddressProviderError('malformed');
    return address;
  }

  async postcode(code: string, signal?: AbortSignal): Promise<string | undefined> {
    if (!/^\d{4}$/u.test(code)) return undefined;
    let body: unknown;
    try {
      body = await this.#get(`/postnumre/${code}`, signal, 'not-found');
    } catch (error) {
      if (error instanceof AddressProviderError && error.code === 'not-found') return undefined;
      throw error;
    }
    if (!isObject(body)) throw new AddressProviderError('malformed');
    const town = field(body, 'navn');
    if (!town) throw new AddressProviderError('malformed');
    return town;
  }

  /** GETs a path and reads its JSON; `on404` turns a 404 into that code instead of `http`. */
  async #get(path: string, signal: AbortSignal | undefined, on404?: 'not-found'): Promise<unknown> {
    let response: Response;
    try {
      response = await this.#fetch(`${this.#baseUrl}${path}`, {
        method: 'GET',
        headers: this.#headers,
        signal: signal ?? null,
      });
    } catch (error) {
      if (signal?.aborted) throw error; // the AbortError, as fetch gives it
      throw new AddressProviderError('network'); // no cause: it may hold the URL, and so the citizen's text
    }
    if (response.status === 404 && on404) {
      await response.body?.cancel().catch(() => undefined);
      throw new AddressProviderError(on404, { status: 404 });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new AddressProviderError('http', { status: response.status });
    }
    try {
      return await response.json();
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new AddressProviderError('malformed'); // no cause: a JSON error quotes the body
    }
  }
}
