import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/select.js';
import type { BfSelect } from '../src/components/select/select.js';
import {
  choiceFieldRender,
  langArgType,
  rendered,
  shadowText,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

type Args = ValueFieldArgs;

const TAG = 'bf-select';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Dropdown (bf-select)',
  component: 'bf-select',
  args: valueFieldArgs('Kommune', 'kommune', { required: true }),
  argTypes: { lang: langArgType },
  render: choiceFieldRender(
    TAG,
    html`<bf-option value="0101">København</bf-option>
      <bf-option value="0751">Aarhus</bf-option>
      <bf-option value="0461">Odense</bf-option>
      <bf-option value="0851">Aalborg</bf-option>`,
  ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const selectIn = (canvas: HTMLElement) => rendered<BfSelect>(canvas, TAG);
const nativeIn = (control: Element) => control.shadowRoot!.querySelector('select')!;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const control = await selectIn(canvasElement);
    await expect(shadowText(control, 'label')).toBe('Kommune');
    await expect(nativeIn(control).options[0].textContent).toBe('Vælg');
    await expect(nativeIn(control).value).toBe('');
  },
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

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Den kommune, du bor i',
  requiredError: 'Fejl: Vælg kommune',
  serverError: {
    value: '0461',
    error: 'Du kan ikke søge i Odense Kommune fra denne side. Vælg den kommune, du bor i',
  },
  filled: { value: '0101' },
  readonlyHint: 'Hentet fra CPR-registret',
  longWords: {
    label:
      'Hvilket sundhedsforsikringsbevis har ægtefællens arbejdsskadeerstatningsforsikringsselskab udstedt?',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
    name: 'bevis',
  },
  narrow: {
    args: { label: 'Sundhedsforsikringsbevis', hint: 'Vælg det kort, du har fået tilsendt', name: 'kort' },
    error: 'Fejl: Vælg sundhedsforsikringsbevis',
  },
  english: {
    args: { label: 'Municipality', hint: 'Where you live' },
    error: 'Error: Select municipality',
  },
  extra: {
    RequiredAfterSubmit: {
      args: { hint: 'Den kommune, du bor i' },
      check: async (control) => expect(nativeIn(control).getAttribute('aria-invalid')).toBe('true'),
    },
    // Read-only: the list holds only the chosen option.
    Readonly: {
      args: { value: '0851' },
      check: async (control) =>
        expect([...nativeIn(control).options].map((option) => option.textContent)).toEqual(['Aalborg']),
    },
    // Long words in the options too; the list itself stays within its width.
    LongDanishWords: {
      render: choiceFieldRender(
        TAG,
        html`<bf-option value="gult">Det gule sundhedsforsikringsbevis med arbejdsskadeerstatningsforsikringsnummer</bf-option>
      <bf-option value="blaat">Det blå EU-sygesikringskort</bf-option>`,
      ),
    },
    Narrow320: {
      render: choiceFieldRender(
        TAG,
        html`<bf-option value="gult">Det gule sundhedsforsikringsbevis med dit CPR-nummer</bf-option>
      <bf-option value="blaat">Europæisk sygesikringskort</bf-option>`,
      ),
    },
    English: { check: async (control) => expect(nativeIn(control).options[0].textContent).toBe('Select') },
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
