import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/address-input.js';
import {
  ADDRESS_SEARCH_DELAY,
  type AddressClock,
  type BfAddressInput,
} from '../src/components/address-input/address-input.js';
import { AddressProviderError, type AddressProvider } from '../src/address/address-provider.js';
import { OfflineAddressProvider } from '../src/address/offline-address-provider.js';
import { sampleAddresses } from '../src/address/sample-addresses.js';
import {
  formWrapper,
  langArgType,
  narrowParameters,
  narrowWrapper,
  rendered,
  shadowTextAt,
  submitAndWait,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

type ProviderChoice = 'sample' | 'failing' | 'none';

interface Args extends ValueFieldArgs {
  provider: ProviderChoice;
  manual: boolean;
}

/** A service that is down: every call fails. */
const failingProvider: AddressProvider = {
  suggest: () => Promise.reject(new AddressProviderError('http', { status: 503 })),
  resolve: () => Promise.reject(new AddressProviderError('http', { status: 503 })),
};

function providerFor(choice: ProviderChoice): AddressProvider | null {
  if (choice === 'sample') return new OfflineAddressProvider(sampleAddresses);
  return choice === 'failing' ? failingProvider : null;
}

/** Timers the play function advances, so a story never waits for the 250 ms pause. */
class StepClock implements AddressClock {
  #timers: { at: number; callback: () => void }[] = [];
  #now = 0;
  setTimeout = (callback: () => void, ms: number) => {
    const timer = { at: this.#now + ms, callback };
    this.#timers.push(timer);
    return timer;
  };
  clearTimeout = (handle: unknown) => {
    this.#timers = this.#timers.filter((t) => t !== handle);
  };
  advance(ms: number): void {
    this.#now += ms;
    const due = this.#timers.filter((t) => t.at <= this.#now);
    this.#timers = this.#timers.filter((t) => t.at > this.#now);
    for (const timer of due) timer.callback();
  }
}

/**
 * Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. The
 * `provider` is a JS property: here `sample` is an `OfflineAddressProvider` over the sample
 * addresses shipped for demos (made up, not register data), `failing` a service that is down.
 */
const meta = {
  title: 'Felter/Adresse (bf-address-input)',
  component: 'bf-address-input',
  args: valueFieldArgs('Adresse', 'adresse', { provider: 'sample', manual: false }),
  argTypes: {
    provider: { control: 'inline-radio', options: ['sample', 'failing', 'none'] },
    lang: langArgType,
  },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-address-input label=${a.label} hint=${a.hint || nothing} name=${a.name} value=${a.value || nothing}
      .provider=${providerFor(a.provider)} ?manual=${a.manual} ?required=${a.required} ?disabled=${a.disabled}
      ?readonly=${a.readonly} error=${a.error || nothing}></bf-address-input>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const TAG = 'bf-address-input';

const fieldIn = (canvas: HTMLElement) => rendered<BfAddressInput>(canvas, TAG);
const submitted = async (canvas: HTMLElement) => submitAndWait(await fieldIn(canvas));
const searchBox = (field: Element) => field.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
const manualButton = (field: Element) =>
  field.shadowRoot!.querySelector<HTMLButtonElement>('[part~="manual-button"]');

/** Types into the search box and lets the pause pass. */
async function search(field: BfAddressInput, text: string): Promise<void> {
  const clock = new StepClock();
  field.clock = clock;
  await userEvent.type(searchBox(field), text);
  clock.advance(ADDRESS_SEARCH_DELAY);
}

/** Searches as `search` does and waits for the list of suggestions to open. */
async function searchUntilOpen(field: BfAddressInput, text: string): Promise<void> {
  await search(field, text);
  await waitFor(() => expect(searchBox(field).getAttribute('aria-expanded')).toBe('true'));
}

/** The search box with the default hint; "Jeg kan ikke finde min adresse" below it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(searchBox(field).getAttribute('role')).toBe('combobox');
    await expect(shadowTextAt(field, '[part~="hint"]')).toBe('Begynd at skrive, og vælg adressen på listen');
    await expect(shadowTextAt(field, '[part~="manual-button"]')).toBe('Jeg kan ikke finde min adresse');
  },
};

/** "Rådhuspl" typed: the list is open, the number found is announced, and ↓ marks the first. */
export const Suggestions: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await searchUntilOpen(field, 'Rådhuspl');
    await userEvent.keyboard('{ArrowDown}');
    const options = [...field.shadowRoot!.querySelectorAll('[role="option"]')];
    await expect(options.length).toBe(5);
    await expect(options[0].getAttribute('aria-selected')).toBe('true');
    await expect(shadowTextAt(field, '.visually-hidden[role="status"]')).toBe('5 adresser fundet');
  },
};

/** An address chosen from the list (Enter): its text, id and parts are submitted. */
export const Chosen: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await searchUntilOpen(field, 'Vestergade 12B 2');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(field.value).toBe('Vestergade 12B, 2. tv., 8000 Aarhus C'));
    const data = new FormData(field.closest('form')!);
    await expect([data.get('adresse-postcode'), data.get('adresse-city'), data.get('adresse-door')]).toEqual([
      '8000',
      'Aarhus C',
      'tv',
    ]);
  },
};

