import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/checkbox.js';
import type { BfCheckbox } from '../src/components/checkbox/checkbox.js';

interface Args {
  label: string;
  hint: string;
  name: string;
  value: string;
  checked: boolean;
  required: boolean;
  disabled: boolean;
  error: string;
  lang: string;
}

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Tjekboks (bf-checkbox)',
  component: 'bf-checkbox',
  args: {
    label: 'Jeg bekræfter, at oplysningerne er rigtige', hint: '', name: 'bekraeftelse', value: '', checked: false,
    required: true, disabled: false, error: '', lang: 'da',
  },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] } },
  render: (a) => html`<form lang=${a.lang} @submit=${(e: Event) => e.preventDefault()}>
    <bf-checkbox label=${a.label} hint=${a.hint || nothing} name=${a.name} value=${a.value || nothing}
      ?checked=${a.checked} ?required=${a.required} ?disabled=${a.disabled} error=${a.error || nothing}></bf-checkbox>
  </form>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const boxIn = (canvas: HTMLElement) => canvas.querySelector<BfCheckbox>('bf-checkbox')!;
const shadowText = (box: BfCheckbox, part: string) =>
  box.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

async function submitted(canvas: HTMLElement): Promise<BfCheckbox> {
  const box = boxIn(canvas);
  await box.updateComplete;
  box.closest('form')!.requestSubmit();
  await box.updateComplete;
  return box;
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = boxIn(canvasElement);
    await box.updateComplete;
    await expect(shadowText(box, 'label')).toBe('Jeg bekræfter, at oplysningerne er rigtige');
    await expect(new FormData(box.closest('form')!).has('bekraeftelse')).toBe(false);
  },
};

/** An optional checkbox is marked "(frivilligt)". */
export const Optional: Story = {
  args: { label: 'Send mig en kopi på e-mail', name: 'kopi', required: false },
  play: async ({ canvasElement }) => {
    const box = boxIn(canvasElement);
    await box.updateComplete;
    await expect(shadowText(box, 'label')).toBe('Send mig en kopi på e-mail (frivilligt)');
  },
};

export const WithHint: Story = {
  args: {
    label: 'Jeg giver samtykke til, at kommunen må hente mine oplysninger hos Skattestyrelsen',
    hint: 'Du kan til enhver tid trække dit samtykke tilbage',
  },
  play: async ({ canvasElement }) => {
    const box = boxIn(canvasElement);
    await box.updateComplete;
    await expect(shadowText(box, 'hint')).toBe('Du kan til enhver tid trække dit samtykke tilbage');
  },
};

export const Checked: Story = {
  args: { checked: true, value: 'ja' },
  play: async ({ canvasElement }) => {
    const box = boxIn(canvasElement);
    await box.updateComplete;
    await expect(box.shadowRoot!.querySelector('input')!.checked).toBe(true);
    await expect(new FormData(box.closest('form')!).get('bekraeftelse')).toBe('ja');
  },
};

/** The state after a submit attempt on an unticked required checkbox. */
export const RequiredAfterSubmit: Story = {
  play: async ({ canvasElement }) => {
    const box = await submitted(canvasElement);
    await expect(shadowText(box, 'error')).toBe('Fejl: Sæt kryds ved "Jeg bekræfter, at oplysningerne er rigtige"');
  },
};

/** A message from the server, shown at once (`error` attribute). */
export const ServerError: Story = {
  args: { checked: true, error: 'Du skal bekræfte igen, fordi du har ændret dine oplysninger' },
  play: async ({ canvasElement }) => {
    const box = boxIn(canvasElement);
    await box.updateComplete;
    await expect(shadowText(box, 'error')).toBe('Fejl: Du skal bekræfte igen, fordi du har ændret dine oplysninger');
  },
};

export const Disabled: Story = {
  args: { disabled: true, checked: true },
  play: async ({ canvasElement }) => {
    const box = boxIn(canvasElement);
    await box.updateComplete;
    await expect(box.shadowRoot!.querySelector('input')!.disabled).toBe(true);
  },
};

/** Long Danish compound words wrap; nothing overflows. */
export const LongDanishWords: Story = {
  args: {
    label: 'Jeg bekræfter, at sundhedsforsikringsbeviset og arbejdsskadeerstatningsforsikringsattesten er gyldige',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
  },
  play: async ({ canvasElement }) => {
    const box = await submitted(canvasElement);
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  },
};

/** At 320 px (WCAG 1.4.10 reflow), with an error shown. */
export const Narrow320: Story = {
  args: { label: 'Jeg bekræfter, at mit sundhedsforsikringsbevis er gyldigt', hint: 'Se bagsiden af det gule kort' },
  parameters: { viewport: { defaultViewport: 'narrow' } },
  render: (a) => html`<div style="width: 320px"><form lang="da" @submit=${(e: Event) => e.preventDefault()}>
    <bf-checkbox label=${a.label} hint=${a.hint} name="bevis" required></bf-checkbox></form></div>`,
  play: async ({ canvasElement }) => {
    const box = await submitted(canvasElement);
    await expect(box.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  },
};

export const English: Story = {
  args: { lang: 'en', label: 'I confirm that the information is correct' },
  play: async ({ canvasElement }) => {
    const box = await submitted(canvasElement);
    await expect(shadowText(box, 'error')).toBe('Error: Select "I confirm that the information is correct"');
  },
};
