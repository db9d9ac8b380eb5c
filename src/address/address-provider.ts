/**
 * The adapter between `bf-address-input` and an address register. The library makes no network
 * call of its own (DESIGN §2.8): the host gives the field a provider that talks to the
 * municipality's own proxy in front of Klimadatastyrelsen's Adressevælger
 * (`AdressevaelgerProvider`) or of a service that still answers in DAWA's shapes
 * (`DawaAddressProvider`), or anything else that implements this interface
 * (`OfflineAddressProvider` for demos and tests).
 */

/**
 * One suggestion in the list: an id the provider can resolve, and the text the citizen reads. Or,
 * with `continues: true`, a step on the way to an address (a street, a street in one postcode)
 * that narrows the search instead of being chosen.
 */
export interface AddressSuggestion {
  /**
   * The provider's id of the address (DAR's address UUID). For a suggestion that `continues`, the
   * provider's id of the step when it has one, else ''; the field never resolves it.
   */
  readonly id: string;
  /** The address as the citizen reads it: "Rådhuspladsen 1, 1550 København V". Shown as text, never HTML. */
  readonly text: string;
  /**
   * `true` when the suggestion is not an address but narrows the search ("Rådhuspladsen", or
   * "Rådhuspladsen, 1550 København V"): choosing it puts `text` in the search box and searches
   * again for it, as if the citizen had typed it. Absent or `false`: an address, resolved through
   * `resolve(id)` when chosen. Optional, so providers written before it keep working.
   */
  readonly continues?: boolean | undefined;
}

/** A whole address, as the register holds it. */
export interface Address {
  /** The register's id (DAR's address UUID); submitted as `<name>-id`. */
  readonly id: string;
  /** The street name ("Rådhuspladsen"). */
  readonly street: string;
  /** The house number with its letter ("12B"). */
  readonly houseNumber: string;
  /** The floor: `st`, `kl`, `1`–`99`; absent for most addresses. */
  readonly floor?: string | undefined;
  /** The door: `th`, `tv`, `mf`, `1`–`9999`; absent for most addresses. */
  readonly door?: string | undefined;
  /** The 4-digit postcode. */
  readonly postcode: string;
  /** The postcode's town ("København V"). */
  readonly city: string;
  /** The 4-digit municipality code (kommunekode, "0101"), when the register gives it. */
  readonly municipalityCode?: string | undefined;
  /** The address as the citizen reads it: "Rådhuspladsen 1, 1. th., 1550 København V". */
  readonly text: string;
}

/**
 * Where `bf-address-input` gets its addresses from.
 *
 * - `suggest(text, signal)`: addresses matching what the citizen typed, best first (a short
 *   list: the field shows them all), and steps that narrow the search (`continues: true`). The
 *   field aborts `signal` when the citizen types on, so a provider should pass it to `fetch`; an
 *   aborted call may reject with the `AbortError`.
 * - `resolve(id, signal)`: the whole address of a suggestion the citizen chose (never called for a
 *   suggestion that `continues`).
 * - `postcode(code, signal)` (optional): the town of a postcode, or `undefined` when the code does
 *   not exist. The manual fields use it to fill in the town.
 *
 * A provider that cannot answer rejects (with an `AddressProviderError`, say); the field then shows
 * the manual fields with a notice. It must never put the citizen's text in an error message.
 */
export interface AddressProvider {
  suggest(text: string, signal: AbortSignal): Promise<readonly AddressSuggestion[]>;
  resolve(id: string, signal?: AbortSignal): Promise<Address>;
  postcode?(code: string, signal?: AbortSignal): Promise<string | undefined>;
}

/**
 * Why a provider could not answer.
 * - `http`: the service answered with a status other than 2xx (`status` holds it).
 * - `malformed`: the answer was not JSON, or not the shape expected.
 * - `network`: no answer at all (offline, DNS, CORS, connection refused).
 * - `not-found`: no address has the id asked for.
 * - `refused`: the service answered that it would not carry out the request (the Adressevælger's
 *   `status: "fejl"`); its own description is not kept, as it may repeat the citizen's text.
 */
export type AddressProviderErrorCode = 'http' | 'malformed' | 'network' | 'not-found' | 'refused';

/**
 * The error an address provider rejects with. Its message names the kind of failure and the HTTP
 * status, never the citizen's text, the URL or the answer's body: it may end up in a log.
 */
export class AddressProviderError extends Error {
  override readonly name = 'AddressProviderError';

  /** The kind of failure. */
  readonly code: AddressProviderErrorCode;

  /** The HTTP status, for `code: 'http'`. */
  readonly status: number | undefined;

  constructor(code: AddressProviderErrorCode, options: { status?: number; cause?: unknown } = {}) {
    super(
      AddressProviderError.#describe(code, options.status),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.status = options.status;
  }

  static #describe(code: AddressProviderErrorCode, status: number | undefined): string {
    switch (code) {
      case 'http':
        return `The address service answered with HTTP status ${status ?? 'unknown'}`;
      case 'malformed':
        return 'The address service gave an answer that could not be read';
      case 'network':
        return 'The address service could not be reached';
      case 'not-found':
        return 'The address service does not know the address asked for';
      case 'refused':
        return 'The address service refused the request';
    }
  }
}

/** Whether an error is the rejection of an aborted call (`AbortError`, from `fetch` or a provider). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The `AbortError` a provider rejects with when its signal is aborted. */
export function abortError(signal?: AbortSignal): unknown {
  const reason: unknown = signal?.reason;
  if (isAbortError(reason)) return reason;
  return new DOMException('The address lookup was aborted', 'AbortError');
}
