/**
 * SAMPLE DATA for the demo, Storybook and tests: NOT an extract of DAR or any other register.
 *
 * A few dozen Danish addresses around town halls and other public buildings, written the way DAR
 * writes addresses, so that searching, choosing and the postcode → town lookup can be tried
 * without a network. Street names, numbers and postcodes are chosen to look realistic, but they
 * are not checked against the register and must not be used as facts about any address. The ids
 * are made up (`00000000-0000-4000-8000-…`), not DAR's; the floors and doors are invented.
 */
import { formatAddress } from '../domain/address.js';
import type { Address } from './address-provider.js';

type Row = readonly [
  street: string,
  houseNumber: string,
  floor: string,
  door: string,
  postcode: string,
  city: string,
  municipalityCode: string,
];

const ROWS: readonly Row[] = [
  ['Rådhuspladsen', '1', '', '', '1550', 'København V', '0101'],
  ['Rådhuspladsen', '1', '1', 'th', '1550', 'København V', '0101'],
  ['Rådhuspladsen', '2', '', '', '8000', 'Aarhus C', '0751'],
  ['Rådhuspladsen', '11', '', '', '4200', 'Slagelse', '0330'],
  ['Rådhuspladsen', '4', 'st', 'tv', '9000', 'Aalborg', '0851'],
  ['Rådhusstræde', '6', '2', 'mf', '1466', 'København K', '0101'],
  ['Rådhusbuen', '1', '', '', '4000', 'Roskilde', '0265'],
  ['Rådhustorvet', '4', '', '', '8700', 'Horsens', '0615'],
  ['Rådhustorvet', '10', '', '', '6400', 'Sønderborg', '0540'],
  ['Flakhaven', '2', '', '', '5000', 'Odense C', '0461'],
  ['Boulevarden', '13', '', '', '9000', 'Aalborg', '0851'],
  ['Smallegade', '1', '', '', '2000', 'Frederiksberg', '0147'],
  ['Bernstorffsvej', '161', '', '', '2920', 'Charlottenlund', '0157'],
  ['Torvegade', '74', '', '', '6700', 'Esbjerg', '0561'],
  ['Skolegade', '1', '', '', '7100', 'Vejle', '0630'],
  ['Laksetorvet', '1', '', '', '8900', 'Randers C', '0730'],
  ['Akseltorv', '1', '', '', '6000', 'Kolding', '0621'],
  ['Stengade', '59', '', '', '3000', 'Helsingør', '0217'],
  ['Torvet', '5', '', '', '7400', 'Herning', '0657'],
  ['Søvej', '1', '', '', '8600', 'Silkeborg', '0740'],
  ['Rådmandshaven', '20', '', '', '4700', 'Næstved', '0370'],
  ['Prinsens Allé', '5', '', '', '8800', 'Viborg', '0791'],
  ['Kanalstræde', '2', '', '', '4300', 'Holbæk', '0316'],
  ['Ramsherred', '5', '', '', '5700', 'Svendborg', '0479'],
  ['Springvandspladsen', '5', '', '', '9800', 'Hjørring', '0860'],
  ['Torvet', '1', '', '', '4600', 'Køge', '0259'],
  ['Gothersgade', '20', '', '', '7000', 'Fredericia', '0607'],
  ['Vestergade', '12B', '2', 'tv', '8000', 'Aarhus C', '0751'],
  ['Vestergade', '12B', 'st', 'th', '8000', 'Aarhus C', '0751'],
  ['Nørregade', '7', 'kl', '', '1165', 'København K', '0101'],
  ['Søndergade', '3', '3', '12', '8000', 'Aarhus C', '0751'],
  ['Østergade', '24A', '1', 'tv', '5000', 'Odense C', '0461'],
  ['Algade', '9', '', '', '4000', 'Roskilde', '0265'],
  ['Jernbanegade', '2', '4', 'th', '9000', 'Aalborg', '0851'],
];

function sampleId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Sample addresses for the demo and tests (see the file's header: not register data). */
export const sampleAddresses: readonly Address[] = Object.freeze(
  ROWS.map(([street, houseNumber, floor, door, postcode, city, municipalityCode], index): Address =>
    Object.freeze({
      id: sampleId(index + 1),
      street,
      houseNumber,
      floor: floor || undefined,
      door: door || undefined,
      postcode,
      city,
      municipalityCode,
      text: formatAddress({ street, houseNumber, floor, door, postcode, city }),
    }),
  ),
);
