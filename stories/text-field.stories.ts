import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/text-field.js';
import {
  expectPartText,
  formWrapper,
  langArgType,
  selectArgType,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends ValueFieldArgs {
  type: string;
  width: string;
  autocomplete: string;
}

const TAG = 'bf-text-field';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Tekstfelt (bf-text-field)',
  component: 'bf-text-field',
  args: valueFieldArgs('Fornavn', 'fornavn', { type: 'text', width: '', autocomplete: '' }),
  argTypes: {
    type: selectArgType(['text', 'email', 'tel', 'url', 'password']),
    width: selectArgType(['', '2', '3', '4', '5', '10', '20', '30', 'full']),
    lang: langArgType,
  },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-text-field label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} type=${a.type} width=${a.width || nothing} ?required=${a.required}
    ?disabled=${a.disabled} ?readonly=${a.readonly} error=${a.error || nothing}
    autocomplete=${a.autocomplete || nothing}></bf-text-field>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: expectPartText(TAG, 'label', 'Fornavn (frivilligt)'),
};

export const Required: Story = { args: { required: true, hint: 'Som det står i dit pas' } };

export const Email: Story = {
  args: { label: 'E-mail', type: 'email', hint: 'Vi sender en kvittering hertil', required: true },
};

export const Password: Story = {
  args: { label: 'Adgangskode', type: 'password', autocomplete: 'current-password', required: true },
  play: expectPartText(TAG, 'toggle', 'Vis'),
};

export const WidthForPostcode: Story = {
  args: { label: 'Postnummer', width: '4', autocomplete: 'postal-code', required: true },
};

export const PrefixAndSuffix: Story = {
  render: () => html`<bf-text-field label="Husleje pr. måned i kroner" name="husleje" prefix="kr." width="10"
    inputmode="decimal" required></bf-text-field>
    <bf-text-field label="Boligens areal i kvadratmeter" name="areal" suffix="m²" width="5" inputmode="numeric" required></bf-text-field>`,
};

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Skriv dit fornavn, som det står i dit pas',
  requiredError: 'Fejl: Indtast fornavn',
  serverError: {
    label: 'E-mail',
    type: 'email',
    value: 'ada@eksempel.dk',
    error: 'E-mailadressen er allerede i brug. Brug en anden',
  },
  filled: { value: 'Ada' },
  readonlyHint: 'Hentet fra CPR-registret',
  longWords: {
    label: 'Sundhedsforsikringsbevisnummer for ægtefællens arbejdsskadeerstatningsforsikring',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
  },
  narrow: {
    args: {
      label: 'Sundhedsforsikringsbevis',
      hint: 'Nummeret står på bagsiden af det gule kort',
      name: 'bevis',
    },
    error: 'Fejl: Indtast sundhedsforsikringsbevis',
  },
  english: {
    args: { label: 'First name', hint: 'As it appears in your passport' },
    error: 'Error: Enter first name',
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
