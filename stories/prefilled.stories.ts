import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/prefilled.js';
import type { BfPrefilled } from '../src/components/prefilled/prefilled.js';
import {
  expectReflow,
  formWrapper,
  langArgType,
  narrowParameters,
  narrowWrapper,
  rendered,
  selectArgType,
  shadowText,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends ValueFieldArgs {
  source: string;
  fetchedValue: string;
  editable: boolean;
  width: string;
}

const TAG = 'bf-prefilled';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Hentet data (bf-prefilled)',
  component: 'bf-prefilled',
  args: valueFieldArgs('Fornavn', 'fornavn', {
    value: 'Ada',
    source: 'CPR-registret',
    fetchedValue: '',
    editable: true,
    width: '',
    required: true,
  }),
  argTypes: { width: selectArgType(['', '10', '20', '30', 'full']), lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-prefilled label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} fetched-value=${a.fetchedValue || nothing} source=${a.source || nothing} ?editable=${a.editable} width=${a.width || nothing}
    ?required=${a.required} ?disabled=${a.disabled} ?readonly=${a.readonly} error=${a.error || nothing}></bf-prefilled>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => rendered<BfPrefilled>(canvas, TAG);
const editButton = (field: Element) =>
  field.shadowRoot!.querySelector<HTMLButtonElement>('[part~="edit-button"]');

/** The fetched value, read-only, with its source and the "Rediger" button. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(field.shadowRoot!.querySelector('input')!.readOnly).toBe(true);
    await expect(shadowText(field, 'source')).toBe('Data hentet fra CPR-registret');
    await expect(editButton(field)!.getAttribute('aria-label')).toBe('Rediger fornavn');
  },
};

/** Without `editable`: the citizen sees the value but cannot change it. */
export const NotEditable: Story = {
  args: { label: 'CPR-nummer', name: 'cpr', value: '010190-1234', editable: false },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(editButton(field)).toBe(null);
  },
};

/** After "Rediger": editable, focused, the source hint gone; a change is marked in the form data. */
export const Edited: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    editButton(field)!.click();
    await field.updateComplete;
    const input = field.shadowRoot!.querySelector('input')!;
    await expect(input.readOnly).toBe(false);
    await expect(field.shadowRoot!.activeElement).toBe(input);
    field.value = 'Ada Marie';
    await expect(new FormData(field.closest('form')!).getAll('bf-prefill-changed')).toEqual(['fornavn']);
  },
};

/** A form the server sent back: the citizen's correction in `value`, the register's in `fetched-value`. */
export const SentBackCorrected: Story = {
  args: { value: 'Ada Marie', fetchedValue: 'Ada', error: '' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(field.shadowRoot!.querySelector('input')!.readOnly).toBe(false);
    await expect(field.shadowRoot!.querySelector('[part~="source"]')).toBe(null);
    await expect(new FormData(field.closest('form')!).getAll('bf-prefill-changed')).toEqual(['fornavn']);
  },
};

/** Edited, emptied, then a failed submit. */
export const RequiredAfterSubmit: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await field.edit();
    field.value = '';
    field.closest('form')!.requestSubmit();
    await field.updateComplete;
    await expect(shadowText(field, 'error')).toBe('Fejl: Indtast fornavn');
  },
};

/** At 320 px (WCAG 1.4.10 reflow): the button wraps below the input. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  render: () =>
    narrowWrapper(
      'da',
      html`<bf-prefilled label="Sundhedsforsikringsbevisindehaverens adresse"
    name="adresse" value="Vestergade 1, 8000 Aarhus C" source="CPR-registret" editable required></bf-prefilled>`,
    ),
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expectReflow(field, 320);
    await expect(editButton(field)!.getBoundingClientRect().right).toBeLessThanOrEqual(
      field.getBoundingClientRect().right,
    );
  },
};

export const English: Story = {
  args: { lang: 'en', label: 'First name', name: 'first', source: 'the CPR register' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowText(field, 'source')).toBe('Data retrieved from the CPR register');
    await expect(editButton(field)!.getAttribute('aria-label')).toBe('Edit first name');
  },
};

// Its required error, 320 px and English stories are about the "Rediger" button and the source (above).
const standard = fieldStories<Args, 'RequiredAfterSubmit' | 'Narrow320' | 'English'>({
  tag: TAG,
  hint: 'Din folkeregisteradresse',
  serverError: { error: 'Vi kunne ikke bekræfte dit navn. Ret det, hvis det er forkert' },
  filled: {},
  longWords: {
    label: 'Sundhedsforsikringsbevisindehaverens folkeregisteradresse',
    name: 'adresse',
    value: 'Sønder Boulevard 123, 3. sal, lejlighed til venstre, 1720 København V',
    source: 'Det Centrale Personregister (CPR-registret)',
    hint: 'Sundhedsforsikringsbevis og arbejdsmarkedsbidragsopgørelse sendes hertil',
  },
  extra: {
    // The hint and the source are both shown.
    WithHint: {
      args: { label: 'Adresse', name: 'adresse', value: 'Vestergade 1, 8000 Aarhus C' },
      check: async (field) => expect(shadowText(field, 'source')).toBe('Data hentet fra CPR-registret'),
    },
    Disabled: { check: async (field) => expect(editButton(field)!.disabled).toBe(true) },
    Readonly: { check: async (field) => expect(editButton(field)).toBe(null) },
  },
});
// Storybook makes a test of a story only from its own `export const` (see stories/field-stories.ts).
export const WithHint = standard.WithHint;
export const ServerError = standard.ServerError;
export const Disabled = standard.Disabled;
export const Readonly = standard.Readonly;
export const LongDanishWords = standard.LongDanishWords;
