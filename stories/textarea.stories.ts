import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/textarea.js';
import type { BfTextarea } from '../src/components/textarea/textarea.js';
import {
  expectErrorAfterSubmit,
  expectPartText,
  formWrapper,
  langArgType,
  rendered,
  shadowText,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends ValueFieldArgs {
  maxlength: number | undefined;
  rows: number;
}

const TAG = 'bf-textarea';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Tekstområde (bf-textarea)',
  component: 'bf-textarea',
  args: valueFieldArgs('Beskrivelse', 'beskrivelse', { maxlength: undefined, rows: 5 }),
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
/** A check: the count below the text area reads `text`. */
const expectCounter = (text: string) => async (field: Element) =>
  expect(shadowText(field, 'counter')).toBe(text);

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowText(field, 'label')).toBe('Beskrivelse (frivilligt)');
    await expect(field.shadowRoot!.querySelector('textarea')!.rows).toBe(5);
  },
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

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Skriv, hvis der er noget, vi skal vide om din ansøgning',
  requiredError: 'Fejl: Indtast beskrivelse',
  serverError: {
    value: 'Se vedhæftet fil',
    error: 'Beskriv din situation med egne ord. Du kan ikke henvise til en fil',
  },
  filled: { value: 'Vi har brug for en rampe' },
  readonlyHint: 'Fra din tidligere ansøgning',
  longWords: {
    label: 'Beskrivelse af sundhedsforsikringsbevisets arbejdsskadeerstatningsforsikringsforhold',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
    maxlength: 2000,
  },
  narrow: {
    args: {
      label: 'Sundhedsforsikringsbevis',
      hint: 'Beskriv, hvad der står på bagsiden af det gule kort',
      name: 'bevis',
      maxlength: 500,
    },
    error: 'Fejl: Indtast sundhedsforsikringsbevis',
  },
  english: {
    args: { label: 'Description', maxlength: 200, hint: 'Tell us briefly what you are applying for' },
    error: 'Error: Enter description',
  },
  extra: {
    WithHint: { args: { label: 'Bemærkninger' } },
    RequiredAfterSubmit: { args: { maxlength: 500, hint: 'Fortæl kort, hvad du søger om' } },
    Disabled: { args: { maxlength: 500 } },
    Readonly: { args: { value: 'Vi har brug for en rampe ved hoveddøren.\nDøren er 80 cm bred.' } },
    Narrow320: { check: expectCounter('Du kan indtaste op til 500 tegn') },
    English: { check: expectCounter('You can enter up to 200 characters') },
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
