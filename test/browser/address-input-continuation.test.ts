// bf-address-input and suggestions that continue the search (`continues: true`), as the
// Adressevælger gives them: a street, then the street in one postcode, then a house number, then the
// address. In-memory providers and a fake clock; the addresses are made up, not register data.
import { aTimeout, expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/address-input.js';
import {
  ADDRESS_PROVIDER_TIMEOUT,
  ADDRESS_SEARCH_DELAY,
  type BfAddressInput,
} from '../../src/components/address-input/address-input.js';
import type { Address, AddressProvider, AddressSuggestion } from '../../src/address/address-provider.js';
import { AdressevaelgerProvider } from '../../src/address/adressevaelger-provider.js';
import type { FetchFunction } from '../../src/address/http-json.js';
import { fieldInForm } from '../../src/testing/index.js';
import { FakeClock } from '../../src/testing/fake-clock.js';
import { deepActiveElement, idReferenceProblems } from '../../src/testing/a11y.js';
import { ID, RECORDS, SEARCHES } from '../fixtures/adressevaelger-fixtures.mjs';

const ADDRESS_1: Address = {
  id: '00000000-0000-4000-8000-000000000001',
  street: 'Rådhuspladsen',
  houseNumber: '1',
  postcode: '1550',
  city: 'København V',
  municipalityCode: '0101',
  text: 'Rådhuspladsen 1, 1550 København V',
};
const ADDRESS_1TH: Address = {
  ...ADDRESS_1,
  id: '00000000-0000-4000-8000-000000000002',
  floor: '1',
  door: 'th',
  text: 'Rådhuspladsen 1, 1. th., 1550 København V',
};

/** What each text finds: streets narrow to a street in a postcode, which narrows to addresses. */
const STEPS: Readonly<Record<string, readonly AddressSuggestion[]>> = {
  Rådh: [
    { id: '', text: 'Rådhuspladsen', continues: true },
    { id: '', text: 'Rådhusstræde', continues: true },
  ],
  Rådhuspladsen: [
    { id: 'street-1550', text: 'Rådhuspladsen, 1550 København V', continues: true },
    { id: 'street-8000', text: 'Rådhuspladsen, 8000 Aarhus C', continues: true },
  ],
  'Rådhuspl 1': [
    { id: ADDRESS_1.id, text: ADDRESS_1.text },
    { id: '', text: 'Rådhuspladsen', continues: true },
  ],
  'Rådhuspladsen, 1550 København V': [
    { id: ADDRESS_1.id, text: ADDRESS_1.text },
    { id: ADDRESS_1TH.id, text: ADDRESS_1TH.text },
  ],
};

/** Answers from STEPS (asynchronously, as a service does), recording what it was asked. */
class NarrowingProvider implements AddressProvider {
  readonly asked: string[] = [];
  readonly resolved: string[] = [];

  async suggest(text: string): Promise<readonly AddressSuggestion[]> {
    this.asked.push(text);
    await Promise.resolve();
    return STEPS[text] ?? [];
  }

  async resolve(id: string): Promise<Address> {
    this.resolved.push(id);
    await Promise.resolve();
    const found = [ADDRESS_1, ADDRESS_1TH].find((a) => a.id === id);
    if (!found) throw new Error('unknown id');
    return found;
  }
}

/** Like NarrowingProvider, but each search answers only when the test says so (or fails). */
class DeferredNarrowingProvider implements AddressProvider {
  readonly calls: {
    text: string;
    answer: (found: readonly AddressSuggestion[]) => void;
    fail: (error: Error) => void;
  }[] = [];

  suggest(text: string): Promise<readonly AddressSuggestion[]> {
    return new Promise((answer, fail) => this.calls.push({ text, answer, fail }));
  }

  resolve(): Promise<Address> {
    return Promise.reject(new Error('not asked for in these tests'));
  }
}

interface Setup {
  form: HTMLFormElement;
  control: BfAddressInput;
  clock: FakeClock;
  input: HTMLInputElement;
  root: ShadowRoot;
}

async function settle(control: BfAddressInput): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await aTimeout(0);
    await control.updateComplete;
  }
}

