import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/cvr-input.js';
import type { BfCvrInput } from '../src/components/cvr-input/cvr-input.js';
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
  width: string;
}

const TAG = 'bf-cvr-input';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/CVR-nummer (bf-cvr-input)',
  component: 'bf-cvr-input',
  args: valueFieldArgs('CVR-nummer', 'cvr', { width: '' }),
  argTypes: { width: selectArgType(['', '10', '20', 'full']), lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-cvr-input label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} width=${a.width || nothing} ?required=${a.required} ?disabled=${a.disabled}
    ?readonly=${a.readonly} error=${a.error || nothing}></bf-cvr-input>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => rendered<BfCvrInput>(canvas, TAG);

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowText(field, 'label')).toBe('CVR-nummer (frivilligt)');
    await expect(field.shadowRoot!.querySelector('input')!.inputMode).toBe('numeric');
  },
};

export const FormatError: Story = {
  args: { required: true, value: '1374813' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: CVR-nummeret skal være 8 cifre'),
};

export const ChecksumError: Story = {
  args: { required: true, value: '13748137' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Tjek CVR-nummeret. Der er et ciffer, der ikke passer'),
};

/** Spaces and a DK prefix are fine; the form gets the 8 digits. */
export const Filled: Story = {
  args: { required: true, value: 'DK 13 74 81 36' },
  play: expectSubmitted(TAG, 'cvr', '13748136'),
};

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Virksomhedens CVR-nummer står på virk.dk',
  requiredError: 'Fejl: Indtast CVR-nummer',
  serverError: {
    value: '13748136',
    error: 'Vi kan ikke finde virksomheden i CVR-registret. Tjek CVR-nummeret',
  },
  filled: { value: '13748136' },
  longWords: {
    label: 'Arbejdsgiverens virksomhedsregistreringsnummer (CVR-nummer)',
    hint: 'Sundhedsforsikringsbevis og arbejdsmarkedsbidragsopgørelse viser arbejdsgiverens CVR-nummer',
    value: '13748137',
  },
  narrow: {
    args: { label: 'Arbejdsgiverens CVR-nummer', value: '13748137' },
    error: 'Fejl: Tjek CVR-nummeret. Der er et ciffer, der ikke passer',
  },
  english: {
    args: { label: 'CVR number', value: '13748137' },
    error: 'Error: Check the CVR number. One of the digits is wrong',
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
