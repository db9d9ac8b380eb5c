import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/date-input.js';
import type { BfDateInput } from '../src/components/date-input/date-input.js';
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
  shadowTextAt,
  submitAndWait,
  type ValueFieldArgs,
} from './support.js';

interface Args extends ValueFieldArgs {
  min: string;
  max: string;
  past: boolean;
  future: boolean;
  today: string;
  purpose: string;
}

const TAG = 'bf-date-input';

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Datofelt (bf-date-input)',
  component: 'bf-date-input',
  args: {
    label: 'Fødselsdato',
    hint: '',
    name: 'foedselsdato',
    value: '',
    min: '',
    max: '',
    past: false,
    future: false,
    today: '',
    purpose: '',
    required: false,
    disabled: false,
    readonly: false,
    error: '',
    lang: 'da',
  },
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
const markedParts = (field: BfDateInput) =>
  [...field.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')].map((input) => input.id);

/** Three fields under one legend, with the format hint "For eksempel: 5 12 1985". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowTextAt(field, 'legend')).toBe('Fødselsdato (frivilligt)');
    await expect(shadowText(field, 'hint')).toBe('For eksempel: 5 12 1985');
    await expect([...field.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Dag',
      'Måned',
      'År',
    ]);
  },
};

/** A hint of the field's own replaces the format hint: put the example in it. */
export const WithHint: Story = {
  args: { label: 'Indflytningsdato', hint: 'Datoen står i din lejekontrakt. For eksempel: 1 8 2025' },
  play: expectPartText(TAG, 'hint', 'Datoen står i din lejekontrakt. For eksempel: 1 8 2025'),
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

/** The state after a submit attempt on an empty required date: all three parts marked. */
export const RequiredAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Fejl: Indtast fødselsdato');
    await expect(markedParts(field)).toEqual(['day', 'month', 'year']);
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

/** A message from the server, shown at once (`error` attribute). */
export const ServerError: Story = {
  args: {
    label: 'Flyttedato',
    value: '2025-08-01',
    error: 'Du kan ikke flytte til adressen før den 15-08-2025',
  },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Fejl: Du kan ikke flytte til adressen før den 15-08-2025');
    await expect(markedParts(field)).toEqual(['day', 'month', 'year']);
  },
};

export const Disabled: Story = {
  args: { disabled: true, value: '1985-12-05' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect([...field.shadowRoot!.querySelectorAll('input')].every((i) => i.disabled)).toBe(true);
  },
};

export const Readonly: Story = {
  args: { readonly: true, value: '1985-12-05', hint: 'Hentet fra CPR-registret' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect([...field.shadowRoot!.querySelectorAll('input')].every((i) => i.readOnly)).toBe(true);
  },
};

/** Long Danish compound words wrap; nothing overflows. */
export const LongDanishWords: Story = {
  args: {
    label: 'Udstedelsesdato for sundhedsforsikringsbeviset til ægtefællens arbejdsskadeerstatningsforsikring',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
    required: true,
  },
  play: expectReflowAfterSubmit(TAG),
};

/** At 320 px (WCAG 1.4.10 reflow), with an error shown. */
export const Narrow320: Story = {
  args: { label: 'Sundhedsforsikringsbevisets udløbsdato', required: true },
  parameters: narrowParameters,
  render: (a) =>
    narrowWrapper(
      'da',
      html`<bf-date-input label=${a.label} name="udloeb" value="2024-02-31"
    required></bf-date-input>`,
    ),
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe(
      'Fejl: Sundhedsforsikringsbevisets udløbsdato skal være en rigtig dato',
    );
    await expectReflow(field, 320);
    const control = field.shadowRoot!.querySelector('[part~="control"]')!;
    await expectReflow(control);
  },
};

export const English: Story = {
  args: { lang: 'en', label: 'Date of birth', required: true },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Error: Enter date of birth');
    await expect(shadowText(field, 'hint')).toBe('For example: 5 12 1985');
    await expect([...field.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Day',
      'Month',
      'Year',
    ]);
  },
};
