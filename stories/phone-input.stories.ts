import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/phone-input.js';
import type { BfPhoneInput } from '../src/components/phone-input/phone-input.js';
import {
  expectErrorAfterSubmit,
  expectPartText,
  expectReflow,
  expectReflowAfterSubmit,
  formWrapper,
  langArgType,
  narrowParameters,
  narrowWrapper,
  rendered,
  selectArgType,
  shadowText,
  submitAndWait,
  type ValueFieldArgs,
} from './support.js';

interface Args extends ValueFieldArgs {
  allowForeign: boolean;
  width: string;
}

const TAG = 'bf-phone-input';

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Telefonnummer (bf-phone-input)',
  component: 'bf-phone-input',
  args: {
    label: 'Telefonnummer',
    hint: '',
    name: 'telefon',
    value: '',
    allowForeign: false,
    width: '',
    required: false,
    disabled: false,
    readonly: false,
    error: '',
    lang: 'da',
  },
  argTypes: { width: selectArgType(['', '10', '20', 'full']), lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-phone-input label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} ?allow-foreign=${a.allowForeign} width=${a.width || nothing} ?required=${a.required}
    ?disabled=${a.disabled} ?readonly=${a.readonly} error=${a.error || nothing}></bf-phone-input>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => rendered<BfPhoneInput>(canvas, TAG);
const submitted = async (canvas: HTMLElement) => submitAndWait(await fieldIn(canvas));

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    const input = field.shadowRoot!.querySelector('input')!;
    await expect([input.type, input.autocomplete]).toEqual(['tel', 'tel']);
  },
};

export const WithHint: Story = {
  args: { hint: 'Vi ringer kun, hvis vi mangler oplysninger' },
  play: expectPartText(TAG, 'hint', 'Vi ringer kun, hvis vi mangler oplysninger'),
};

export const RequiredAfterSubmit: Story = {
  args: { required: true },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Indtast telefonnummer'),
};

export const FormatError: Story = {
  args: { required: true, value: '1234567' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Indtast et dansk telefonnummer med 8 cifre, fx 12 34 56 78'),
};

/** A foreign number in a field for Danish numbers only. */
export const NotDanishError: Story = {
  args: { required: true, value: '+46 70 123 45 67' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Indtast et dansk telefonnummer med 8 cifre'),
};

/** `allow-foreign` (DKFDS recommends it for forms for the general public): the number is submitted as E.164. */
export const AllowForeign: Story = {
  args: {
    allowForeign: true,
    required: true,
    value: '+46 70 123 45 67',
    hint: 'Ved et udenlandsk nummer skal du skrive landekoden først',
  },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(new FormData(field.closest('form')!).get('telefon')).toBe('+46701234567');
  },
};

export const AllowForeignFormatError: Story = {
  args: { allowForeign: true, required: true, value: '1234567' },
  play: expectErrorAfterSubmit(
    TAG,
    'Fejl: Indtast et telefonnummer med 8 cifre. Ved et udenlandsk nummer skal du skrive landekoden først, fx +46',
  ),
};

export const ServerError: Story = {
  args: {
    value: '12 34 56 78',
    error: 'Vi kunne ikke sende en sms til nummeret. Tjek, at du har skrevet det rigtigt',
  },
  play: expectPartText(
    TAG,
    'error',
    'Fejl: Vi kunne ikke sende en sms til nummeret. Tjek, at du har skrevet det rigtigt',
  ),
};

export const Disabled: Story = {
  args: { disabled: true, value: '12 34 56 78' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(field.shadowRoot!.querySelector('input')!.disabled).toBe(true);
  },
};

export const Readonly: Story = {
  args: { readonly: true, value: '12 34 56 78' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(field.shadowRoot!.querySelector('input')!.readOnly).toBe(true);
  },
};

export const LongDanishWords: Story = {
  args: {
    label: 'Telefonnummer til sundhedsforsikringsbevisindehaverens pårørendekontaktperson',
    hint: 'Arbejdsmarkedsbidragsopgørelsen og sundhedsforsikringsbeviset viser ikke telefonnummeret',
    required: true,
    value: '1234567',
  },
  play: expectReflowAfterSubmit(TAG),
};

export const Narrow320: Story = {
  parameters: narrowParameters,
  render: () =>
    narrowWrapper(
      'da',
      html`<bf-phone-input label="Pårørendes telefonnummer" name="telefon" value="1234567"
    allow-foreign required></bf-phone-input>`,
    ),
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toContain('landekoden først');
    await expectReflow(field, 320);
  },
};

export const English: Story = {
  args: { lang: 'en', label: 'Phone number', required: true, value: '1234567' },
  play: expectErrorAfterSubmit(TAG, 'Error: Enter a Danish phone number with 8 digits, like 12 34 56 78'),
};
