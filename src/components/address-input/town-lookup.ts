import type { ReactiveControllerHost } from 'lit';
import type { AddressProvider } from '../../address/address-provider.js';
import { SearchController } from '../../autocomplete/search-controller.js';
import type { Clock } from '../../base/clock.js';
import { parseAddressPostcode } from '../../domain/address.js';
import { cityForPostcode } from '../../domain/postcode.js';

/** What the town lookup reads and does in the address field. */
export interface TownAccess {
  provider(): AddressProvider | null;
  clock(): Clock;
  /** The town in the manual fields now. */
  town(): string;
  /** Puts a town in the manual fields (and commits the entry). */
  setTown(town: string): void;
  /** Says politely that the town was filled in. */
  announceTown(town: string): void;
}

/**
 * The manual fields' town for a postcode (REQUIREMENTS §3.5, §5.3): at once from PostNord's table,
 * then from `provider.postcode` when the provider has one (its answer wins: the register is newer).
 * A town the citizen wrote is never replaced; one the lookup filled in follows the postcode. It also
 * knows which postcodes exist: the table's, and any the service gave a town for.
 */
export class TownLookup {
  readonly #host: ReactiveControllerHost;
  readonly #field: TownAccess;
  /** Made at the first postcode: no time limit; a failure leaves the town to the table or the citizen. */
  #requests: SearchController | undefined;
  /** The town was filled in by the lookup (so a new postcode may replace it). */
  #filled = false;
  /** Postcodes the address service gave a town for (known even where the table is older). */
  readonly #serviceTowns = new Set<string>();

  constructor(host: ReactiveControllerHost, field: TownAccess) {
    this.#host = host;
    this.#field = field;
  }

  /** Whether a postcode (four digits, as the manual fields' check gives it) exists: in the table, or answered by the address service. */
  knows(code: string): boolean {
    return cityForPostcode(code) !== undefined || this.#serviceTowns.has(code);
  }

  /** The citizen wrote the town, or an address was chosen or reset: the town is theirs now. */
  release(): void {
    this.#filled = false;
  }

  cancel(): void {
    this.#requests?.cancel();
  }

  /** A new postcode in the manual fields: fill in (or take back) the town. */
  lookUp(postcode: string): void {
    const field = this.#field;
    const requests = (this.#requests ??= new SearchController(this.#host, { clock: () => field.clock() }));
    requests.cancel();
    const code = parseAddressPostcode(postcode);
    const fromTable = code.ok ? cityForPostcode(code.value) : undefined;
    if (fromTable) this.#fill(fromTable);
    else this.#takeBack();
    const provider = field.provider();
    const lookup = provider?.postcode?.bind(provider);
    if (!code.ok || !lookup) return;
    void requests
      .run((signal) => lookup(code.value, signal))
      .then((town) => {
        if (town === undefined) return; // failed or dropped: the table's town, or the citizen's
        if (typeof town === 'string' && town.trim()) {
          this.#serviceTowns.add(code.value);
          this.#fill(town.trim());
        } else if (!fromTable) this.#takeBack();
      });
  }

  #fill(town: string): void {
    const field = this.#field;
    const now = field.town();
    if ((now.trim() !== '' && !this.#filled) || now === town) return;
    this.#filled = true;
    field.setTown(town);
    field.announceTown(town);
  }

  /** A town the lookup filled in goes when the postcode no longer gives one. */
  #takeBack(): void {
    if (!this.#filled) return;
    this.#filled = false;
    this.#field.setTown('');
  }
}
