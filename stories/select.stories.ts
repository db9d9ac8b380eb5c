import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/select.js';
import type { BfSelect } from '../src/components/select/select.js';
import {
  expectPartText,
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

type Args = ValueFieldArgs;

const TAG = 'bf-select';

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Dropdown (bf-select)',
  component: 'bf-select',
  args: {
    label: 'Kommune',
    hint: '',
    name: 'kommune',
    value: '',
    required: true,
    disabled: false,
    readonly: false,
    error: '',
    lang: 'da',
  },
  argTypes: { lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-select label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} ?required=${a.required} ?disabled=${a.disabled} ?readonly=${a.readonly}
    error=${a.error || nothing}>
      <bf-option value="0101">København</bf-option>
      <bf-option value="0751">Aarhus</bf-option>
      <bf-option value="0461">Odense</bf-option>
      <bf-option value="0851">Aalborg</bf-option>
    </bf-select>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const selectIn = (canvas: HTMLElement) => rendered<BfSelect>(canvas, TAG);
const submitted = async (canvas: HTMLElement) => submitAndWait(await selectIn(canvas));
const nativeIn = (control: BfSelect) => control.shadowRoot!.querySelector('select')!;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const control = await selectIn(canvasElement);
    await expect(shadowText(control, 'label')).toBe('Kommune');
    await expect(nativeIn(control).options[0].textContent).toBe('Vælg');
    await expect(nativeIn(control).value).toBe('');
  },
};

export const WithHint: Story = {
  args: { hint: 'Den kommune, du bor i' },
  play: expectPartText(TAG, 'hint', 'Den kommune, du bor i'),
};

/**
 * An optional list that arrives with a value (`value="0751"`, as a server sends an answer back): the
 * empty "Vælg" option stays, so the answer can be taken back. Only an option the host marks
 * `checked` (a preselected default) removes it.
 */
export const OptionalWithValue: Story = {
  args: { required: false, value: '0751' },
  play: async ({ canvasElement }) => {
    const control = await selectIn(canvasElement);
    await expect(shadowText(control, 'label')).toBe('Kommune (frivilligt)');
    await expect(nativeIn(control).options[0].textContent).toBe('Vælg');
    await expect(nativeIn(control).value).toBe('0751');
  },
};

/** The state after a submit attempt with nothing chosen. */
export const RequiredAfterSubmit: Story = {
  args: { hint: 'Den kommune, du bor i' },
  play: async ({ canvasElement }) => {
    const control = await submitted(canvasElement);
    await expect(shadowText(control, 'error')).toBe('Fejl: Vælg kommune');
    await expect(nativeIn(control).getAttribute('aria-invalid')).toBe('true');
  },
};

/** A message from the server, shown at once (`error` attribute). */
export const ServerError: Story = {
  args: {
    value: '0461',
    error: 'Du kan ikke søge i Odense Kommune fra denne side. Vælg den kommune, du bor i',
  },
  play: expectPartText(
    TAG,
    'error',
    'Fejl: Du kan ikke søge i Odense Kommune fra denne side. Vælg den kommune, du bor i',
  ),
};

export const Disabled: Story = {
  args: { disabled: true, value: '0101' },
  play: async ({ canvasElement }) => {
    const control = await selectIn(canvasElement);
    await expect(nativeIn(control).disabled).toBe(true);
  },
};

/** Read-only: the list holds only the chosen option. */
export const Readonly: Story = {
  args: { readonly: true, value: '0851', hint: 'Hentet fra CPR-registret' },
  play: async ({ canvasElement }) => {
    const control = await selectIn(canvasElement);
    await expect([...nativeIn(control).options].map((option) => option.textContent)).toEqual(['Aalborg']);
  },
};

/** Long Danish compound words wrap in the label and hint; the list itself stays within its width. */
export const LongDanishWords: Story = {
  render: () =>
    formWrapper(
      'da',
      html`<bf-select name="bevis" required
      label="Hvilket sundhedsforsikringsbevis har ægtefællens arbejdsskadeerstatningsforsikringsselskab udstedt?"
      hint="Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse">
      <bf-option value="gult">Det gule sundhedsforsikringsbevis med arbejdsskadeerstatningsforsikringsnummer</bf-option>
      <bf-option value="blaat">Det blå EU-sygesikringskort</bf-option>
    </bf-select>`,
    ),
  play: expectReflowAfterSubmit(TAG),
};

/** At 320 px (WCAG 1.4.10 reflow), with an error shown. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  render: () =>
    narrowWrapper(
      'da',
      html`<bf-select label="Sundhedsforsikringsbevis"
      hint="Vælg det kort, du har fået tilsendt" name="kort" required>
      <bf-option value="gult">Det gule sundhedsforsikringsbevis med dit CPR-nummer</bf-option>
      <bf-option value="blaat">Europæisk sygesikringskort</bf-option>
    </bf-select>`,
    ),
  play: expectReflowAfterSubmit(TAG, 320),
};

export const English: Story = {
  args: { lang: 'en', label: 'Municipality', hint: 'Where you live' },
  play: async ({ canvasElement }) => {
    const control = await submitted(canvasElement);
    await expect(nativeIn(control).options[0].textContent).toBe('Select');
    await expect(shadowText(control, 'error')).toBe('Error: Select municipality');
  },
};
