// bf-address-input with in-memory providers and a fake clock: no network, no real waiting.
// The addresses are made-up samples in DAR's format, not register data.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/address-input.js';
import {
  ADDRESS_PROVIDER_TIMEOUT,
  ADDRESS_SEARCH_DELAY,
  type BfAddressInput,
} from '../../src/components/address-input/address-input.js';
import {
  AddressProviderError,
  type Address,
  type AddressProvider,
  type AddressSuggestion,
} from '../../src/address/address-provider.js';
import { OfflineAddressProvider } from '../../src/address/offline-address-provider.js';
import { fieldInForm, runFormControlSuite, shownError } from '../../src/testing/index.js';
import { FakeClock } from '../../src/testing/fake-clock.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
} from '../../src/testing/a11y.js';

function address(
  n: number,
  street: string,
  houseNumber: string,
  postcode: string,
  city: string,
  text: string,
  extra: Partial<Address> = {},
): Address {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    street,
    houseNumber,
    postcode,
    city,
    text,
    municipalityCode: '0101',
    ...extra,
  };
}

const ADDRESSES: readonly Address[] = [
  address(1, 'Rådhuspladsen', '1', '1550', 'København V', 'Rådhuspladsen 1, 1550 København V'),
  address(2, 'Rådhuspladsen', '1', '1550', 'København V', 'Rådhuspladsen 1, 1. th., 1550 København V', {
    floor: '1',
    door: 'th',
  }),
  address(3, 'Rådhuspladsen', '2', '8000', 'Aarhus C', 'Rådhuspladsen 2, 8000 Aarhus C', {
    municipalityCode: '0751',
  }),
  address(4, 'Vestergade', '12B', '8000', 'Aarhus C', 'Vestergade 12B, 2. tv., 8000 Aarhus C', {
    floor: '2',
    door: 'tv',
    municipalityCode: '0751',
  }),
];

/** The offline provider over ADDRESSES, recording what it was asked. */
class MemoryProvider extends OfflineAddressProvider {
  readonly asked: { text: string; signal: AbortSignal }[] = [];
  readonly postcodes: string[] = [];

  constructor(addresses: readonly Address[] = ADDRESSES) {
    super(addresses);
  }

  override suggest(text: string, signal: AbortSignal): Promise<readonly AddressSuggestion[]> {
    this.asked.push({ text, signal });
    return super.suggest(text, signal);
  }

  override postcode(code: string, signal?: AbortSignal): Promise<string | undefined> {
    this.postcodes.push(code);
    return super.postcode(code, signal);
  }
}

/** Answers only when the test says so. */
class DeferredProvider implements AddressProvider {
  readonly calls: { text: string; signal: AbortSignal; answer: (found: AddressSuggestion[]) => void }[] = [];
  readonly #memory = new MemoryProvider();

  suggest(text: string, signal: AbortSignal): Promise<readonly AddressSuggestion[]> {
    return new Promise((answer) => this.calls.push({ text, signal, answer }));
  }

  resolve(id: string): Promise<Address> {
    return this.#memory.resolve(id);
  }
}

/** Fails every call, as a service that is down. */
class FailingProvider implements AddressProvider {
  calls = 0;
  suggest(): Promise<readonly AddressSuggestion[]> {
    this.calls++;
    return Promise.reject(new AddressProviderError('http', { status: 503 }));
  }
  resolve(): Promise<Address> {
    return Promise.reject(new AddressProviderError('http', { status: 503 }));
  }
}

