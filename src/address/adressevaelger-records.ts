/**
 * Reading the answers of Klimadatastyrelsen's Adressevælger (pure, no network): a search hit becomes
 * an `AddressSuggestion`, an id lookup's record an `Address`. Only attributes the sources show are
 * read; anything missing or odd makes the answer `malformed` (or leaves an optional part empty).
 *
 * Sources (read 2026-10; see the README's "Address search" section):
 * - [client] The official client, github.com/Klimadatastyrelsen/adressevaelger, `src/api.js` at
 *   commit 0c17f69aa4da67f164d4da7b918aad7c48d74c12 (v5.0.1): the search answer
 *   `{ status, beskrivelse, fund }`, `status: "fejl"` as the error, each hit's `type`, `titel` and
 *   `id`, and which types continue the search (`vejnavn`, `vejnavnhusnummer`,
 *   `navngivenvejpostnummer`, and `husnummer` when searching `adresser`).
 * - [docs] Klimadatastyrelsen's documentation: https://confluence.sdfi.dk/x/coEYDg (endpoints and
 *   parameters), https://confluence.sdfi.dk/x/xgC1Dg (lookup by id: 36-character DAR ids),
 *   https://confluence.sdfi.dk/x/lIEYDg (output attributes follow DAR's data model:
 *   `husnummertekst`, `adgangsadressebetegnelse`, `adressebetegnelse`, `etagebetegnelse`,
 *   `dørbetegnelse`, `vejnavn`, `postnr`, `navn`, `kommune` of NavngivenVejKommunedel). The
 *   documentation says the response structure is still to come ("kommer senere").
 * - [recorded] Answers recorded from the live service by third parties, for the nesting the
 *   documentation leaves open: github.com/Notalib/adressevaelger `test/fixtures/dar-responses.json`
 *   at 0ebc42647a9ed6c85aa614def1c268f178c52913 (hits of each type; `/adresser/{id}` →
 *   `{ status, adresse: { id_lokalid, adressebetegnelse, etagebetegnelse, doerbetegnelse,
 *   husnummer: { husnummertekst, vejnavn, postnummer: { postnr, navn }, navngivenvejkommunedel:
 *   { kommune } } } }`), and github.com/bergholdt/adressevaelger
 *   `test/cassettes/resolve_vestergade_1.yml` at 846e406598eb8dade4a6f3440b99529520bfad5c
 *   (`/husnumre/{id}` → `{ status, husnummer: { … } }`, the same inner shape).
 *
 * Left open by the sources, so read defensively: the door's key (`dørbetegnelse` in [docs],
 * `doerbetegnelse` in [recorded]; both read), the id's key (`id_lokalId` in [docs], `id_lokalid` in
 * [recorded]; both read), what an unknown id answers (a 404 → `not-found`; `status: "fejl"` →
 * `refused`), and the attributes of a `vejnavnhusnummer` hit beyond `type` and `titel`.
 */
import { formatAddress } from '../domain/address.js';
import { AddressProviderError, type Address, type AddressSuggestion } from './address-provider.js';
import { isJsonObject, objectAt, optionalText, textAt, type JsonObject } from './http-json.js';

/** The Adressevælger's two searches: addresses (with floor and door), or house numbers (access addresses). */
export type AdressevaelgerSearch = 'adresser' | 'husnumre';

/** Hit types that narrow the search rather than being a choice ([client]). */
const NARROWING_TYPES: ReadonlySet<string> = new Set([
  'vejnavn',
  'vejnavnhusnummer',
  'navngivenvejpostnummer',
]);

/** The type of hit that is the final choice in each search ([client]). */
const FINAL_TYPE: Readonly<Record<AdressevaelgerSearch, string>> = {
  adresser: 'adresse',
  husnumre: 'husnummer',
};

