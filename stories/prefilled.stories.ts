import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/prefilled.js';
import type { BfPrefilled } from '../src/components/prefilled/prefilled.js';

interface Args {
  label: string;
  hint: string;
  name: string;
  value: string;
  source: string;
  editable: boolean;
  width: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  error: string;
  lang: string;
}

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Hentet data (bf-prefilled)',
  component: 'bf-prefilled',
  args: {
    label: 'Fornavn', hint: '', name: 'fornavn', value: 'Ada', source: 'CPR-registret', editable: true, width: '',
    required: true, disabled: false, readonly: false, error: '', lang: 'da',
  },
  argTypes: {
    width: { control: 'select', options: ['', '10', '20', '30', 'full'] },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
  },
  render: (a) => html`<form lang=${a.lang} @submit=${(e: Event) => e.preventDefault()}>
    <bf-prefilled label=${a.label} hint=${a.hint || nothing} name=${a.name} value=${a.value || nothing}
      source=${a.source || nothing} ?editable=${a.editable} width=${a.width || nothing} ?required=${a.required}
      ?disabled=${a.disabled} ?readonly=${a.readonly} error=${a.error || nothing}></bf-prefilled>
  </form>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => canvas.querySelector<BfPrefilled>('bf-prefilled')!;
const shadowText = (field: BfPrefilled, part: string) =>
  field.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
const editButton = (field: BfPrefilled) => field.shadowRoot!.querySelector<HTMLButtonElement>('[part~="edit-button"]');

/** The fetched value, read-only, with its source and the "Rediger" button. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(field.shadowRoot!.querySelector('input')!.readOnly).toBe(true);
    await expect(shadowText(field, 'source')).toBe('Data hentet fra CPR-registret');
    await expect(editButton(field)!.getAttribute('aria-label')).toBe('Rediger fornavn');
  },
};

/** Without `editable`: the citizen sees the value but cannot change it. */
export const NotEditable: Story = {
  args: { label: 'CPR-nummer', name: 'cpr', value: '010190-1234', editable: false },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(editButton(field)).toBe(null);
  },
};

/** After "Rediger": editable, focused, the source hint gone; a change is marked in the form data. */
export const Edited: Story = {
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    editButton(field)!.click();
    await field.updateComplete;
    const input = field.shadowRoot!.querySelector('input')!;
    await expect(input.readOnly).toBe(false);
    await expect(field.shadowRoot!.activeElement).toBe(input);
    field.value = 'Ada Marie';
    await expect(new FormData(field.closest('form')!).getAll('bf-prefill-changed')).toEqual(['fornavn']);
  },
};

export const WithHint: Story = {
  args: { label: 'Adresse', name: 'adresse', value: 'Vestergade 1, 8000 Aarhus C', hint: 'Din folkeregisteradresse' },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(shadowText(field, 'hint')).toBe('Din folkeregisteradresse');
    await expect(shadowText(field, 'source')).toBe('Data hentet fra CPR-registret');
  },
};

/** Edited, emptied, then a failed submit. */
export const RequiredAfterSubmit: Story = {
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await field.edit();
    field.value = '';
    field.closest('form')!.requestSubmit();
    await field.updateComplete;
    await expect(shadowText(field, 'error')).toBe('Fejl: Indtast fornavn');
  },
};

export const ServerError: Story = {
  args: { error: 'Vi kunne ikke bekræfte dit navn. Ret det, hvis det er forkert' },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(shadowText(field, 'error')).toBe('Fejl: Vi kunne ikke bekræfte dit navn. Ret det, hvis det er forkert');
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(editButton(field)!.disabled).toBe(true);
  },
};

export const Readonly: Story = {
  args: { readonly: true },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(editButton(field)).toBe(null);
  },
};

export const LongDanishWords: Story = {
  args: {
    label: 'Sundhedsforsikringsbevisindehaverens folkeregisteradresse',
    name: 'adresse',
    value: 'Sønder Boulevard 123, 3. sal, lejlighed til venstre, 1720 København V',
    source: 'Det Centrale Personregister (CPR-registret)',
    hint: 'Sundhedsforsikringsbevis og arbejdsmarkedsbidragsopgørelse sendes hertil',
  },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(field.scrollWidth).toBeLessThanOrEqual(field.clientWidth);
  },
};

/** At 320 px (WCAG 1.4.10 reflow): the button wraps below the input. */
export const Narrow320: Story = {
  parameters: { viewport: { defaultViewport: 'narrow' } },
  render: () => html`<div style="width: 320px"><form lang="da" @submit=${(e: Event) => e.preventDefault()}>
    <bf-prefilled label="Sundhedsforsikringsbevisindehaverens adresse" name="adresse" value="Vestergade 1, 8000 Aarhus C"
      source="CPR-registret" editable required></bf-prefilled></form></div>`,
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(field.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(field.scrollWidth).toBeLessThanOrEqual(field.clientWidth);
    await expect(editButton(field)!.getBoundingClientRect().right).toBeLessThanOrEqual(field.getBoundingClientRect().right);
  },
};

export const English: Story = {
  args: { lang: 'en', label: 'First name', name: 'first', source: 'the CPR register' },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(shadowText(field, 'source')).toBe('Data retrieved from the CPR register');
    await expect(editButton(field)!.getAttribute('aria-label')).toBe('Edit first name');
  },
};
