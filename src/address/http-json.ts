/**
 * The one HTTP call the address providers make: GET a URL and read its JSON, turning every way it
 * can fail into an `AddressProviderError` (or the `AbortError` of an aborted call). Shared by
 * `DawaAddressProvider` and `AdressevaelgerProvider`.
 */
import { AddressProviderError } from './address-provider.js';

/** A `fetch`-compatible function (the page's own, or a test double). */
export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

/** How `getJson` makes its request. */
export interface GetJsonOptions {
  /** Headers sent with the request. */
  readonly headers: Readonly<Record<string, string>>;
  /** Passed to `fetch`; an aborted call rejects with the `AbortError` as `fetch` gives it. */
  readonly signal?: AbortSignal | undefined;
  /** Turn a 404 into `AddressProviderError` code `not-found` instead of `http`. */
  readonly notFoundOn404?: boolean;
}

/**
 * GETs `url` and resolves with its parsed JSON. Rejects with `AddressProviderError` code
 * `network` (no answer), `http` (a status other than 2xx; `not-found` for a 404 when asked) or
 * `malformed` (not JSON). The errors carry no cause: a network error may hold the URL, and so the
 * citizen's text, and a JSON error quotes the body.
 */
export async function getJson(
  fetchFn: FetchFunction,
  url: string,
  options: GetJsonOptions,
): Promise<unknown> {
  const { signal } = options;
  let response: Response;
  try {
    response = await fetchFn(url, { method: 'GET', headers: options.headers, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error; // the AbortError, as fetch gives it
    throw new AddressProviderError('network');
  }
  if (response.status === 404 && options.notFoundOn404) {
    await response.body?.cancel().catch(() => undefined);
    throw new AddressProviderError('not-found', { status: 404 });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new AddressProviderError('http', { status: response.status });
  }
  try {
    return await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new AddressProviderError('malformed');
  }
}

/** The page's `fetch`, looked up at call time (so a test or polyfill that replaces it later counts). */
export const pageFetch: FetchFunction = (input, init) => globalThis.fetch(input, init);

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** Whether a JSON value is an object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object under `key`, or `undefined` when it is absent, null or not an object. */
export function objectAt(source: JsonObject | undefined, key: string): JsonObject | undefined {
  const value = source?.[key];
  return isJsonObject(value) ? value : undefined;
}

/** A string field, trimmed (a finite number is taken as its digits); '' when absent, null or anything else. */
export function textAt(source: JsonObject | undefined, key: string): string {
  const value = source?.[key];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** `undefined` for '', else the text. */
export function optionalText(value: string): string | undefined {
  return value === '' ? undefined : value;
}
