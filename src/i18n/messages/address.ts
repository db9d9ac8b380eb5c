import type { Message, MessageArea } from '../types.js';

/**
 * Texts of `bf-address-input` (REQUIREMENTS §3.5): the search box, its list and announcements,
 * the manual fields ("Jeg kan ikke finde min adresse") and their messages.
 */
export interface AddressMessages {
  /** The hint under the label when the field has no `hint` of its own. */
  readonly addressHint: string;
  /** A required address is empty: nothing chosen and no manual fields filled in. */
  readonly addressRequired: string;
  /** The citizen typed in the search box but chose no address from the list. */
  readonly addressNotChosen: string;
  /** Manual fields: the street name is empty. */
  readonly addressStreetMissing: string;
  /** Manual fields: the house number is empty. */
  readonly addressHouseNumberMissing: string;
  /** Manual fields: the house number is not 1–999 with an optional letter. */
  readonly addressHouseNumberFormat: string;
  /** Manual fields: the floor is not st, kl or 1–99. */
  readonly addressFloorFormat: string;
  /** Manual fields: the door is not th, tv, mf or 1–9999. */
  readonly addressDoorFormat: string;
  /** Manual fields: the postcode is empty. */
  readonly addressPostcodeMissing: string;
  /** Manual fields: the postcode is not 4 digits. */
  readonly addressPostcodeFormat: string;
  /** Manual fields: the town is empty. */
  readonly addressCityMissing: string;
  /** The button that opens the manual fields. */
  readonly addressManualButton: string;
  /** The legend of the manual fields. */
  readonly addressManualLegend: string;
  /** Label of the street name field. */
  readonly addressStreet: string;
  /** Label of the house number field. */
  readonly addressHouseNumber: string;
  /** Label of the floor field. */
  readonly addressFloor: string;
  /** Label of the door field. */
  readonly addressDoor: string;
  /** Label of the postcode field. */
  readonly addressPostcode: string;
  /** Label of the town field. */
  readonly addressCity: string;
  /** Hint of the floor field. */
  readonly addressFloorHint: string;
  /** Hint of the door field. */
  readonly addressDoorHint: string;
  /** Accessible name of the list of suggestions. */
  readonly addressSuggestions: string;
  /** Announced when suggestions arrive (`{count}` ≥ 1). */
  readonly addressResults: Message;
  /** Announced when the search found nothing. */
  readonly addressNoResults: string;
  /** Shown (and announced) when the address service fails or is too slow; the manual fields open. */
  readonly addressUnavailable: string;
}

export const addressDa: AddressMessages = {
  addressHint: 'Begynd at skrive, og vælg adressen på listen',
  addressRequired: 'Vælg en adresse fra listen, eller skriv den selv',
  addressNotChosen: 'Vælg en af adresserne på listen, eller skriv adressen selv',
  addressStreetMissing: 'Indtast vejnavn',
  addressHouseNumberMissing: 'Indtast husnummer',
  addressHouseNumberFormat: 'Skriv husnummeret som et tal, evt. med et bogstav, fx 12B',
  addressFloorFormat: 'Skriv etagen som st, kl eller et tal fra 1 til 99',
  addressDoorFormat: 'Skriv døren som th, tv, mf eller et tal, fx 4',
  addressPostcodeMissing: 'Indtast postnummer',
  addressPostcodeFormat: 'Postnummeret skal være 4 cifre',
  addressCityMissing: 'Indtast by',
  addressManualButton: 'Jeg kan ikke finde min adresse',
  addressManualLegend: 'Skriv adressen selv',
  addressStreet: 'Vejnavn',
  addressHouseNumber: 'Husnummer',
  addressFloor: 'Etage',
  addressDoor: 'Dør',
  addressPostcode: 'Postnummer',
  addressCity: 'By',
  addressFloorHint: 'Fx st eller 2',
  addressDoorHint: 'Fx th, tv eller 4',
  addressSuggestions: 'Forslag til adresser',
  addressResults: { plural: 'count', one: '{count} adresse fundet', other: '{count} adresser fundet' },
  addressNoResults: 'Ingen adresser fundet',
  addressUnavailable: 'Vi kan ikke søge efter adresser lige nu. Skriv adressen selv.',
};

export const addressEn: AddressMessages = {
  addressHint: 'Start typing, then choose the address from the list',
  addressRequired: 'Choose an address from the list, or enter it yourself',
  addressNotChosen: 'Choose one of the addresses in the list, or enter the address yourself',
  addressStreetMissing: 'Enter street name',
  addressHouseNumberMissing: 'Enter house number',
  addressHouseNumberFormat: 'Enter the house number as a number, maybe with a letter, like 12B',
  addressFloorFormat: 'Enter the floor as st, kl or a number from 1 to 99',
  addressDoorFormat: 'Enter the door as th, tv, mf or a number, like 4',
  addressPostcodeMissing: 'Enter postcode',
  addressPostcodeFormat: 'Postcode must be 4 digits',
  addressCityMissing: 'Enter town',
  addressManualButton: 'I cannot find my address',
  addressManualLegend: 'Enter the address yourself',
  addressStreet: 'Street name',
  addressHouseNumber: 'House number',
  addressFloor: 'Floor',
  addressDoor: 'Door',
  addressPostcode: 'Postcode',
  addressCity: 'Town',
  addressFloorHint: 'For example st or 2',
  addressDoorHint: 'For example th, tv or 4',
  addressSuggestions: 'Address suggestions',
  addressResults: { plural: 'count', one: '{count} address found', other: '{count} addresses found' },
  addressNoResults: 'No addresses found',
  addressUnavailable: 'We cannot search for addresses right now. Enter the address yourself.',
};

/** Both languages of this area, for `registerMessages`. */
export const addressMessages: MessageArea<AddressMessages> = { da: addressDa, en: addressEn };
