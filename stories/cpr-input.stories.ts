import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/cpr-input.js';
import type { BfCprInput } from '../src/components/cpr-input/cpr-input.js';

interface Args {
  label: string;
  hint: string;
  name: string;
  value: string;
  today: string;
  width: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  error: string;
  lang: string;
}

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. Numbers are synthetic. */
const meta = {
  title: 'Felter/CPR-nummer (bf-cpr-input)',
  component: 'bf-cpr-input',
  args: {
    label: 'CPR-nummer', hint: '', name: 'cpr', value: '', today: '', width: '', required: false, disabled: false,
    readonly: false, error: '', lang: 'da',
  },
  argTypes: {
    width: { control: 'select', options: ['', '10', '20', 'full'] },
    lang: { control: 'inline-radio', options: ['da', 'en'] },
  },
  render: (a) => html`<form lang=${a.lang} @submit=${(e: Event) => e.preventDefault()}>
    <bf-cpr-input label=${a.label} hint=${a.hint || nothing} name=${a.name} value=${a.value || nothing}
      today=${a.today || nothing} width=${a.width || nothing} ?required=${a.required} ?disabled=${a.disabled}
      ?readonly=${a.readonly} error=${a.error || nothing}></bf-cpr-input>
  </form>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => canvas.querySelector<BfCprInput>('bf-cpr-input')!;
const shadowText = (field: BfCprInput, part: string) =>
  field.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

async function submitted(canvas: HTMLElement): Promise<BfCprInput> {
  const field = fieldIn(canvas);
  await field.updateComplete;
  field.closest('form')!.requestSubmit();
  await field.updateComplete;
  return field;
}

/** The format hint "Format: ddmmåå-xxxx" shows by default; the input asks for numbers and has no autofill. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(shadowText(field, 'hint')).toBe('Format: ddmmåå-xxxx');
    const input = field.shadowRoot!.querySelector('input')!;
    await expect([input.inputMode, input.autocomplete]).toEqual(['numeric', 'off']);
  },
};

/** A hint of the host's own replaces the format hint. */
export const WithHint: Story = {
  args: { label: 'Barnets CPR-nummer', hint: 'Står på barnets sundhedskort, fx 010120-4123' },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(shadowText(field, 'hint')).toBe('Står på barnets sundhedskort, fx 010120-4123');
  },
};

export const RequiredAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Fejl: Indtast CPR-nummer');
  },
};

export const FormatError: Story = {
  args: { required: true, value: '01019-01234' },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Fejl: CPR-nummeret skal være 10 cifre');
  },
};

/** 31 February 1990 does not exist. */
export const DateError: Story = {
  args: { required: true, value: '310290-1234' },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Fejl: De første 6 cifre i CPR-nummeret skal være en rigtig dato (ddmmåå)');
  },
};

/** With `today` fixed at 1 January 2024, a birth date on 2 January 2024 is in the future. */
export const FutureError: Story = {
  args: { required: true, value: '020124-4000', today: '2024-01-01' },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Fejl: Fødselsdatoen i CPR-nummeret ligger i fremtiden. Tjek, at du har skrevet det rigtigt');
  },
};

/** A valid number is submitted as DDMMYYSSSS. */
export const Filled: Story = {
  args: { required: true, value: '010190-1234' },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(new FormData(field.closest('form')!).get('cpr')).toBe('0101901234');
  },
};

/** A message from the server, shown at once (`error` attribute). */
export const ServerError: Story = {
  args: { value: '010190-1234', error: 'CPR-nummeret passer ikke med dit navn. Tjek, at du har skrevet det rigtigt' },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(shadowText(field, 'error')).toBe('Fejl: CPR-nummeret passer ikke med dit navn. Tjek, at du har skrevet det rigtigt');
  },
};

export const Disabled: Story = {
  args: { disabled: true, value: '010190-1234' },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(field.shadowRoot!.querySelector('input')!.disabled).toBe(true);
  },
};

export const Readonly: Story = {
  args: { readonly: true, value: '010190-1234' },
  play: async ({ canvasElement }) => {
    const field = fieldIn(canvasElement);
    await field.updateComplete;
    await expect(field.shadowRoot!.querySelector('input')!.readOnly).toBe(true);
  },
};

/** Long Danish compound words wrap; nothing overflows. */
export const LongDanishWords: Story = {
  args: {
    label: 'Sundhedsforsikringsbevisindehaverens personnummer (CPR-nummer)',
    hint: 'Sundhedsforsikringsbevisets bagside viser personnummeret under arbejdsmarkedsbidragsoplysningerne',
    required: true, value: '310290-1234',
  },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(field.scrollWidth).toBeLessThanOrEqual(field.clientWidth);
  },
};

/** At 320 px (WCAG 1.4.10 reflow), with an error shown. */
export const Narrow320: Story = {
  parameters: { viewport: { defaultViewport: 'narrow' } },
  render: () => html`<div style="width: 320px"><form lang="da" @submit=${(e: Event) => e.preventDefault()}>
    <bf-cpr-input label="Sundhedsforsikringsbevisindehaverens CPR-nummer" name="cpr" value="31029" required></bf-cpr-input></form></div>`,
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'error')).toBe('Fejl: CPR-nummeret skal være 10 cifre');
    await expect(field.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(field.scrollWidth).toBeLessThanOrEqual(field.clientWidth);
  },
};

export const English: Story = {
  args: { lang: 'en', label: 'CPR number', required: true },
  play: async ({ canvasElement }) => {
    const field = await submitted(canvasElement);
    await expect(shadowText(field, 'hint')).toBe('Format: ddmmyy-xxxx');
    await expect(shadowText(field, 'error')).toBe('Error: Enter CPR number');
  },
};
