import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/date-input.js';
import type { BfDateInput } from '../src/components/date-input/date-input.js';
import {
  expectErrorAfterSubmit,
  expectReflow,
  formWrapper,
  langArgType,
  rendered,
  selectArgType,
  shadowText,
  shadowTextAt,
  submitAndWait,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends ValueFieldArgs {
  min: string;
  max: string;
  past: boolean;
  future: boolean;
  today: string;
  purpose: string;
}

const TAG = 'bf-date-input';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Datofelt (bf-date-input)',
  component: 'bf-date-input',
  args: valueFieldArgs('Fødselsdato', 'foedselsdato', {
    min: '',
    max: '',
    past: false,
    future: false,
    today: '',
    purpose: '',
  }),
  argTypes: {
    purpose: selectArgType(['', 'bday']),
    lang: langArgType,
  },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-date-input label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} min=${a.min || nothing} max=${a.max || nothing} ?past=${a.past} ?future=${a.future}
    today=${a.today || nothing} purpose=${a.purpose || nothing} ?required=${a.required} ?disabled=${a.disabled}
    ?readonly=${a.readonly} error=${a.error || nothing}></bf-date-input>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => rendered<BfDateInput>(canvas, TAG);
const submitted = async (canvas: HTMLElement) => submitAndWait(await fieldIn(canvas));
const partValues = (field: BfDateInput) =>
  ['day', 'month', 'year'].map((id) => (field.shadowRoot!.getElementById(id) as HTMLInputElement).value);
const markedParts = (field: Element) =>
  [...field.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')].map((input) => input.id);
/** A check: the parts marked invalid are `parts`. */
const expectMarked = (parts: string[]) => async (field: Element) => expect(markedParts(field)).toEqual(parts);
/** A check: the labels of day, month and year read `labels`. */
const expectPartLabels = (labels: string[]) => async (field: Element) =>
  expect([...field.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent)).toEqual(labels);

/** Three fields under one legend, with the format hint "For eksempel: 5 12 1985". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowTextAt(field, 'legend')).toBe('Fødselsdato (frivilligt)');
    await expect(shadowText(field, 'hint')).toBe('For eksempel: 5 12 1985');
    await expectPartLabels(['Dag', 'Måned', 'År'])(field);
  },
};

/** A birth date the browser may fill in (`purpose="bday"`), filled from `value`. */
export const BirthDate: Story = {
  args: { purpose: 'bday', past: true, value: '1985-12-05', required: true },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(partValues(field)).toEqual(['05', '12', '1985']);
    await expect(field.shadowRoot!.getElementById('year')!.getAttribute('autocomplete')).toBe('bday-year');
  },
};

/** 31-02-2024 after a submit attempt: only the day is marked. */
export const NotARealDate: Story = {
  args: { required: true, value: '2024-02-31' },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Fejl: Fødselsdato skal være en rigtig dato');
    await expect(markedParts(field)).toEqual(['day']);
  },
};

/** A date before `min`, after a submit attempt. */
export const BeforeMin: Story = {
  args: { label: 'Startdato', min: '2025-01-01', max: '2025-12-31', value: '2024-12-31' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Startdato skal være den 01-01-2025 eller senere'),
};

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Datoen står i din lejekontrakt. For eksempel: 1 8 2025',
  requiredError: 'Fejl: Indtast fødselsdato',
  serverError: {
    label: 'Flyttedato',
    value: '2025-08-01',
    error: 'Du kan ikke flytte til adressen før den 15-08-2025',
  },
  filled: { value: '1985-12-05' },
  readonlyHint: 'Hentet fra CPR-registret',
  longWords: {
    label: 'Udstedelsesdato for sundhedsforsikringsbeviset til ægtefællens arbejdsskadeerstatningsforsikring',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
  },
  narrow: {
    args: { label: 'Sundhedsforsikringsbevisets udløbsdato', name: 'udloeb', value: '2024-02-31' },
    error: 'Fejl: Sundhedsforsikringsbevisets udløbsdato skal være en rigtig dato',
  },
  english: {
    args: { label: 'Date of birth' },
    error: 'Error: Enter date of birth',
    hint: 'For example: 5 12 1985',
  },
  extra: {
    // A hint of the field's own replaces the format hint: put the example in it.
    WithHint: { args: { label: 'Indflytningsdato' } },
    // An empty required date and a server's error mark all three parts.
    RequiredAfterSubmit: { check: expectMarked(['day', 'month', 'year']) },
    ServerError: { check: expectMarked(['day', 'month', 'year']) },
    // The three parts reflow too.
    Narrow320: {
      check: async (field) => expectReflow(field.shadowRoot!.querySelector('[part~="control"]')!),
    },
    English: { check: expectPartLabels(['Day', 'Month', 'Year']) },
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