async function field(provider: AddressProvider, required = false): Promise<Setup> {
  const { form, control, input } = await fieldInForm<BfAddressInput>(
    html`<bf-address-input name="adresse" label="Adresse" ?required=${required}></bf-address-input>`,
    'bf-address-input',
    'da',
    '#control',
  );
  const clock = new FakeClock();
  control.clock = clock;
  control.provider = provider;
  await control.updateComplete;
  return { form, control, clock, input, root: control.shadowRoot! };
}

async function search(setup: Setup, text: string): Promise<void> {
  setup.input.focus();
  await sendKeys({ type: text });
  setup.clock.advance(ADDRESS_SEARCH_DELAY);
  await settle(setup.control);
}

/** ↓ as often as needed to mark the option at `index`, then Enter. */
async function chooseByKey(setup: Setup, index: number): Promise<void> {
  for (let i = 0; i <= index; i++) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await settle(setup.control);
}

const texts = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('[role="option"]')].map((o) => o.textContent.trim());
const announced = (root: ShadowRoot) =>
  (root.querySelector('.visually-hidden[role="status"]')?.textContent ?? '').trim();

describe('bf-address-input: suggestions that continue the search', () => {
  it('Enter on a street puts it in the box and searches again at once: new list, count announced, focus stays', async () => {
    const provider = new NarrowingProvider();
    const setup = await field(provider);
    await search(setup, 'Rådh');
    expect(texts(setup.root)).to.deep.equal(['Rådhuspladsen', 'Rådhusstræde']);
    await chooseByKey(setup, 0);
    expect(setup.input.value).to.equal('Rådhuspladsen');
    expect(provider.asked, 'asked at once, without waiting for a pause').to.deep.equal([
      'Rådh',
      'Rådhuspladsen',
    ]);
    expect(provider.resolved, 'a step is never resolved').to.deep.equal([]);
    expect(texts(setup.root)).to.deep.equal([
      'Rådhuspladsen, 1550 København V',
      'Rådhuspladsen, 8000 Aarhus C',
    ]);
    expect(setup.input.getAttribute('aria-expanded')).to.equal('true');
    expect(setup.input.hasAttribute('aria-activedescendant'), 'no option active in the new list').to.equal(
      false,
    );
    expect(announced(setup.root)).to.equal('2 adresser fundet');
    expect(deepActiveElement()).to.equal(setup.input);
    expect(setup.control.value, 'a street is not an address').to.equal('');
    expect(idReferenceProblems(setup.root)).to.deep.equal([]);
  });

  it('narrows by key from street to street in a postcode to an address, which is then chosen and resolved', async () => {
    const provider = new NarrowingProvider();
    const setup = await field(provider);
    const events: string[] = [];
    setup.control.addEventListener('input', () => events.push('input'));
    setup.control.addEventListener('change', () => events.push('change'));
    await search(setup, 'Rådh');
    events.length = 0;
    await chooseByKey(setup, 0);
    await chooseByKey(setup, 0);
    expect(setup.input.value).to.equal('Rådhuspladsen, 1550 København V');
    expect(texts(setup.root)).to.deep.equal([ADDRESS_1.text, ADDRESS_1TH.text]);
    expect(events, 'each step is an edit of the text; change waits for the field to be left').to.deep.equal([
      'input',
      'input',
    ]);
    await chooseByKey(setup, 1);
    expect(provider.resolved).to.deep.equal([ADDRESS_1TH.id]);
    expect(setup.control.value).to.equal(ADDRESS_1TH.text);
    expect(setup.input.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(setup.input);
    expect(events).to.deep.equal(['input', 'input', 'input', 'change']);
    expect([...new FormData(setup.form)]).to.deep.include.members([
      ['adresse-id', ADDRESS_1TH.id],
      ['adresse-floor', '1'],
      ['adresse-municipality-code', '0101'],
    ]);
  });

  it('a click (pointer up) on a street narrows the same way, and focus stays in the box', async () => {
    const provider = new NarrowingProvider();
    const setup = await field(provider);
    await search(setup, 'Rådh');
    const option = setup.root.querySelectorAll('[role="option"]')[0];
    const r = option.getBoundingClientRect();
    try {
      await sendMouse({
        type: 'click',
        position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
      });
      await settle(setup.control);
    } finally {
      await resetMouse();
    }
    expect(setup.input.value).to.equal('Rådhuspladsen');
    expect(provider.asked).to.deep.equal(['Rådh', 'Rådhuspladsen']);
    expect(texts(setup.root)).to.deep.equal([
      'Rådhuspladsen, 1550 København V',
      'Rådhuspladsen, 8000 Aarhus C',
    ]);
    expect(announced(setup.root)).to.equal('2 adresser fundet');
    expect(deepActiveElement()).to.equal(setup.input);
  });

  it('empties the announcement while it searches again, so the same count is told anew', async () => {
    const provider = new DeferredNarrowingProvider();
    const setup = await field(provider);
    await search(setup, 'Rådh');
    provider.calls[0].answer(STEPS['Rådh']);
    await settle(setup.control);
    expect(announced(setup.root)).to.equal('2 adresser fundet');
    await chooseByKey(setup, 0);
    expect(provider.calls.map((c) => c.text)).to.deep.equal(['Rådh', 'Rådhuspladsen']);
    expect(announced(setup.root), 'nothing announced while the new search runs').to.equal('');
    expect(setup.input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(deepActiveElement()).to.equal(setup.input);
    provider.calls[1].answer(STEPS['Rådhuspladsen']);
    await settle(setup.control);
    expect(announced(setup.root)).to.equal('2 adresser fundet');
    expect(texts(setup.root)).to.deep.equal([
      'Rådhuspladsen, 1550 København V',
      'Rådhuspladsen, 8000 Aarhus C',
    ]);
  });

  it('a step that finds nothing announces "Ingen adresser fundet" and closes the list', async () => {
    const provider = new NarrowingProvider();
    const setup = await field(provider);
    await search(setup, 'Rådh');
    await chooseByKey(setup, 1); // Rådhusstræde: nothing in STEPS
    expect(setup.input.value).to.equal('Rådhusstræde');
    expect(announced(setup.root)).to.equal('Ingen adresser fundet');
    expect(setup.input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('a step whose new search fails or times out opens the manual fields with the notice, as typing does', async () => {
    const provider = new DeferredNarrowingProvider();
    const setup = await field(provider);
    await search(setup, 'Rådh');
    provider.calls[0].answer(STEPS['Rådh']);
    await settle(setup.control);
    await chooseByKey(setup, 0);
    setup.clock.advance(ADDRESS_PROVIDER_TIMEOUT);
    await settle(setup.control);
    expect(setup.control.searchAvailable).to.equal(false);
    expect(setup.root.querySelector('[part~="notice"]')?.textContent.trim()).to.equal(
      'Vi kan ikke søge efter adresser lige nu. Skriv adressen selv.',
    );
    expect(setup.root.querySelector<HTMLInputElement>('#street')?.value).to.equal('Rådhuspladsen');
    expect(deepActiveElement()).to.equal(setup.input);
  });

  it('a chosen street is not an answer: a required field says no address was chosen', async () => {
    const setup = await field(new NarrowingProvider(), true);
    await search(setup, 'Rådh');
    await chooseByKey(setup, 0);
    expect(setup.control.checkValidity()).to.equal(false);
    expect(setup.control.entryCheck).to.deep.equal({ ok: false, code: 'notChosen', part: 'search' });
  });

  it('choosing a step after an address was chosen drops that address', async () => {
    const setup = await field(new NarrowingProvider());
    await search(setup, 'Rådhuspl 1'); // a list of an address and a street
    await chooseByKey(setup, 0);
    expect(setup.control.value).to.equal(ADDRESS_1.text);
    await chooseByKey(setup, 1); // ↓ opens the same list again; the street is second
    expect(setup.input.value).to.equal('Rådhuspladsen');
    expect(setup.control.value).to.equal('');
    expect(setup.control.address).to.equal(null);
    expect([...new FormData(setup.form)]).to.deep.equal([['adresse', '']]);
    expect(texts(setup.root)).to.deep.equal([
      'Rådhuspladsen, 1550 København V',
      'Rådhuspladsen, 8000 Aarhus C',
    ]);
  });
});

/** A `fetch` that answers from the Adressevælger fixtures (the shapes the sources show), in the page. */
const fixtureFetch: FetchFunction = (input) => {
  const url = new URL(input, location.href);
  const [, endpoint, action] = url.pathname.split('/').map(decodeURIComponent) as [
    string,
    'adresser' | 'husnumre',
    string,
  ];
  if (action === 'soeg') {
    const hits = SEARCHES[endpoint][(url.searchParams.get('tekst') ?? '').toLocaleLowerCase('da')] ?? [];
    const fund = hits
      .filter((hit) => !hit._foreloebig)
      .map((hit) => Object.fromEntries(Object.entries(hit).filter(([key]) => !key.startsWith('_'))));
    return Promise.resolve(Response.json({ status: 'ok', beskrivelse: '', fund }));
  }
  const record = RECORDS[endpoint][action];
  return Promise.resolve(record ? Response.json(record) : new Response('', { status: 404 }));
};

/** Lets the field settle until `check` holds (reading a `Response` body takes a task or more in Firefox). */
async function until(setup: Setup, check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await settle(setup.control);
}

describe('bf-address-input with the AdressevaelgerProvider (fixture answers, no network)', () => {
  it('walks street → street in a postcode → house number → address, and submits the municipality code', async () => {
    const setup = await field(new AdressevaelgerProvider({ baseUrl: '', fetch: fixtureFetch }));
    /** Waits for the list that follows, then checks it. */
    const listed = async (expected: string[]) => {
      await until(setup, () => texts(setup.root).join('|') === expected.join('|'));
      expect(texts(setup.root)).to.deep.equal(expected);
    };
    await search(setup, 'Rådh');
    await listed(['Rådhuspladsen', 'Rådhusstræde']);
    await chooseByKey(setup, 0);
    await listed(['Rådhuspladsen 1550 København V', 'Rådhuspladsen 8000 Aarhus C']);
    await chooseByKey(setup, 0);
    await listed(['Rådhuspladsen 1, 1550 København V', 'Rådhuspladsen 2, 1550 København V']);
    await chooseByKey(setup, 0);
    expect(setup.input.value).to.equal('Rådhuspladsen 1, 1550 København V');
    await listed(['Rådhuspladsen 1, 1550 København V', 'Rådhuspladsen 1, 1. th, 1550 København V']);
    expect(setup.control.value, 'a house number with units is still a step').to.equal('');
    await chooseByKey(setup, 1);
    await until(setup, () => setup.control.value !== '');
    expect(setup.control.value).to.equal('Rådhuspladsen 1, 1. th, 1550 København V');
    expect([...new FormData(setup.form)]).to.deep.equal([
      ['adresse', 'Rådhuspladsen 1, 1. th, 1550 København V'],
      ['adresse-id', ID.address1th],
      ['adresse-street', 'Rådhuspladsen'],
      ['adresse-house-number', '1'],
      ['adresse-floor', '1'],
      ['adresse-door', 'th'],
      ['adresse-postcode', '1550'],
      ['adresse-city', 'København V'],
      ['adresse-municipality-code', '0101'],
    ]);
    expect(deepActiveElement()).to.equal(setup.input);
  });
});
