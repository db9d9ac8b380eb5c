import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/checkbox.js';
import type { BfCheckbox } from '../src/components/checkbox/checkbox.js';
import {
  expectErrorAfterSubmit,
  expectPartText,
  expectReflowAfterSubmit,
  formWrapper,
  langArgType,
  narrowParameters,
  narrowWrapper,
  rendered,
  shadowText,
  type FieldArgs,
} from './support.js';

interface Args extends FieldArgs {
  value: string;
  checked: boolean;
}

const TAG = 'bf-checkbox';

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Tjekboks (bf-checkbox)',
  component: 'bf-checkbox',
  args: {
    label: 'Jeg bekræfter, at oplysningerne er rigtige',
    hint: '',
    name: 'bekraeftelse',
    value: '',
    checked: false,
    required: true,
    disabled: false,
    error: '',
    lang: 'da',
  },
  argTypes: { lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-checkbox label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} ?checked=${a.checked} ?required=${a.required} ?disabled=${a.disabled}
    error=${a.error || nothing}></bf-checkbox>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const boxIn = (canvas: HTMLElement) => rendered<BfCheckbox>(canvas, TAG);

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = await boxIn(canvasElement);
    await expect(shadowText(box, 'label')).toBe('Jeg bekræfter, at oplysningerne er rigtige');
    await expect(new FormData(box.closest('form')!).has('bekraeftelse')).toBe(false);
  },
};

/** An optional checkbox is marked "(frivilligt)". */
export const Optional: Story = {
  args: { label: 'Send mig en kopi på e-mail', name: 'kopi', required: false },
  play: expectPartText(TAG, 'label', 'Send mig en kopi på e-mail (frivilligt)'),
};

export const WithHint: Story = {
  args: {
    label: 'Jeg giver samtykke til, at kommunen må hente mine oplysninger hos Skattestyrelsen',
    hint: 'Du kan til enhver tid trække dit samtykke tilbage',
  },
  play: expectPartText(TAG, 'hint', 'Du kan til enhver tid trække dit samtykke tilbage'),
};

export const Checked: Story = {
  args: { checked: true, value: 'ja' },
  play: async ({ canvasElement }) => {
    const box = await boxIn(canvasElement);
    await expect(box.shadowRoot!.querySelector('input')!.checked).toBe(true);
    await expect(new FormData(box.closest('form')!).get('bekraeftelse')).toBe('ja');
  },
};

/** The state after a submit attempt on an unticked required checkbox. */
export const RequiredAfterSubmit: Story = {
  play: expectErrorAfterSubmit(TAG, 'Fejl: Sæt kryds ved "Jeg bekræfter, at oplysningerne er rigtige"'),
};

/** A message from the server, shown at once (`error` attribute). */
export const ServerError: Story = {
  args: { checked: true, error: 'Du skal bekræfte igen, fordi du har ændret dine oplysninger' },
  play: expectPartText(TAG, 'error', 'Fejl: Du skal bekræfte igen, fordi du har ændret dine oplysninger'),
};

export const Disabled: Story = {
  args: { disabled: true, checked: true },
  play: async ({ canvasElement }) => {
    const box = await boxIn(canvasElement);
    await expect(box.shadowRoot!.querySelector('input')!.disabled).toBe(true);
  },
};

/** Long Danish compound words wrap; nothing overflows. */
export const LongDanishWords: Story = {
  args: {
    label:
      'Jeg bekræfter, at sundhedsforsikringsbeviset og arbejdsskadeerstatningsforsikringsattesten er gyldige',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
  },
  play: expectReflowAfterSubmit(TAG),
};

/** At 320 px (WCAG 1.4.10 reflow), with an error shown. */
export const Narrow320: Story = {
  args: {
    label: 'Jeg bekræfter, at mit sundhedsforsikringsbevis er gyldigt',
    hint: 'Se bagsiden af det gule kort',
  },
  parameters: narrowParameters,
  render: (a) =>
    narrowWrapper(
      'da',
      html`<bf-checkbox label=${a.label} hint=${a.hint} name="bevis" required></bf-checkbox>`,
    ),
  play: expectReflowAfterSubmit(TAG, 320),
};

export const English: Story = {
  args: { lang: 'en', label: 'I confirm that the information is correct' },
  play: expectErrorAfterSubmit(TAG, 'Error: Select "I confirm that the information is correct"'),
};
