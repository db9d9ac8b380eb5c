import { searchWords } from '../domain/address.js';
import {
  AddressProviderError,
  abortError,
  type Address,
  type AddressProvider,
  type AddressSuggestion,
} from './address-provider.js';

/** How `OfflineAddressProvider` answers. */
export interface OfflineAddressProviderOptions {
  /** The most suggestions to give (default 10). */
  limit?: number;
}

/**
 * An `AddressProvider` over a list of addresses in the page: for demos, tests and Storybook, or a
 * small closed list (the municipality's own buildings). No network at all.
 *
 * A suggestion matches when every word the citizen typed begins a word of the address text, in
 * any order, ignoring case and punctuation ("rådhuspl 1" finds "Rådhuspladsen 1, 1550 København
 * V"). Suggestions keep the list's order. `postcode(code)` answers the town of the first address
 * with that postcode.
 *
 * ```js
 * import { OfflineAddressProvider, sampleAddresses } from 'borgerform';
 * field.provider = new OfflineAddressProvider(sampleAddresses);
 * ```
 */
export class OfflineAddressProvider implements AddressProvider {
  readonly #addresses: readonly { address: Address; words: string[] }[];
  readonly #limit: number;

  constructor(addresses: readonly Address[], options: OfflineAddressProviderOptions = {}) {
    this.#addresses = addresses.map((address) => ({ address, words: searchWords(address.text) }));
    const limit = options.limit ?? 10;
    this.#limit = Number.isInteger(limit) && limit > 0 ? limit : 10;
  }

  async suggest(text: string, signal: AbortSignal): Promise<readonly AddressSuggestion[]> {
    await Promise.resolve(); // answer asynchronously, as a real service does
    if (signal.aborted) throw abortError(signal);
    const query = searchWords(text);
    if (query.length === 0) return [];
    const found: AddressSuggestion[] = [];
    for (const { address, words } of this.#addresses) {
      if (query.every((q) => words.some((word) => word.startsWith(q)))) {
        found.push({ id: address.id, text: address.text });
        if (found.length >= this.#limit) break;
      }
    }
    return found;
  }

  async resolve(id: string, signal?: AbortSignal): Promise<Address> {
    await Promise.resolve();
    if (signal?.aborted) throw abortError(signal);
    const entry = this.#addresses.find(({ address }) => address.id === id);
    if (!entry) throw new AddressProviderError('not-found');
    return entry.address;
  }

  async postcode(code: string, signal?: AbortSignal): Promise<string | undefined> {
    await Promise.resolve();
    if (signal?.aborted) throw abortError(signal);
    return this.#addresses.find(({ address }) => address.postcode === code.trim())?.address.city;
  }
}