/** The manual fields open (`manual`); a postcode fills in the town, which stays editable. */
export const ManualFields: Story = {
  args: { manual: true },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    const root = field.shadowRoot!;
    await userEvent.type(root.querySelector<HTMLInputElement>('#street')!, 'Skolevej');
    await userEvent.type(root.querySelector<HTMLInputElement>('#houseNumber')!, '4');
    await userEvent.type(root.querySelector<HTMLInputElement>('#postcode')!, '8000');
    await waitFor(() => expect(root.querySelector<HTMLInputElement>('#city')!.value).toBe('Aarhus C'));
    await expect(field.value).toBe('Skolevej 4, 8000 Aarhus C');
  },
};

/** The manual fields after a failed submit: the first problem shows above its own field. */
export const ManualFieldError: Story = {
  args: { manual: true, required: true },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await userEvent.type(field.shadowRoot!.querySelector<HTMLInputElement>('#street')!, 'Skolevej');
    await submitted(canvasElement);
    const houseNumber = field.shadowRoot!.querySelector('[part~="manual-part"].houseNumber')!;
    await expect(houseNumber.querySelector('[part~="error"]')!.textContent.replace(/\s+/gu, ' ').trim()).toBe(
      'Fejl: Indtast husnummer',
    );
    await expect(houseNumber.querySelector('input')!.getAttribute('aria-invalid')).toBe('true');
  },
};

/**
 * Typed by hand only: no provider and `manual` (a page with no script of its own). The manual fields
 * are the whole field, a group named by the label; no search box and no button. Sent empty, the
 * street says "Indtast vejnavn" and takes focus.
 */
export const TypedByHand: Story = {
  args: { provider: 'none', manual: true, required: true },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    const root = field.shadowRoot!;
    await expect(root.querySelector('[role="combobox"]')).toBe(null);
    await expect(manualButton(field)).toBe(null);
    await expect(shadowTextAt(field, 'fieldset > legend')).toBe('Adresse');
    await submitted(canvasElement);
    const street = root.querySelector<HTMLInputElement>('#street')!;
    await expect(street.getAttribute('aria-invalid')).toBe('true');
    await expect(shadowTextAt(field, '[part~="manual-part"].street [part~="error"]')).toBe(
      'Fejl: Indtast vejnavn',
    );
  },
};

/** The service is down: the notice shows and the manual fields open with what was typed. */
export const ServiceDown: Story = {
  args: { provider: 'failing' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await search(field, 'Rådhuspladsen 1');
    await waitFor(() =>
      expect(shadowTextAt(field, '[part~="notice"]')).toBe(
        'Vi kan ikke søge efter adresser lige nu. Skriv adressen selv.',
      ),
    );
    await expect(field.shadowRoot!.querySelector<HTMLInputElement>('#street')!.value).toBe('Rådhuspladsen');
    await expect(field.shadowRoot!.querySelector<HTMLInputElement>('#houseNumber')!.value).toBe('1');
  },
};

/** At 320 px (WCAG 1.4.10 reflow), with the list open and the manual fields shown. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  render: () =>
    narrowWrapper(
      'da',
      html`<bf-address-input label="Sundhedsforsikringsbevisindehaverens adresse" name="adresse" manual
      .provider=${new OfflineAddressProvider(sampleAddresses)}></bf-address-input>`,
    ),
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await searchUntilOpen(field, 'Rådhuspl');
    await expect(field.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(field.scrollWidth).toBeLessThanOrEqual(field.clientWidth);
    const list = field.shadowRoot!.querySelector('[role="listbox"]')!;
    await expect(list.getBoundingClientRect().right).toBeLessThanOrEqual(
      field.getBoundingClientRect().right + 1,
    );
  },
};

// Its 320 px story opens the list of suggestions (above).
const standard = fieldStories<Args, 'Narrow320'>({
  tag: TAG,
  hint: 'Den adresse, du flytter til',
  requiredError: 'Fejl: Vælg en adresse fra listen, eller skriv den selv',
  serverError: {
    value: 'Rådhuspladsen 1, 1550 København V',
    error: 'Adressen ligger ikke i kommunen. Tjek, at du har valgt den rigtige',
  },
  filled: { value: 'Rådhuspladsen 1, 1550 København V' },
  longWords: {
    label: 'Sundhedsforsikringsbevisindehaverens folkeregisteradresse',
    hint: 'Sundhedsforsikringsbevisets bagside viser folkeregisteradressen under bopælsoplysningerne',
    manual: true,
  },
  english: {
    args: { label: 'Address' },
    error: 'Error: Choose an address from the list, or enter it yourself',
    hint: 'Start typing, then choose the address from the list',
  },
  extra: {
    // The host's own hint replaces the default one.
    WithHint: { args: { label: 'Din nye adresse' } },
    RequiredAfterSubmit: {
      check: async (field) => expect(searchBox(field).getAttribute('aria-invalid')).toBe('true'),
    },
    Disabled: { check: async (field) => expect(manualButton(field)!.disabled).toBe(true) },
    Readonly: { check: async (field) => expect(manualButton(field)).toBeNull() },
    LongDanishWords: {
      check: async (field) =>
        expect(shadowTextAt(field, '[part~="error"]')).toBe(
          'Fejl: Vælg en adresse fra listen, eller skriv den selv',
        ),
    },
    English: {
      check: async (field) =>
        expect(shadowTextAt(field, '[part~="manual-button"]')).toBe('I cannot find my address'),
    },
  },
});
// Storybook makes a test of a story only from its own `export const` (see stories/field-stories.ts).
export const WithHint = standard.WithHint;
export const RequiredAfterSubmit = standard.RequiredAfterSubmit;
export const ServerError = standard.ServerError;
export const Disabled = standard.Disabled;
export const Readonly = standard.Readonly;
export const LongDanishWords = standard.LongDanishWords;
export const English = standard.English;
