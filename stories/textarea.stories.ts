import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/textarea.js';
import type { BfTextarea } from '../src/components/textarea/textarea.js';
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
  shadowText,
  submitAndWait,
  type ValueFieldArgs,
} from './support.js';

interface Args extends ValueFieldArgs {
  maxlength: number | undefined;
  rows: number;
}

const TAG = 'bf-textarea';

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Tekstområde (bf-textarea)',
  component: 'bf-textarea',
  args: {
    label: 'Beskrivelse',
    hint: '',
    name: 'beskrivelse',
    value: '',
    maxlength: undefined,
    rows: 5,
    required: false,
    disabled: false,
    readonly: false,
    error: '',
    lang: 'da',
  },
  argTypes: {
    lang: langArgType,
    maxlength: { control: 'number' },
    rows: { control: 'number' },
  },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-textarea label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} maxlength=${a.maxlength ?? nothing} rows=${a.rows} ?required=${a.required}
    ?disabled=${a.disabled} ?readonly=${a.readonly} error=${a.error || nothing}></bf-textarea>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => rendered<BfTextarea>(canvas, TAG);
const submitted = async (canvas: HTMLElement) => submitAndWait(await fieldIn(canvas));

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowText(field, 'label')).toBe('Beskrivelse (frivilligt)');
    await expect(field.shadowRoot!.querySelector('textarea')!.rows).toBe(5);
  },
};

export const WithHint: Story = {
  args: { label: 'Bemærkninger', hint: 'Skriv, hvis der er noget, vi skal vide om din ansøgning' },
  play: expectPartText(TAG, 'hint', 'Skriv, hvis der er noget, vi skal vide om din ansøgning'),
};

/** DKFDS *karakterbegrænsning*: the limit before typing. */
export const CharacterCount: Story = {
  args: { maxlength: 1000, hint: 'Fortæl kort, hvad du søger om', required: true },
  play: expectPartText(TAG, 'counter', 'Du kan indtaste op til 1.000 tegn'),
};

/** Text past the limit is kept; the count says how much too long it is. */
export const OverTheLimit: Story = {
  args: { maxlength: 20, value: 'Jeg har brug for en rampe ved hoveddøren 😀' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowText(field, 'counter')).toBe('Du har 22 tegn for meget');
    await expect(field.validity!.tooLong).toBe(true);
  },
};

/** After a submit attempt with text past the limit. */
export const OverTheLimitAfterSubmit: Story = {
  args: { maxlength: 20, value: 'Jeg har brug for en rampe ved hoveddøren' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Beskrivelse må højst være 20 tegn'),
};

/** The state after a submit attempt on an empty required field. */
export const RequiredAfterSubmit: Story = {
  args: { required: true, maxlength: 500, hint: 'Fortæl kort, hvad du søger om' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Indtast beskrivelse'),
};

/** A message from the server, shown at once (`error` attribute). */
export const ServerError: Story = {
  args: {
    value: 'Se vedhæftet fil',
    error: 'Beskriv din situation med egne ord. Du kan ikke henvise til en fil',
  },
  play: expectPartText(
    TAG,
    'error',
    'Fejl: Beskriv din situation med egne ord. Du kan ikke henvise til en fil',
  ),
};

export const Disabled: Story = {
  args: { disabled: true, value: 'Vi har brug for en rampe', maxlength: 500 },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(field.shadowRoot!.querySelector('textarea')!.disabled).toBe(true);
  },
};

export const Readonly: Story = {
  args: {
    readonly: true,
    value: 'Vi har brug for en rampe ved hoveddøren.\nDøren er 80 cm bred.',
    hint: 'Fra din tidligere ansøgning',
  },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(field.shadowRoot!.querySelector('textarea')!.readOnly).toBe(true);
  },
};

/** Long Danish compound words wrap; nothing overflows. */
export const LongDanishWords: Story = {
  args: {
    label: 'Beskrivelse af sundhedsforsikringsbevisets arbejdsskadeerstatningsforsikringsforhold',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
    required: true,
    maxlength: 2000,
  },
  play: expectReflowAfterSubmit(TAG),
};

/** At 320 px (WCAG 1.4.10 reflow), with an error and the count shown. */
export const Narrow320: Story = {
  args: { label: 'Sundhedsforsikringsbevis', hint: 'Beskriv, hvad der står på bagsiden af det gule kort' },
  parameters: narrowParameters,
  render: (a) =>
    narrowWrapper(
      'da',
      html`<bf-textarea label=${a.label} hint=${a.hint} name="bevis" maxlength="500"
    required></bf-textarea>`,
    ),
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expectReflow(field, 320);
    await expect(shadowText(field, 'counter')).toBe('Du kan indtaste op til 500 tegn');
  },
};

export const English: Story = {
  args: {
    lang: 'en',
    label: 'Description',
    required: true,
    maxlength: 200,
    hint: 'Tell us briefly what you are applying for',
  },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Error: Enter description');
    await expect(shadowText(field, 'counter')).toBe('You can enter up to 200 characters');
  },
};
