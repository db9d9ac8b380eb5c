import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/cpr-input.js';
import type { BfCprInput } from '../src/components/cpr-input/cpr-input.js';
import {
  expectErrorAfterSubmit,
  expectSubmitted,
  formWrapper,
  langArgType,
  rendered,
  selectArgType,
  shadowText,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends ValueFieldArgs {
  today: string;
  width: string;
}

const TAG = 'bf-cpr-input';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. Numbers are synthetic. */
const meta = {
  title: 'Felter/CPR-nummer (bf-cpr-input)',
  component: 'bf-cpr-input',
  args: valueFieldArgs('CPR-nummer', 'cpr', { today: '', width: '' }),
  argTypes: { width: selectArgType(['', '10', '20', 'full']), lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-cpr-input label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} today=${a.today || nothing} width=${a.width || nothing} ?required=${a.required}
    ?disabled=${a.disabled} ?readonly=${a.readonly} error=${a.error || nothing}></bf-cpr-input>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => rendered<BfCprInput>(canvas, TAG);

/** The format hint "Format: ddmmåå-xxxx" shows by default; the input asks for numbers and has no autofill. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowText(field, 'hint')).toBe('Format: ddmmåå-xxxx');
    const input = field.shadowRoot!.querySelector('input')!;
    await expect([input.inputMode, input.autocomplete]).toEqual(['numeric', 'off']);
  },
};

export const FormatError: Story = {
  args: { required: true, value: '01019-01234' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: CPR-nummeret skal være 10 cifre'),
};

/** 31 February 1990 does not exist. */
export const DateError: Story = {
  args: { required: true, value: '310290-1234' },
  play: expectErrorAfterSubmit(
    TAG,
    'Fejl: De første 6 cifre i CPR-nummeret skal være en rigtig dato (ddmmåå)',
  ),
};

/** With `today` fixed at 1 January 2024, a birth date on 2 January 2024 is in the future. */
export const FutureError: Story = {
  args: { required: true, value: '020124-4000', today: '2024-01-01' },
  play: expectErrorAfterSubmit(
    TAG,
    'Fejl: Fødselsdatoen i CPR-nummeret ligger i fremtiden. Tjek, at du har skrevet det rigtigt',
  ),
};

/** A valid number is submitted as DDMMYYSSSS. */
export const Filled: Story = {
  args: { required: true, value: '010190-1234' },
  play: expectSubmitted(TAG, 'cpr', '0101901234'),
};

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Står på barnets sundhedskort, fx 010120-4123',
  requiredError: 'Fejl: Indtast CPR-nummer',
  serverError: {
    value: '010190-1234',
    error: 'CPR-nummeret passer ikke med dit navn. Tjek, at du har skrevet det rigtigt',
  },
  filled: { value: '010190-1234' },
  longWords: {
    label: 'Sundhedsforsikringsbevisindehaverens personnummer (CPR-nummer)',
    hint: 'Sundhedsforsikringsbevisets bagside viser personnummeret under arbejdsmarkedsbidragsoplysningerne',
    value: '310290-1234',
  },
  narrow: {
    args: { label: 'Sundhedsforsikringsbevisindehaverens CPR-nummer', value: '31029' },
    error: 'Fejl: CPR-nummeret skal være 10 cifre',
  },
  english: {
    args: { label: 'CPR number' },
    error: 'Error: Enter CPR number',
    hint: 'Format: ddmmyy-xxxx',
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
