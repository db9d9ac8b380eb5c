import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/postcode-input.js';
import type { BfPostcodeInput } from '../src/components/postcode-input/postcode-input.js';
import {
  expectErrorAfterSubmit,
  formWrapper,
  langArgType,
  rendered,
  shadowText,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends ValueFieldArgs {
  municipality: string;
}

const TAG = 'bf-postcode-input';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Postnummer (bf-postcode-input)',
  component: 'bf-postcode-input',
  args: valueFieldArgs('Postnummer', 'postnummer', { municipality: '' }),
  argTypes: { lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-postcode-input label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} municipality=${a.municipality || nothing} ?required=${a.required}
    ?disabled=${a.disabled} ?readonly=${a.readonly} error=${a.error || nothing}></bf-postcode-input>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => rendered<BfPostcodeInput>(canvas, TAG);

/** Empty: the town beside it waits for a postcode. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    const input = field.shadowRoot!.querySelector('input')!;
    await expect([input.inputMode, input.autocomplete]).toEqual(['numeric', 'postal-code']);
    await expect(shadowText(field, 'town-label')).toBe('By');
    await expect(shadowText(field, 'city')).toBe('');
  },
};

/** 8000 from the server's `value`: "Aarhus C" beside it, and both in the form data. */
export const Filled: Story = {
  args: { value: '8000', required: true },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowText(field, 'city')).toBe('Aarhus C');
    const data = new FormData(field.closest('form')!);
    await expect([data.get('postnummer'), data.get('postnummer-city')]).toEqual(['8000', 'Aarhus C']);
  },
};

/** Letters, five digits or a pasted "DK-8000 Aarhus C" stay as typed, with the message. */
export const FormatError: Story = {
  args: { required: true, value: 'DK-8000 Aarhus C' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Postnummeret skal være 4 cifre'),
};

/** Four digits that are no Danish postcode (Greenland's 3900 is not in the table). */
export const UnknownError: Story = {
  args: { required: true, value: '3900' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Postnummeret findes ikke. Tjek, at du har skrevet det rigtigt'),
};

/** `municipality="0751"`: a postcode in Odense is not in Aarhus Kommune. */
export const OtherMunicipality: Story = {
  args: { required: true, municipality: '0751', value: '5000' },
  play: expectErrorAfterSubmit(
    TAG,
    'Fejl: Ansøgningen er kun for borgere i Aarhus Kommune. Tjek postnummeret',
  ),
};

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Postnummeret for den adresse, hvor arrangementet holdes',
  requiredError: 'Fejl: Indtast postnummer',
  serverError: { value: '8000', error: 'Vi kan ikke levere til dette postnummer endnu' },
  filled: { value: '2100' },
  longWords: {
    label: 'Postnummer for sommerhusudlejningsejendommens beliggenhedsadresse',
    hint: 'Beliggenhedsadressen står på ejendomsvurderingsmeddelelsen og ejendomsskattebilletten',
    value: '80000',
  },
  narrow: {
    args: { label: 'Postnummer', value: '0913', municipality: '0751' },
    error: 'Fejl: Ansøgningen er kun for borgere i Aarhus Kommune',
  },
  english: {
    args: { label: 'Postcode', value: '3900' },
    error: 'Error: The postcode does not exist. Check that you entered it correctly',
  },
  extra: {
    // The town stays readable at 320 px: "Københavns Pakkecent" wraps beside or under the input.
    Narrow320: {
      check: async (field) => {
        await expect(shadowText(field, 'city')).toBe('Københavns Pakkecent');
        const town = field.shadowRoot!.querySelector('[part~="town"]')!.getBoundingClientRect();
        await expect(town.right).toBeLessThanOrEqual(field.getBoundingClientRect().right + 1);
      },
    },
    English: { check: async (field) => expect(shadowText(field, 'town-label')).toBe('Town') },
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
