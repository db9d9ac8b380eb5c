import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-address-input` (REQUIREMENTS §3.5): the search box, its list and announcements,
 * the manual fields ("Jeg kan ikke finde min adresse") and their messages.
 */
export const addressDa = {
  /** The hint under the label when the field has no `hint` of its own. */
  addressHint: 'Begynd at skrive, og vælg adressen på listen',
  /** A required address is empty: nothing chosen and no manual fields filled in. */
  addressRequired: 'Vælg en adresse fra listen, eller skriv den selv',
  /** The citizen typed in the search box but chose no address from the list. */
  addressNotChosen: 'Vælg en af adresserne på listen, eller skriv adressen selv',
  /** Manual fields: the street name is empty. */
  addressStreetMissing: 'Indtast vejnavn',
  /** Manual fields: the house number is empty. */
  addressHouseNumberMissing: 'Indtast husnummer',
  /** Manual fields: the house number is not 1–999 with an optional letter. */
  addressHouseNumberFormat: 'Skriv husnummeret som et tal, evt. med et bogstav, fx 12B',
  /** Manual fields: the floor is not st, kl or 1–99. */
  addressFloorFormat: 'Skriv etagen som st, kl eller et tal fra 1 til 99',
  /** Manual fields: the door is not th, tv, mf or 1–9999. */
  addressDoorFormat: 'Skriv døren som th, tv, mf eller et tal, fx 4',
  /** Manual fields: the postcode is empty. */
  addressPostcodeMissing: 'Indtast postnummer',
  /** Manual fields: the postcode is not 4 digits. */
  addressPostcodeFormat: 'Postnummeret skal være 4 cifre',
  /** Manual fields: 4 digits that are not a Danish postcode (the postcode table, or the address service). */
  addressPostcodeUnknown: 'Postnummeret findes ikke. Tjek, at du har skrevet det rigtigt',
  /** The address is outside the municipality the application is for (`{municipality}`: "Aarhus Kommune"). */
  addressOutsideMunicipality:
    'Adressen ligger ikke i {municipality}. Løsningen er kun for borgere i {municipality}',
  /** Announced when a postcode fills in the town (`{town}`: "Aarhus C"). */
  addressTownFilled: 'By: {town}',
  /** Manual fields: the town is empty. */
  addressCityMissing: 'Indtast by',
  /** The button that opens the manual fields. */
  addressManualButton: 'Jeg kan ikke finde min adresse',
  /** The legend of the manual fields. */
  addressManualLegend: 'Skriv adressen selv',
  /** Label of the street name field. */
  addressStreet: 'Vejnavn',
  /** Label of the house number field. */
  addressHouseNumber: 'Husnummer',
  /** Label of the floor field. */
  addressFloor: 'Etage',
  /** Label of the door field. */
  addressDoor: 'Dør',
  /** Label of the postcode field. */
  addressPostcode: 'Postnummer',
  /** Label of the town field. */
  addressCity: 'By',
  /** Hint of the floor field. */
  addressFloorHint: 'Fx st eller 2',
  /** Hint of the door field. */
  addressDoorHint: 'Fx th, tv eller 4',
  /** Accessible name of the list of suggestions. */
  addressSuggestions: 'Forslag til adresser',
  /** Announced when suggestions arrive (`{count}` ≥ 1). */
  addressResults: { plural: 'count', one: '{count} adresse fundet', other: '{count} adresser fundet' },
  /** Announced when the search found nothing. */
  addressNoResults: 'Ingen adresser fundet',
  /** Shown (and announced) when the address service fails or is too slow; the manual fields open. */
  addressUnavailable: 'Vi kan ikke søge efter adresser lige nu. Skriv adressen selv.',
} as const satisfies Texts;

export const addressEn: Translation<typeof addressDa> = {
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
  addressPostcodeUnknown: 'The postcode does not exist. Check that you typed it correctly',
  addressOutsideMunicipality:
    'The address is not in {municipality}. This service is only for residents of {municipality}',
  addressTownFilled: 'Town: {town}',
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
export const addressMessages: MessageArea<typeof addressDa> = { da: addressDa, en: addressEn };
