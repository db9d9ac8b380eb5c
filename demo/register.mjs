// A fictional citizen register for the demo login: the people a tester can log in as ("Log ind med
// MitID" is a demo page, not MitID). Every person is invented. Each CPR number is a real date that
// the library's parseCpr accepts and fails the old modulus-11 check, so it is unlikely to be anyone's;
// each address is one of the library's sample addresses in 8000 Aarhus C. `id` stands in for the
// pseudonym a real login gives (drafts and sessions are kept under it, never under the CPR number).

/**
 * @typedef {object} Citizen
 * @property {string} id the login's stable id for the person (not the CPR number)
 * @property {string} name the full name, as the header and the person step show it
 * @property {string} cpr ten digits, DDMMYYSSSS
 * @property {string} address the folkeregisteradresse, as the library's sample addresses write it
 */

/** @type {readonly Citizen[]} */
export const CITIZENS = Object.freeze([
  Object.freeze({
    id: 'borger-bo',
    name: 'Bo Nørgaard Holm',
    cpr: '1203851237',
    address: 'Søndergade 3, 3. 12, 8000 Aarhus C',
  }),
  Object.freeze({
    id: 'borger-aase',
    name: 'Åse Kjærgaard Østergaard',
    cpr: '2407914326',
    address: 'Vestergade 12B, 2. tv., 8000 Aarhus C',
  }),
  Object.freeze({
    id: 'borger-soeren',
    name: 'Søren Æbeltoft Lund',
    cpr: '0505621117',
    address: 'Vestergade 12B, st. th., 8000 Aarhus C',
  }),
]);

/**
 * The citizen with this id, or null.
 * @param {unknown} id
 * @returns {Citizen | null}
 */
export function citizenById(id) {
  return CITIZENS.find((citizen) => citizen.id === id) ?? null;
}