/** Never answers; rejects with AbortError when aborted, as fetch does. */
class HangingProvider implements AddressProvider {
  readonly signals: AbortSignal[] = [];
  suggest(_text: string, signal: AbortSignal): Promise<readonly AddressSuggestion[]> {
    this.signals.push(signal);
    return new Promise((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  }
  resolve(): Promise<Address> {
    return new Promise(() => undefined);
  }
}

/** Lets pending promises and the element's update run. */
async function settle(control: BfAddressInput): Promise<void> {
  await aTimeout(0);
  await control.updateComplete;
  await aTimeout(0);
  await control.updateComplete;
}

interface Setup {
  form: HTMLFormElement;
  control: BfAddressInput;
  clock: FakeClock;
  input: HTMLInputElement;
  root: ShadowRoot;
}

/** The field in a form (`fieldInForm`), with a fake clock and `provider` set; its search box as `input`. */
async function field(
  markup: TemplateResult,
  provider: AddressProvider | null = new MemoryProvider(),
  lang = 'da',
): Promise<Setup> {
  const { form, control } = await fieldInForm<BfAddressInput>(markup, 'bf-address-input', lang, '#control');
  const clock = new FakeClock();
  control.clock = clock;
  control.provider = provider;
  await control.updateComplete;
  // The search box once the provider is set: a `manual` field has none before (typed by hand only).
  const input = control.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
  return { form, control, clock, input, root: control.shadowRoot! };
}

const basic = (attrs: { required?: boolean } = {}) =>
  html`<bf-address-input name="adresse" label="Adresse" ?required=${attrs.required ?? false}></bf-address-input>`;

/** Types into the search box and lets the pause pass. */
async function search(setup: Setup, text: string): Promise<void> {
  setup.input.focus();
  await sendKeys({ type: text });
  setup.clock.advance(ADDRESS_SEARCH_DELAY);
  await settle(setup.control);
}

/** Searches, marks the first suggestion (↓) and takes it (Enter), as a citizen does. */
async function chooseFirst(setup: Setup, text: string): Promise<void> {
  await search(setup, text);
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await settle(setup.control);
}

function options(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="option"]')];
}

function listbox(root: ShadowRoot): HTMLElement {
  return root.querySelector<HTMLElement>('[role="listbox"]')!;
}

function announced(root: ShadowRoot): string {
  return (root.querySelector('.visually-hidden[role="status"]')?.textContent ?? '').trim();
}

function notice(root: ShadowRoot): string {
  return (root.querySelector('[part~="notice"]')?.textContent ?? '').trim();
}

function partInput(root: ShadowRoot, part: string): HTMLInputElement | null {
  return root.querySelector<HTMLInputElement>(`#${part}`);
}

/** Types at the end of a field's text. */
async function typeInto(input: HTMLInputElement, text: string, control: BfAddressInput): Promise<void> {
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  await sendKeys({ type: text });
  await settle(control);
}

runFormControlSuite('bf-address-input', {
  validValue: 'Rådhuspladsen 1, 1550 København V',
  requiredMessage: {
    da: 'Vælg en adresse fra listen, eller skriv den selv',
    en: 'Choose an address from the list, or enter it yourself',
  },
  role: 'combobox',
  fill: async (control) => {
    const field = control as BfAddressInput;
    const clock = new FakeClock();
    field.provider = new MemoryProvider();
    field.clock = clock;
    field.focus();
    await sendKeys({ type: 'Rådhuspladsen 1 1550' });
    clock.advance(ADDRESS_SEARCH_DELAY);
    await settle(field);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(field);
  },
});

describe('bf-address-input', () => {
  describe('search (APG combobox with a listbox popup)', () => {
    it('renders a combobox in its own root: aria-expanded, aria-controls, aria-autocomplete, labelled by the label', async () => {
      const { input, root } = await field(basic());
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.getAttribute('aria-autocomplete')).to.equal('list');
      expect(root.getElementById(input.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal(
        'listbox',
      );
      expect(labelAndDescription(input)).to.deep.equal({
        name: 'Adresse (frivilligt)',
        description: 'Begynd at skrive, og vælg adressen på listen',
      });
      expect(listbox(root).hidden).to.equal(true);
      expect(
        root.querySelector('.visually-hidden[role="status"]'),
        'the live region is there before anything is announced',
      ).to.not.equal(null);
      expect(announced(root)).to.equal('');
    });

    it('T-3.5: typing "Rådhuspl" shows the options after the pause, and announces the count', async () => {
      const provider = new MemoryProvider();
      const setup = await field(basic(), provider);
      setup.input.focus();
      await sendKeys({ type: 'Rådhuspl' });
      setup.clock.advance(ADDRESS_SEARCH_DELAY - 1);
      await settle(setup.control);
      expect(provider.asked, 'nothing asked before the pause').to.have.length(0);
      setup.clock.advance(1);
      await settle(setup.control);
      expect(provider.asked.map((a) => a.text)).to.deep.equal(['Rådhuspl']);
      expect(options(setup.root).map((o) => o.textContent.trim())).to.deep.equal([
        'Rådhuspladsen 1, 1550 København V',
        'Rådhuspladsen 1, 1. th., 1550 København V',
        'Rådhuspladsen 2, 8000 Aarhus C',
      ]);
      expect(setup.input.getAttribute('aria-expanded')).to.equal('true');
      expect(listbox(setup.root).hidden).to.equal(false);
      expect(announced(setup.root)).to.equal('3 adresser fundet');
    });

    it('announces one address in the singular and none as "Ingen adresser fundet"; fewer than 2 characters asks nothing', async () => {
      const provider = new MemoryProvider();
      const setup = await field(basic(), provider);
      await search(setup, 'V');
      expect(provider.asked).to.have.length(0);
      await sendKeys({ type: 'estergade' });
      setup.clock.advance(ADDRESS_SEARCH_DELAY);
      await settle(setup.control);
      expect(announced(setup.root)).to.equal('1 adresse fundet');
      await sendKeys({ type: ' 99' });
      setup.clock.advance(ADDRESS_SEARCH_DELAY);
      await settle(setup.control);
      expect(announced(setup.root)).to.equal('Ingen adresser fundet');
      expect(options(setup.root)).to.have.length(0);
      expect(setup.input.getAttribute('aria-expanded')).to.equal('false');
    });

    it('T-3.5: ArrowDown then Enter fills the value, the postcode and the city; the list closes and focus stays', async () => {
      const setup = await field(basic());
      const events: string[] = [];
      setup.control.addEventListener('input', () => events.push('input'));
      setup.control.addEventListener('change', () => events.push('change'));
      await search(setup, 'Rådhuspl');
      events.length = 0;
      await sendKeys({ press: 'ArrowDown' });
      await setup.control.updateComplete;
      const first = options(setup.root)[0];
      expect(setup.input.getAttribute('aria-activedescendant')).to.equal(first.id);
      expect(first.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await settle(setup.control);
      expect(setup.control.value).to.equal('Rådhuspladsen 1, 1550 København V');
      expect(setup.input.value).to.equal('Rådhuspladsen 1, 1550 København V');
      expect(setup.control.address).to.include({
        postcode: '1550',
        city: 'København V',
        street: 'Rådhuspladsen',
        houseNumber: '1',
      });
      expect(setup.input.getAttribute('aria-expanded')).to.equal('false');
      expect(setup.input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(deepActiveElement()).to.equal(setup.input);
      expect(events).to.deep.equal(['input', 'change']);
      expect(setup.control.checkValidity()).to.equal(true);
    });

    it('ArrowDown and ArrowUp move through the options and wrap; ArrowUp on a closed list opens it at the last', async () => {
      const setup = await field(basic());
      await search(setup, 'Rådhuspl');
      const active = () => setup.input.getAttribute('aria-activedescendant');
      const ids = options(setup.root).map((o) => o.id);
      for (const expected of [ids[0], ids[1], ids[2], ids[0]]) {
        await sendKeys({ press: 'ArrowDown' });
        await setup.control.updateComplete;
        expect(active()).to.equal(expected);
      }
      await sendKeys({ press: 'ArrowUp' });
      await setup.control.updateComplete;
      expect(active()).to.equal(ids[2]);
      expect(
        options(setup.root)
          .filter((o) => o.getAttribute('aria-selected') === 'true')
          .map((o) => o.id),
      ).to.deep.equal([ids[2]]);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'ArrowUp' });
      await setup.control.updateComplete;
      expect(setup.input.getAttribute('aria-expanded')).to.equal('true');
      expect(active()).to.equal(ids[2]);
      await sendKeys({ press: 'Enter' });
      await settle(setup.control);
      expect(setup.control.value).to.equal('Rådhuspladsen 2, 8000 Aarhus C');
    });

    it('W-1.4.13: Escape closes the list and keeps focus and text; a second Escape empties the box', async () => {
      const setup = await field(basic());
      await search(setup, 'Rådhuspl');
      await sendKeys({ press: 'Escape' });
      await setup.control.updateComplete;
      expect(setup.input.getAttribute('aria-expanded')).to.equal('false');
      expect(listbox(setup.root).hidden).to.equal(true);
      expect(deepActiveElement()).to.equal(setup.input);
      expect(setup.input.value).to.equal('Rådhuspl');
      await sendKeys({ press: 'Escape' });
      await setup.control.updateComplete;
      expect(setup.input.value).to.equal('');
      expect(deepActiveElement()).to.equal(setup.input);
    });

    it('W-2.1.2: Tab closes the list and leaves the search box without choosing (no trap)', async () => {
      const setup = await field(basic());
      await search(setup, 'Rådhuspl');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await setup.control.updateComplete;
      expect(setup.input.getAttribute('aria-expanded')).to.equal('false');
      expect(setup.control.value).to.equal('');
      expect(deepActiveElement()).to.equal(setup.root.querySelector('[part~="manual-button"]'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(setup.form.querySelector('button'));
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActiveElement()).to.equal(setup.input);
    });

    it('drops a stale answer: the first request is aborted, and its late answer is ignored', async () => {
      const provider = new DeferredProvider();
      const setup = await field(basic(), provider);
      await search(setup, 'Rådh');
      await sendKeys({ type: 'uspladsen 2' });
      setup.clock.advance(ADDRESS_SEARCH_DELAY);
      await settle(setup.control);
      expect(provider.calls.map((c) => c.text)).to.deep.equal(['Rådh', 'Rådhuspladsen 2']);
      expect(provider.calls[0].signal.aborted, 'the older request is aborted').to.equal(true);
      expect(provider.calls[1].signal.aborted).to.equal(false);
      provider.calls[1].answer([{ id: ADDRESSES[2].id, text: ADDRESSES[2].text }]);
      await settle(setup.control);
      provider.calls[0].answer(ADDRESSES.slice(0, 3).map((a) => ({ id: a.id, text: a.text })));
      await settle(setup.control);
      expect(options(setup.root).map((o) => o.textContent.trim())).to.deep.equal([
        'Rådhuspladsen 2, 8000 Aarhus C',
      ]);
      expect(announced(setup.root)).to.equal('1 adresse fundet');
    });

    it('W-2.5.2, W-1.4.13: options can be hovered; pressing alone chooses nothing; a click (release) chooses', async () => {
      const setup = await field(basic());
      await search(setup, 'Rådhuspl');
      const centre = (el: Element): [number, number] => {
        const r = el.getBoundingClientRect();
        return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
      };
      try {
        await sendMouse({ type: 'move', position: centre(options(setup.root)[1]) });
        await setup.control.updateComplete;
        expect(setup.input.getAttribute('aria-expanded'), 'hovering keeps the list open').to.equal('true');
        await sendMouse({ type: 'down' });
        await settle(setup.control);
        expect(setup.control.value, 'pointer down alone does nothing').to.equal('');
        expect(deepActiveElement(), 'the press keeps focus in the search box').to.equal(setup.input);
        await sendMouse({ type: 'move', position: centre(setup.form.querySelector('button')!) });
        await sendMouse({ type: 'up' });
        await settle(setup.control);
        expect(setup.control.value, 'moving away before release cancels').to.equal('');
        await sendMouse({ type: 'move', position: centre(options(setup.root)[1]) });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'up' });
        await settle(setup.control);
        expect(setup.control.value).to.equal('Rådhuspladsen 1, 1. th., 1550 København V');
        expect(deepActiveElement()).to.equal(setup.input);
      } finally {
        await resetMouse();
      }
    });

    it('shows HTML in a suggestion as text', async () => {
      const markup = '<img src=x onerror="window.__bfAddressInjected=1">Rådhuspladsen 9';
      const provider = new MemoryProvider([address(9, 'Rådhuspladsen', '9', '1550', 'København V', markup)]);
      const setup = await field(basic(), provider);
      await search(setup, 'Rådhuspl');
      expect(options(setup.root)[0].textContent.trim()).to.equal(markup);
      expect(setup.root.querySelector('img')).to.equal(null);
      expect((window as unknown as { __bfAddressInjected?: number }).__bfAddressInjected).to.equal(undefined);
    });

    it('keeps every id reference in its own root, also aria-activedescendant', async () => {
      const setup = await field(basic());
      await search(setup, 'Rådhuspl');
      await sendKeys({ press: 'ArrowDown' });
      await setup.control.updateComplete;
      expect(idReferenceProblems(setup.root)).to.deep.equal([]);
      expect(setup.root.getElementById(setup.input.getAttribute('aria-activedescendant')!)).to.not.equal(
        null,
      );
    });
  });

  describe('value and FormData', () => {
    it('submits the display text under name, the id under name-id, and the parts (floor and door too)', async () => {
      const setup = await field(basic());
      await chooseFirst(setup, 'Rådhuspladsen 1 th');
      expect([...new FormData(setup.form)]).to.deep.equal([
        ['adresse', 'Rådhuspladsen 1, 1. th., 1550 København V'],
        ['adresse-id', '00000000-0000-4000-8000-000000000002'],
        ['adresse-street', 'Rådhuspladsen'],
        ['adresse-house-number', '1'],
        ['adresse-floor', '1'],
        ['adresse-door', 'th'],
        ['adresse-postcode', '1550'],
        ['adresse-city', 'København V'],
        ['adresse-municipality-code', '0101'],
      ]);
    });

    it('typing after choosing drops the chosen address', async () => {
      const setup = await field(basic());
      await chooseFirst(setup, 'Vestergade');
      expect(setup.control.value).to.not.equal('');
      await sendKeys({ press: 'Backspace' });
      await setup.control.updateComplete;
      expect(setup.control.value).to.equal('');
      expect(setup.control.address).to.equal(null);
      expect([...new FormData(setup.form)]).to.deep.equal([['adresse', '']]);
    });

    it('takes an address from the address property, and a value attribute as text only', async () => {
      const setup = await field(
        html`<bf-address-input name="adresse" label="Adresse" value="Flakhaven 2, 5000 Odense C"></bf-address-input>`,
      );
      expect([...new FormData(setup.form)]).to.deep.equal([['adresse', 'Flakhaven 2, 5000 Odense C']]);
      expect(setup.input.value).to.equal('Flakhaven 2, 5000 Odense C');
      setup.control.address = ADDRESSES[3]!;
      await setup.control.updateComplete;
      expect(setup.input.value).to.equal('Vestergade 12B, 2. tv., 8000 Aarhus C');
      expect(new FormData(setup.form).get('adresse-id')).to.equal(ADDRESSES[3].id);
      expect(new FormData(setup.form).get('adresse-door')).to.equal('tv');
    });

    it('saves the search text, the manual fields and the chosen address for back/forward, and restores them', async () => {
      const setup = await field(
        html`<bf-address-input name="adresse" label="Adresse" manual></bf-address-input>`,
      );
      await chooseFirst(setup, 'Vestergade');
      const saved = (setup.control as unknown as { formState: string }).formState;
      const other = await field(basic());
      other.control.formStateRestoreCallback(saved);
      await other.control.updateComplete;
      expect(other.input.value).to.equal('Vestergade 12B, 2. tv., 8000 Aarhus C');
      expect(partInput(other.root, 'door')!.value).to.equal('tv');
      expect([...new FormData(other.form)]).to.deep.equal([...new FormData(setup.form)]);
      other.control.formStateRestoreCallback('Flakhaven 2, 5000 Odense C'); // a plain value, as the base class saves it
      await other.control.updateComplete;
      expect(other.control.value).to.equal('Flakhaven 2, 5000 Odense C');
    });

    it('form.reset() empties the box, closes the manual fields and the notice', async () => {
      const setup = await field(basic(), new FailingProvider());
      await search(setup, 'Rådhuspl');
      expect(notice(setup.root)).to.not.equal('');
      setup.form.reset();
      await setup.control.updateComplete;
      expect(setup.input.value).to.equal('');
      expect(notice(setup.root)).to.equal('');
      expect(setup.root.querySelector('fieldset')).to.equal(null);
      expect([...new FormData(setup.form)]).to.deep.equal([['adresse', '']]);
    });
  });

  describe('required and not chosen', () => {
    for (const [lang, required, notChosen] of [
      [
        'da',
        'Vælg en adresse fra listen, eller skriv den selv',
        'Vælg en af adresserne på listen, eller skriv adressen selv',
      ],
      [
        'en',
        'Choose an address from the list, or enter it yourself',
        'Choose one of the addresses in the list, or enter the address yourself',
      ],
    ] as const) {
      it(`gives the required message, and the not-chosen message for typed text (${lang})`, async () => {
        const setup = await field(basic({ required: true }), new MemoryProvider(), lang);
        expect(setup.control.validity!.valueMissing).to.equal(true);
        setup.form.requestSubmit();
        await setup.control.updateComplete;
        expect(setup.control.validationMessage).to.equal(required);
        expect(setup.input.getAttribute('aria-invalid')).to.equal('true');
        await search(setup, 'Rådhuspl');
        expect(setup.control.validity!.badInput).to.equal(true);
        expect(setup.control.validationMessage).to.equal(notChosen);
        expect(shownError(setup.control)).to.equal(`${lang === 'da' ? 'Fejl:' : 'Error:'} ${notChosen}`);
      });
    }

    it('flags typed text that was never chosen even when optional, once the citizen leaves the field', async () => {
      const setup = await field(basic());
      await search(setup, 'Rådhuspl');
      await sendKeys({ press: 'Escape' });
      expect(shownError(setup.control), 'no error while typing').to.equal('');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await setup.control.updateComplete;
      expect(shownError(setup.control)).to.equal(
        'Fejl: Vælg en af adresserne på listen, eller skriv adressen selv',
      );
      expect(setup.form.checkValidity()).to.equal(false);
    });
  });

  describe('manual fields and a failing provider', () => {
    it('T-3.5: a rejecting provider shows the notice and the manual fields; focus stays in the search box; the text moves to the street', async () => {
      const provider = new FailingProvider();
      const setup = await field(basic(), provider);
      await search(setup, 'Rådhuspladsen 1');
      expect(provider.calls).to.equal(1);
      expect(notice(setup.root)).to.equal('Vi kan ikke søge efter adresser lige nu. Skriv adressen selv.');
      expect(setup.root.querySelector('fieldset legend')!.textContent.trim()).to.equal('Skriv adressen selv');
      expect(deepActiveElement()).to.equal(setup.input);
      expect(setup.input.value).to.equal('Rådhuspladsen 1');
      expect(partInput(setup.root, 'street')!.value).to.equal('Rådhuspladsen');
      expect(partInput(setup.root, 'houseNumber')!.value).to.equal('1');
      expect(setup.control.searchAvailable).to.equal(false);
    });

    it('a provider that gives no answer within 5 s is aborted and treated as failing', async () => {
      const provider = new HangingProvider();
      const setup = await field(basic(), provider);
      await search(setup, 'Rådhuspl');
      expect(provider.signals).to.have.length(1);
      setup.clock.advance(ADDRESS_PROVIDER_TIMEOUT - 1);
      await settle(setup.control);
      expect(notice(setup.root)).to.equal('');
      setup.clock.advance(1);
      await settle(setup.control);
      expect(provider.signals[0].aborted).to.equal(true);
      expect(notice(setup.root)).to.equal('Vi kan ikke søge efter adresser lige nu. Skriv adressen selv.');
      expect(partInput(setup.root, 'street')!.value).to.equal('Rådhuspl');
      expect(deepActiveElement()).to.equal(setup.input);
    });

    it('announces the notice in a live region that was there before it', async () => {
      const setup = await field(basic(), new FailingProvider());
      const region = setup.root.querySelector('[part~="notice"]')?.parentElement ?? null;
      expect(region, 'no notice yet').to.equal(null);
      const regions = [...setup.root.querySelectorAll('[role="status"]')];
      await search(setup, 'Rådhuspl');
      const notice = setup.root.querySelector('[part~="notice"]')!;
      expect(regions).to.include(notice.parentElement);
    });

    it('"Jeg kan ikke finde min adresse" opens the fields and moves focus to the street; the postcode fills the town', async () => {
      const provider = new MemoryProvider();
      const setup = await field(basic(), provider);
      const button = setup.root.querySelector<HTMLButtonElement>('[part~="manual-button"]')!;
      expect(button.textContent.trim()).to.equal('Jeg kan ikke finde min adresse');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(setup.control);
      expect(setup.root.querySelector('[part~="manual-button"]')).to.equal(null);
      expect(deepActiveElement()).to.equal(partInput(setup.root, 'street'));
      expect(notice(setup.root), 'no notice: the service works').to.equal('');
      await sendKeys({ type: 'Skolevej' });
      await typeInto(partInput(setup.root, 'houseNumber')!, '4 a', setup.control);
      await typeInto(partInput(setup.root, 'postcode')!, '8000', setup.control);
      expect(provider.postcodes).to.include('8000');
      const city = partInput(setup.root, 'city')!;
      expect(city.value).to.equal('Aarhus C');
      expect(city.readOnly).to.equal(false);
      expect(setup.control.value).to.equal('Skolevej 4A, 8000 Aarhus C');
      expect([...new FormData(setup.form)]).to.deep.equal([
        ['adresse', 'Skolevej 4A, 8000 Aarhus C'],
        ['adresse-street', 'Skolevej'],
        ['adresse-house-number', '4A'],
        ['adresse-floor', ''],
        ['adresse-door', ''],
        ['adresse-postcode', '8000'],
        ['adresse-city', 'Aarhus C'],
      ]);
      // The town stays editable, and a town the citizen wrote is never overwritten.
      await typeInto(city, ' (Midtby)', setup.control);
      partInput(setup.root, 'postcode')!.focus();
      partInput(setup.root, 'postcode')!.select();
      await sendKeys({ type: '1550' });
      await settle(setup.control);
      expect(city.value).to.equal('Aarhus C (Midtby)');
    });

    it('replaces a town it filled in when the postcode changes, and clears it for an unknown postcode', async () => {
      const setup = await field(
        html`<bf-address-input name="adresse" label="Adresse" manual></bf-address-input>`,
      );
      const postcode = partInput(setup.root, 'postcode')!;
      const city = partInput(setup.root, 'city')!;
      await typeInto(postcode, '8000', setup.control);
      expect(city.value).to.equal('Aarhus C');
      postcode.select();
      await sendKeys({ type: '1550' });
      await settle(setup.control);
      expect(city.value).to.equal('København V');
      postcode.select();
      await sendKeys({ type: '0998' }); // 0999 (København C) is in PostNord's table; 0998 is no postcode
      await settle(setup.control);
      expect(city.value).to.equal('');
    });

    it('gives each manual part its own message, above that field, and focuses it on submit', async () => {
      const setup = await field(
        html`<bf-address-input name="adresse" label="Adresse" manual required></bf-address-input>`,
      );
      // [part, what to type wrongly first ('' = leave empty), the message, the fix]
      const cases: [string, string, string, string][] = [
        ['street', '', 'Indtast vejnavn', 'Rådhuspladsen'],
        ['houseNumber', '', 'Skriv husnummeret som et tal, evt. med et bogstav, fx 12B', '1'],
        ['floor', 'øverst', 'Skriv etagen som st, kl eller et tal fra 1 til 99', '1'],
        ['door', 'højre', 'Skriv døren som th, tv, mf eller et tal, fx 4', 'th'],
        ['postcode', '155', 'Postnummeret skal være 4 cifre', '1550'],
      ];
      const send = setup.form.querySelector('button')!;
      send.click();
      await setup.control.updateComplete;
      expect(setup.control.validationMessage).to.equal('Vælg en adresse fra listen, eller skriv den selv');
      expect(deepActiveElement(), 'nothing typed: focus on the search box').to.equal(setup.input);
      await typeInto(partInput(setup.root, 'houseNumber')!, '12-14', setup.control); // the house number is wrong from the start
      for (const [part, wrong, message, fix] of cases) {
        if (wrong) await typeInto(partInput(setup.root, part)!, wrong, setup.control);
        send.click();
        await setup.control.updateComplete;
        expect(setup.control.validationMessage, part).to.equal(message);
        const input = partInput(setup.root, part)!;
        const wrapper = input.closest('[part~="manual-part"]')!;
        expect(wrapper.querySelector('[part~="error"]')!.textContent.replace(/\s+/gu, ' ').trim()).to.equal(
          `Fejl: ${message}`,
        );
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('error');
        expect(setup.input.hasAttribute('aria-invalid'), 'the search box is not marked').to.equal(false);
        expect(deepActiveElement(), `focus on ${part}`).to.equal(input);
        input.select();
        await sendKeys({ type: fix });
        await settle(setup.control);
      }
      expect(partInput(setup.root, 'city')!.value, 'filled from the postcode').to.equal('København V');
      expect(setup.control.checkValidity()).to.equal(true);
      expect(setup.control.value).to.equal('Rådhuspladsen 1, 1. th., 1550 København V');
    });

    it('choosing from the list while the manual fields are open fills them; editing a part drops the id', async () => {
      const setup = await field(
        html`<bf-address-input name="adresse" label="Adresse" manual></bf-address-input>`,
      );
      await chooseFirst(setup, 'Vestergade');
      expect(partInput(setup.root, 'door')!.value).to.equal('tv');
      expect(new FormData(setup.form).get('adresse-id')).to.equal(ADDRESSES[3].id);
      partInput(setup.root, 'door')!.focus();
      partInput(setup.root, 'door')!.select();
      await sendKeys({ type: 'th' });
      await settle(setup.control);
      expect(new FormData(setup.form).has('adresse-id')).to.equal(false);
      expect(setup.control.value).to.equal('Vestergade 12B, 2. th., 8000 Aarhus C');
    });

    it('disables the manual fields too inside a disabled fieldset, and leaves them out of FormData', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
        <bf-address-input name="adresse" label="Adresse" manual value="Rådhuspladsen 1, 1550 København V"
          .provider=${new MemoryProvider()}></bf-address-input>
      </fieldset></form>`);
      const control = form.querySelector('bf-address-input')!;
      await control.updateComplete;
      const natives = [...control.shadowRoot!.querySelectorAll<HTMLInputElement>('input, button')];
      expect(natives.length).to.equal(7);
      expect(natives.every((n) => n.disabled)).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([]);
      form.querySelector('fieldset')!.disabled = false;
      await control.updateComplete;
      expect(partInput(control.shadowRoot!, 'street')!.value, 'the value fills the manual fields').to.equal(
        'Rådhuspladsen',
      );
      expect(new FormData(form).get('adresse-postcode')).to.equal('1550');
    });

    it('without a provider, typing opens the manual fields with the notice and warns once', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        warnings.push(args.join(' '));
      };
      try {
        const setup = await field(
          html`<bf-address-input name="uden-udbyder" label="Adresse"></bf-address-input>`,
          null,
        );
        await search(setup, 'Rådhuspl');
        expect(notice(setup.root)).to.equal('Vi kan ikke søge efter adresser lige nu. Skriv adressen selv.');
        expect(partInput(setup.root, 'street')!.value).to.equal('Rådhuspl');
      } finally {
        console.warn = warn;
      }
      expect(
        warnings.some((w) => w.includes('<bf-address-input name="uden-udbyder"> has no provider')),
      ).to.equal(true);
    });
  });

  describe('1.3.5 input purpose', () => {
    it("gives the search box address-line1, and postcode and town their tokens, with the host's section", async () => {
      const setup = await field(
        html`<bf-address-input name="a" label="Adresse" manual autocomplete="shipping address-line1"></bf-address-input>`,
      );
      expect(setup.input.getAttribute('autocomplete')).to.equal('shipping address-line1');
      expect(partInput(setup.root, 'postcode')!.getAttribute('autocomplete')).to.equal(
        'shipping postal-code',
      );
      expect(partInput(setup.root, 'city')!.getAttribute('autocomplete')).to.equal('shipping address-level2');
      expect(partInput(setup.root, 'postcode')!.inputMode).to.equal('numeric');
      const plain = await field(basic());
      expect(plain.input.getAttribute('autocomplete')).to.equal('address-line1');
    });
  });

  describe('English under lang="en"', () => {
    it('announces, labels and explains in English', async () => {
      const setup = await field(basic(), new FailingProvider(), 'en');
      expect(setup.root.querySelector('[part~="manual-button"]')!.textContent.trim()).to.equal(
        'I cannot find my address',
      );
      expect(setup.root.querySelector('[part~="hint"]')!.textContent.trim()).to.equal(
        'Start typing, then choose the address from the list',
      );
      await search(setup, 'Rådhuspl');
      expect(notice(setup.root)).to.equal(
        'We cannot search for addresses right now. Enter the address yourself.',
      );
      expect(
        [...setup.root.querySelectorAll('[part~="manual-label"]')].map((l) =>
          l.textContent.replace(/\s+/gu, ' ').trim(),
        ),
      ).to.deep.equal([
        'Street name',
        'House number',
        'Floor (optional)',
        'Door (optional)',
        'Postcode',
        'Town',
      ]);
      const ok = await field(basic(), new MemoryProvider(), 'en');
      await search(ok, 'Rådhuspl');
      expect(announced(ok.root)).to.equal('3 addresses found');
      expect(listbox(ok.root).getAttribute('aria-label')).to.equal('Address suggestions');
    });
  });

  describe('axe', () => {
    it('passes with the list open', async () => {
      const setup = await field(basic({ required: true }));
      await search(setup, 'Rådhuspl');
      await sendKeys({ press: 'ArrowDown' });
      await setup.control.updateComplete;
      expect(setup.input.getAttribute('aria-expanded')).to.equal('true');
      await expect(setup.form).to.be.accessible();
    });

    it('passes with the list closed after choosing', async () => {
      const setup = await field(basic({ required: true }));
      await chooseFirst(setup, 'Rådhuspl');
      await expect(setup.form).to.be.accessible();
    });

    it("passes with the manual fields, the notice and a part's error", async () => {
      const setup = await field(basic({ required: true }), new FailingProvider());
      await search(setup, 'Rådhuspladsen 1');
      setup.form.requestSubmit();
      await setup.control.updateComplete;
      expect(shownError(setup.control)).to.contain('Indtast postnummer');
      await expect(setup.form).to.be.accessible();
    });
  });

  describe('accessibility tree (Chromium)', () => {
    itWithAccessibilityTree('shows a combobox named by the label, expanded, with the options', async () => {
      const setup = await field(
        html`<bf-address-input name="adresse" label="Din adresse" required></bf-address-input>`,
      );
      await search(setup, 'Rådhuspl');
      const [combobox] = await findAxNodes((n) => n.role === 'combobox' && n.name === 'Din adresse');
      expect(combobox, 'a combobox named "Din adresse"').to.exist;
      expect(combobox.description).to.equal('Begynd at skrive, og vælg adressen på listen');
      const listboxes = await findAxNodes((n) => n.role === 'listbox');
      expect(listboxes.map((n) => n.name)).to.deep.equal(['Forslag til adresser']);
      // The snapshot leaves out options (not "interesting" inside a control) unless kept.
      const names = (await findAxNodes((n) => n.role === 'option', options(setup.root))).map((n) => n.name);
      expect(names).to.deep.equal([
        'Rådhuspladsen 1, 1550 København V',
        'Rådhuspladsen 1, 1. th., 1550 København V',
        'Rådhuspladsen 2, 8000 Aarhus C',
      ]);
      await sendKeys({ press: 'Escape' });
      await setup.control.updateComplete;
      expect(await findAxNodes((n) => n.role === 'option')).to.have.length(0);
    });
  });
});
