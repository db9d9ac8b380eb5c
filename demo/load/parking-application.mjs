// What one citizen of the load check does: the parking application ("Ansøg om beboerlicens til
// parkering", /parkering) as a browser without script sends it, step by step. Each step is one entry of
// `PARKING_STEPS`, so a new step (a login before the page, a second page) is one more entry. The
// answers are ones the server accepts (demo/validate-page.mjs): the prefilled values and the
// declaration as the page writes them, a start date from the page's own `today`, an address of the
// demo municipality (0751) from the library's sample addresses, posted as the address field posts it,
// and a small real PDF.
import { sampleAddresses } from '../../dist/address/sample-addresses.js';
import { formEntries } from '../../dist/components/address-input/address-state.js';
import { attribute, textOf } from './html-form.mjs';
import { StepError } from './citizen.mjs';
import { smallPdf } from './small-pdf.mjs';

export const PARKING_PATH = '/parkering';

/** The demo municipality's addresses (`municipality="0751"` on the page's address field). */
const MUNICIPALITY_ADDRESSES = sampleAddresses.filter((address) => address.municipalityCode === '0751');

/** `YYYY-MM-DD`, `days` after the ISO date `iso`. */
function daysAfter(iso, days) {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Citizen `index`'s answers to the page's form, in the page's order; `cpr`, when the form asks for a
 * CPR number (the logged-in citizen's own: `memory.cpr` from the demo login).
 * @param {number} index
 * @param {{ cpr?: string }} [memory]
 * @returns {(form: any) => Array<[string, string | Blob, string?]>}
 */
export function parkingAnswers(index, memory = {}) {
  return (form) => {
    const field = (name) => {
      const element = form.field(name);
      if (!element) throw new StepError(`POST ${PARKING_PATH}`, `the form has no field "${name}"`);
      return element;
    };
    const address = MUNICIPALITY_ADDRESSES[index % MUNICIPALITY_ADDRESSES.length];
    const plate = `${String.fromCharCode(65 + (index % 26))}B ${String(10_000 + (index % 90_000)).replace(/^(\d\d)/u, '$1 ')}`;
    const today = attribute(field('startdato'), 'today');
    if (!today) throw new StepError(`POST ${PARKING_PATH}`, 'the start date has no `today`');
    const pdf = new Blob([smallPdf(`Registreringsattest ${plate} (demo ${index})`)], {
      type: 'application/pdf',
    });
    return [
      ['navn', attribute(field('navn'), 'value') ?? ''],
      ['folkeregisteradresse', attribute(field('folkeregisteradresse'), 'value') ?? ''],
      ...(form.field('cpr') ? [['cpr', memory.cpr ?? '']] : []),
      ['telefon', `+452${String(index).padStart(7, '0')}`],
      ['email', `borger${index}@eksempel.dk`],
      ...formEntries('adresse', { value: address.text, manual: false, parts: null, chosen: address }),
      ['bil', 'egen'],
      ['registreringsnummer', plate],
      ['startdato', daysAfter(today, 7 + (index % 60))],
      ['varighed', index % 2 === 0 ? '12' : '6'],
      ['dokumentation', pdf, `registreringsattest-${index}.pdf`],
      ['erklaering', textOf(field('erklaering'))],
    ];
  };
}

/**
 * @typedef {object} Step
 * @property {string} name
 * @property {(citizen: import('./citizen.mjs').Citizen) => Promise<void>} run
 */

/**
 * The parking application, step by step, as a browser without script does it: the page, its
 * stylesheets and scripts, the draft the page asks for on load (`HttpDraftStore`: none yet, 204), the
 * application, and the receipt with its case reference (kept as `memory.reference`).
 * @type {Step[]}
 */
export const PARKING_STEPS = [
  { name: 'open the application', run: (citizen) => citizen.open(PARKING_PATH).then(() => {}) },
  { name: 'load its stylesheets and scripts', run: (citizen) => citizen.loadAssets() },
  {
    name: 'ask for a draft',
    run: async (citizen) => {
      const kind = 'GET /kladder/parkering';
      const { status } = await citizen.request(kind, new URL('/kladder/parkering', citizen.baseUrl).href);
      if (status !== 204 && status !== 200) throw new StepError(kind, `answered ${status}`);
    },
  },
  {
    name: 'send the application',
    run: async (citizen) => {
      const receipt = await citizen.submit(PARKING_PATH, parkingAnswers(citizen.index, citizen.memory), {
        followKind: 'GET receipt',
        onSend: () => (citizen.memory.sent = true), // sent once the POST leaves, whatever comes back
      });
      const reference = receipt.byClass('demo-reference');
      const text = reference ? reference.childNodes.map((node) => node.value ?? '').join('') : '';
      if (!/^EK-[0-9A-Z]{4}-[0-9A-Z]{4}$/u.test(text))
        throw new StepError(`POST ${PARKING_PATH}`, 'the receipt gives no case reference');
      citizen.memory.reference = text;
    },
  },
];
