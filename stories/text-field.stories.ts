import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/text-field.js';
import {
  expectErrorAfterSubmit,
  expectPartText,
  expectReflowAfterSubmit,
  formWrapper,
  langArgType,
  narrowParameters,
  narrowWrapper,
  selectArgType,
  type ValueFieldArgs,
} from './support.js';

interface Args extends ValueFieldArgs {
  type: string;
  width: string;
  autocomplete: string;
}

const TAG = 'bf-text-field';

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Tekstfelt (bf-text-field)',
  component: 'bf-text-field',
  args: {
    label: 'Fornavn',
    hint: '',
    name: 'fornavn',
    value: '',
    type: 'text',
    width: '',
    required: false,
    disabled: false,
    readonly: false,
    error: '',
    autocomplete: '',
    lang: 'da',
  },
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

export const WithHint: Story = {
  args: { hint: 'Skriv dit fornavn, som det står i dit pas' },
  play: expectPartText(TAG, 'hint', 'Skriv dit fornavn, som det står i dit pas'),
};

export const Required: Story = { args: { required: true, hint: 'Som det står i dit pas' } };

/** The state after a submit attempt on an empty required field. */
export const RequiredAfterSubmit: Story = {
  args: { required: true },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Indtast fornavn'),
};

/** A message from the server, shown at once (`error` attribute). */
export const ServerError: Story = {
  args: {
    label: 'E-mail',
    type: 'email',
    value: 'ada@eksempel.dk',
    error: 'E-mailadressen er allerede i brug. Brug en anden',
  },
  play: expectPartText(TAG, 'error', 'Fejl: E-mailadressen er allerede i brug. Brug en anden'),
};

export const Disabled: Story = { args: { disabled: true, value: 'Ada' } };

export const Readonly: Story = { args: { readonly: true, value: 'Ada', hint: 'Hentet fra CPR-registret' } };

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

/** Long Danish compound words wrap; nothing overflows at 320 px. */
export const LongDanishWords: Story = {
  args: {
    label: 'Sundhedsforsikringsbevisnummer for ægtefællens arbejdsskadeerstatningsforsikring',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
    required: true,
  },
  play: expectReflowAfterSubmit(TAG),
};

/** At 320 px (WCAG 1.4.10 reflow), with an error shown. */
export const Narrow320: Story = {
  args: {
    label: 'Sundhedsforsikringsbevis',
    hint: 'Nummeret står på bagsiden af det gule kort',
    required: true,
  },
  parameters: narrowParameters,
  render: (a) =>
    narrowWrapper(
      undefined,
      html`<bf-text-field label=${a.label} hint=${a.hint} name="bevis"
    required></bf-text-field>`,
    ),
  play: expectReflowAfterSubmit(TAG, 320),
};

export const English: Story = {
  args: { lang: 'en', label: 'First name', required: true, hint: 'As it appears in your passport' },
  play: expectErrorAfterSubmit(TAG, 'Error: Enter first name'),
};
