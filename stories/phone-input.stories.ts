import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/phone-input.js';
import type { BfPhoneInput } from '../src/components/phone-input/phone-input.js';
import {
  expectErrorAfterSubmit,
  expectSubmitted,
  formWrapper,
  langArgType,
  rendered,
  selectArgType,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends ValueFieldArgs {
  allowForeign: boolean;
  width: string;
}

const TAG = 'bf-phone-input';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Telefonnummer (bf-phone-input)',
  component: 'bf-phone-input',
  args: valueFieldArgs('Telefonnummer', 'telefon', { allowForeign: false, width: '' }),
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

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    const input = field.shadowRoot!.querySelector('input')!;
    await expect([input.type, input.autocomplete]).toEqual(['tel', 'tel']);
  },
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
  play: expectSubmitted(TAG, 'telefon', '+46701234567'),
};

export const AllowForeignFormatError: Story = {
  args: { allowForeign: true, required: true, value: '1234567' },
  play: expectErrorAfterSubmit(
    TAG,
    'Fejl: Indtast et telefonnummer med 8 cifre. Ved et udenlandsk nummer skal du skrive landekoden først, fx +46',
  ),
};

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Vi ringer kun, hvis vi mangler oplysninger',
  requiredError: 'Fejl: Indtast telefonnummer',
  serverError: {
    value: '12 34 56 78',
    error: 'Vi kunne ikke sende en sms til nummeret. Tjek, at du har skrevet det rigtigt',
  },
  filled: { value: '12 34 56 78' },
  longWords: {
    label: 'Telefonnummer til sundhedsforsikringsbevisindehaverens pårørendekontaktperson',
    hint: 'Arbejdsmarkedsbidragsopgørelsen og sundhedsforsikringsbeviset viser ikke telefonnummeret',
    value: '1234567',
  },
  narrow: {
    args: { label: 'Pårørendes telefonnummer', value: '1234567', allowForeign: true },
    error: 'landekoden først',
  },
  english: {
    args: { label: 'Phone number', value: '1234567' },
    error: 'Error: Enter a Danish phone number with 8 digits, like 12 34 56 78',
  },
});
// Storybook makes a test of a story only from its own `export const` (see stories/field-stories.ts).
export const WithHint = standard.WithHint;
export const RequiredAfterSubmit = standard.RequiredAfterSubmit;
export const ServerError = standard.ServerError;
export const Disabled = standard.Disabled;
export const Readonly = standard.Readonly;
export const LongDanishWords = standard.LongDanishWords;
export const Narrow320 = standard.Narrow320;
export const English = standard.English;
