import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/cvr-input.js';
import type { BfCvrInput } from '../src/components/cvr-input/cvr-input.js';
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
  width: string;
}

const TAG = 'bf-cvr-input';

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/CVR-nummer (bf-cvr-input)',
  component: 'bf-cvr-input',
  args: {
    label: 'CVR-nummer',
    hint: '',
    name: 'cvr',
    value: '',
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
      html`<bf-cvr-input label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} width=${a.width || nothing} ?required=${a.required} ?disabled=${a.disabled}
    ?readonly=${a.readonly} error=${a.error || nothing}></bf-cvr-input>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => rendered<BfCvrInput>(canvas, TAG);
const submitted = async (canvas: HTMLElement) => submitAndWait(await fieldIn(canvas));

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowText(field, 'label')).toBe('CVR-nummer (frivilligt)');
    await expect(field.shadowRoot!.querySelector('input')!.inputMode).toBe('numeric');
  },
};

export const WithHint: Story = {
  args: { hint: 'Virksomhedens CVR-nummer står på virk.dk' },
  play: expectPartText(TAG, 'hint', 'Virksomhedens CVR-nummer står på virk.dk'),
};

export const RequiredAfterSubmit: Story = {
  args: { required: true },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Indtast CVR-nummer'),
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
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(new FormData(field.closest('form')!).get('cvr')).toBe('13748136');
  },
};

export const ServerError: Story = {
  args: { value: '13748136', error: 'Vi kan ikke finde virksomheden i CVR-registret. Tjek CVR-nummeret' },
  play: expectPartText(
    TAG,
    'error',
    'Fejl: Vi kan ikke finde virksomheden i CVR-registret. Tjek CVR-nummeret',
  ),
};

export const Disabled: Story = {
  args: { disabled: true, value: '13748136' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(field.shadowRoot!.querySelector('input')!.disabled).toBe(true);
  },
};

export const Readonly: Story = {
  args: { readonly: true, value: '13748136' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(field.shadowRoot!.querySelector('input')!.readOnly).toBe(true);
  },
};

export const LongDanishWords: Story = {
  args: {
    label: 'Arbejdsgiverens virksomhedsregistreringsnummer (CVR-nummer)',
    hint: 'Sundhedsforsikringsbevis og arbejdsmarkedsbidragsopgørelse viser arbejdsgiverens CVR-nummer',
    required: true,
    value: '13748137',
  },
  play: expectReflowAfterSubmit(TAG),
};

export const Narrow320: Story = {
  parameters: narrowParameters,
  render: () =>
    narrowWrapper(
      'da',
      html`<bf-cvr-input label="Arbejdsgiverens CVR-nummer" name="cvr" value="13748137"
    required></bf-cvr-input>`,
    ),
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe(
      'Fejl: Tjek CVR-nummeret. Der er et ciffer, der ikke passer',
    );
    await expectReflow(field, 320);
  },
};

export const English: Story = {
  args: { lang: 'en', label: 'CVR number', required: true, value: '13748137' },
  play: expectErrorAfterSubmit(TAG, 'Error: Check the CVR number. One of the digits is wrong'),
};
