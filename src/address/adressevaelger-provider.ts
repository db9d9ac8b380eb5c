import {
  AddressProviderError,
  type Address,
  type AddressProvider,
  type AddressSuggestion,
} from './address-provider.js';
import { addressOf, isDarId, suggestionsOf, type AdressevaelgerSearch } from './adressevaelger-records.js';
import { getJson, pageFetch, type FetchFunction } from './http-json.js';

/** The longest `tekst` the Adressevælger takes (its documentation: 1–73 characters). */
export const ADRESSEVAELGER_MAX_TEXT = 73;

/** How `AdressevaelgerProvider` reaches the service and what it asks for. */
export interface AdressevaelgerProviderOptions {
  /**
   * Where the service is reached: the municipality's own proxy in front of the Adressevælger,
   * absolute (`https://kommune.dk/api/adressevaelger`) or relative to the page
   * (`/api/adressevaelger`). No trailing slash needed. The proxy forwards `/adresser/…` and
   * `/husnumre/…` to `https://adressevaelger.dk` and adds the token (see the README).
   */
  baseUrl: string;
  /** The `fetch` to use; defaults to the page's. Tests and hosts with their own HTTP client pass one. */
  fetch?: FetchFunction;
  /** Headers sent with every request (a key of the proxy's own, say). */
  headers?: Readonly<Record<string, string>>;
  /**
   * Search only in this municipality: its 4-digit code ("0751" for Aarhus), sent as the service's
   * `kommuneKode`. A code that is not 4 digits throws a `RangeError` here.
   */
  municipalityCode?: string;
  /** The most hits to ask for (`maksimum`), an integer 1–200; default 10. */
  limit?: number;
  /** Include provisional (foreløbige) addresses (`medtagForeloebige=true`); default `false`. */
  includeProvisional?: boolean;
  /**
   * Search house numbers (access addresses, `husnumre`) instead of addresses (`adresser`): the
   * citizen then chooses a building's entrance, without floor and door. Default `false`.
   */
  houseNumbersOnly?: boolean;
  /**
   * **For development only.** A token sent as the `token` query parameter of every request, so
   * that a developer can try the provider against the service directly.
   *
   * **Warning:** never ship a real token in a page. Anyone can read it there, and the municipality
   * answers for its use. In production leave this out: the municipality's proxy adds the token on
   * the server. By default no token is sent.
   */
  token?: string;
}

/**
 * An `AddressProvider` for Klimadatastyrelsen's **Adressevælger**, DAWA's successor for address
 * search, reached through the municipality's own proxy (the proxy keeps the token; this class
 * sends none unless the development-only `token` option is set).
 *
 * Requests (GET, JSON):
 * - search: `{baseUrl}/adresser/soeg?tekst=…&maksimum=…` (`/husnumre/soeg` with
 *   `houseNumbersOnly`), plus `kommuneKode` and `medtagForeloebige=true` when set. The text is
 *   trimmed and cut to 73 characters; an empty text asks nothing and answers `[]`.
 * - lookup by id: `{baseUrl}/adresser/{id}` (`/husnumre/{id}` with `houseNumbersOnly`).
 *
 * A hit of type `adresse` (`husnummer` with `houseNumbersOnly`) becomes a suggestion to choose.
 * Hits of type `vejnavn`, `vejnavnhusnummer`, `navngivenvejpostnummer` (and `husnummer` when
 * searching addresses) narrow the search: they become suggestions with `continues: true`, and
 * `bf-address-input` searches again with their text, as the official client does. The lookup's
 * record fills `street`, `houseNumber`, `floor`, `door`, `postcode`, `city`, `text` and
 * `municipalityCode` (from the street's municipality part, `navngivenvejkommunedel.kommune`).
 * There is no postcode lookup in the Adressevælger, so this provider has no `postcode` method.
 *
 * Errors: `status: "fejl"` rejects with `AddressProviderError` code `refused`; a status other than
 * 2xx with `http` (a 404 on a lookup with `not-found`); an answer that is not JSON or not the shape
 * the sources show with `malformed`; no answer with `network`; an aborted signal with the
 * `AbortError`. The errors never hold the citizen's text, the URL or the service's description.
 * Which sources the shapes come from, and what they leave open: `adressevaelger-records.ts`.
 *
 * ```js
 * field.provider = new AdressevaelgerProvider({ baseUrl: '/api/adressevaelger', municipalityCode: '0751' });
 * ```
 */
export class AdressevaelgerProvider implements AddressProvider {
  readonly #baseUrl: string;
  readonly #fetch: FetchFunction;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #search: AdressevaelgerSearch;
  readonly #searchParams: ReadonlyArray<readonly [string, string]>;
  readonly #token: string | undefined;

  constructor(options: AdressevaelgerProviderOptions) {
    const code = options.municipalityCode;
    if (code !== undefined && !/^\d{4}$/u.test(code)) {
      throw new RangeError('AdressevaelgerProvider: municipalityCode must be 4 digits, such as "0751"');
    }
    const limit = options.limit ?? 10;
    this.#baseUrl = options.baseUrl.replace(/\/+$/u, '');
    this.#fetch = options.fetch ?? pageFetch;
    this.#headers = { accept: 'application/json', ...options.headers };
    this.#search = options.houseNumbersOnly ? 'husnumre' : 'adresser';
    this.#token = options.token || undefined;
    const params: Array<readonly [string, string]> = [
      ['maksimum', String(Number.isInteger(limit) && limit >= 1 && limit <= 200 ? limit : 10)],
    ];
    if (code !== undefined) params.push(['kommuneKode', code]);
    if (options.includeProvisional) params.push(['medtagForeloebige', 'true']);
    this.#searchParams = params;
  }

  async suggest(text: string, signal: AbortSignal): Promise<readonly AddressSuggestion[]> {
    const tekst = [...text.trim()].slice(0, ADRESSEVAELGER_MAX_TEXT).join('').trim();
    if (tekst === '') return [];
    const body = await this.#get(`/${this.#search}/soeg`, [['tekst', tekst], ...this.#searchParams], signal);
    return suggestionsOf(body, this.#search);
  }

  async resolve(id: string, signal?: AbortSignal): Promise<Address> {
    if (!isDarId(id)) throw new AddressProviderError('not-found'); // no DAR id has this form: ask nothing
    const body = await this.#get(`/${this.#search}/${id}`, [], signal, true);
    return addressOf(body, this.#search, id);
  }

  #get(
    path: string,
    params: ReadonlyArray<readonly [string, string]>,
    signal: AbortSignal | undefined,
    notFoundOn404 = false,
  ): Promise<unknown> {
    const query = new URLSearchParams(params.map(([key, value]) => [key, value]));
    if (this.#token) query.set('token', this.#token);
    const search = query.toString();
    return getJson(this.#fetch, `${this.#baseUrl}${path}${search ? `?${search}` : ''}`, {
      headers: this.#headers,
      signal,
      notFoundOn404,
    });
  }
}
