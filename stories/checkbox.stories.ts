import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/checkbox.js';
import type { BfCheckbox } from '../src/components/checkbox/checkbox.js';
import {
  expectPartText,
  fieldArgs,
  formWrapper,
  langArgType,
  rendered,
  shadowText,
  type FieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends FieldArgs {
  value: string;
  checked: boolean;
}

const TAG = 'bf-checkbox';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Tjekboks (bf-checkbox)',
  component: 'bf-checkbox',
  args: fieldArgs('Jeg bekræfter, at oplysningerne er rigtige', 'bekraeftelse', {
    value: '',
    checked: false,
    required: true,
  }),
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

export const Checked: Story = {
  args: { checked: true, value: 'ja' },
  play: async ({ canvasElement }) => {
    const box = await boxIn(canvasElement);
    await expect(box.shadowRoot!.querySelector('input')!.checked).toBe(true);
    await expect(new FormData(box.closest('form')!).get('bekraeftelse')).toBe('ja');
  },
};

// A checkbox has no read-only state: no `Readonly` story.
const standard = fieldStories<Args, 'Readonly'>({
  tag: TAG,
  hint: 'Du kan til enhver tid trække dit samtykke tilbage',
  requiredError: 'Fejl: Sæt kryds ved "Jeg bekræfter, at oplysningerne er rigtige"',
  serverError: { checked: true, error: 'Du skal bekræfte igen, fordi du har ændret dine oplysninger' },
  filled: { checked: true },
  longWords: {
    label:
      'Jeg bekræfter, at sundhedsforsikringsbeviset og arbejdsskadeerstatningsforsikringsattesten er gyldige',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
  },
  narrow: {
    args: {
      label: 'Jeg bekræfter, at mit sundhedsforsikringsbevis er gyldigt',
      hint: 'Se bagsiden af det gule kort',
      name: 'bevis',
    },
    error: 'Fejl: Sæt kryds ved "Jeg bekræfter, at mit sundhedsforsikringsbevis er gyldigt"',
  },
  english: {
    args: { label: 'I confirm that the information is correct' },
    error: 'Error: Select "I confirm that the information is correct"',
  },
  extra: {
    WithHint: {
      args: { label: 'Jeg giver samtykke til, at kommunen må hente mine oplysninger hos Skattestyrelsen' },
    },
  },
});
// Storybook makes a test of a story only from its own `export const` (see stories/field-stories.ts).
export const WithHint = standard.WithHint;
export const RequiredAfterSubmit = standard.RequiredAfterSubmit;
export const ServerError = standard.ServerError;
export const Disabled = standard.Disabled;
export const LongDanishWords = standard.LongDanishWords;
export const Narrow320 = standard.Narrow320;
export const English = standard.English;