/** The record's key in a lookup answer ([recorded]). */
const RECORD_KEY: Readonly<Record<AdressevaelgerSearch, string>> = {
  adresser: 'adresse',
  husnumre: 'husnummer',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** Whether `id` can be a DAR id: a 36-character UUID ([docs]). */
export function isDarId(id: string): boolean {
  return UUID.test(id);
}

/** The answer as an object; `refused` for `status: "fejl"`, `malformed` for anything but an object. */
function answerOf(body: unknown): JsonObject {
  if (!isJsonObject(body)) throw new AddressProviderError('malformed');
  if (body.status === 'fejl') throw new AddressProviderError('refused');
  return body;
}

/**
 * The suggestions in a search answer `{ status, beskrivelse, fund: [...] }`, in the service's
 * order. A hit of the search's final type becomes `{ id, text: titel }`; a narrowing hit
 * `{ id: id or '', text: titel, continues: true }`. A hit of a type the sources do not name is left
 * out (choosing it could lead nowhere). Rejects with `refused` for `status: "fejl"`, and with
 * `malformed` when `fund` is not a list, a hit has no `type` or `titel`, or a final hit has no DAR id.
 */
export function suggestionsOf(body: unknown, search: AdressevaelgerSearch): AddressSuggestion[] {
  const fund = answerOf(body).fund;
  if (!Array.isArray(fund)) throw new AddressProviderError('malformed');
  const suggestions: AddressSuggestion[] = [];
  for (const hit of fund as unknown[]) {
    const suggestion = suggestionOf(hit, search);
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}

function suggestionOf(hit: unknown, search: AdressevaelgerSearch): AddressSuggestion | undefined {
  if (!isJsonObject(hit)) throw new AddressProviderError('malformed');
  const type = textAt(hit, 'type');
  const text = textAt(hit, 'titel');
  if (!type || !text) throw new AddressProviderError('malformed');
  const id = textAt(hit, 'id');
  if (type === FINAL_TYPE[search]) {
    if (!isDarId(id)) throw new AddressProviderError('malformed');
    return { id, text };
  }
  if (NARROWING_TYPES.has(type) || (type === 'husnummer' && search === 'adresser')) {
    return { id, text, continues: true };
  }
  return undefined;
}

/**
 * The address in an id lookup's answer: `{ status, adresse: { … } }` for `adresser`,
 * `{ status, husnummer: { … } }` for `husnumre` (the house number's own attributes sit at the top
 * of the latter and under `adresse.husnummer` in the former). `askedId` stands in when the record
 * does not give a DAR id of its own. Rejects with `refused` for `status: "fejl"`, and with `malformed` when
 * the record, the street, the house number, a 4-digit postcode or the town is missing.
 */
export function addressOf(body: unknown, search: AdressevaelgerSearch, askedId: string): Address {
  const record = objectAt(answerOf(body), RECORD_KEY[search]);
  const house = search === 'adresser' ? objectAt(record, 'husnummer') : record;
  const post = objectAt(house, 'postnummer');
  const street = textAt(house, 'vejnavn') || textAt(objectAt(house, 'navngivenvej'), 'vejnavn');
  const houseNumber = textAt(house, 'husnummertekst');
  const postcode = textAt(post, 'postnr');
  const city = textAt(post, 'navn');
  if (!record || !street || !houseNumber || !/^\d{4}$/u.test(postcode) || !city) {
    throw new AddressProviderError('malformed');
  }
  const floor = search === 'adresser' ? textAt(record, 'etagebetegnelse') : '';
  const door =
    search === 'adresser' ? textAt(record, 'doerbetegnelse') || textAt(record, 'dørbetegnelse') : '';
  const municipality = textAt(objectAt(house, 'navngivenvejkommunedel'), 'kommune');
  const label = textAt(record, search === 'adresser' ? 'adressebetegnelse' : 'adgangsadressebetegnelse');
  const ownId = textAt(record, 'id_lokalid') || textAt(record, 'id_lokalId');
  return {
    id: isDarId(ownId) ? ownId : askedId,
    street,
    houseNumber,
    floor: optionalText(floor),
    door: optionalText(door),
    postcode,
    city,
    municipalityCode: /^\d{4}$/u.test(municipality) ? municipality : undefined,
    text: label || formatAddress({ street, houseNumber, floor, door, postcode, city }),
  };
}
