import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/checkbox-group.js';
import '../src/define/text-field.js';
import type { BfCheckboxGroup } from '../src/components/checkbox-group/checkbox-group.js';
import {
  choiceFieldRender,
  formWrapper,
  langArgType,
  rendered,
  shadowText,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { expectClickIgnored, fieldStories } from './field-stories.js';

type Args = ValueFieldArgs;

const TAG = 'bf-checkbox-group';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Tjekbokse (bf-checkbox-group)',
  component: 'bf-checkbox-group',
  args: valueFieldArgs('Ydelser', 'ydelser', { required: true }),
  argTypes: { lang: langArgType },
  render: choiceFieldRender(
    TAG,
    html`<bf-option value="bolig" hint="Boligydelse eller boligsikring">Boligstøtte</bf-option>
      <bf-option value="pension">Folkepension</bf-option>
      <bf-option value="dagpenge">Dagpenge</bf-option>`,
  ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const groupIn = (canvas: HTMLElement) => rendered<BfCheckboxGroup>(canvas, TAG);
const boxesIn = (group: Element) => [
  ...group.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    await expect(shadowText(group, 'label')).toBe('Ydelser');
    await expect(boxesIn(group).map((box) => box.value)).toEqual(['bolig', 'pension', 'dagpenge']);
  },
};

/** An optional group with two boxes ticked from the start; both are submitted. */
export const OptionalWithValues: Story = {
  args: { required: false, value: 'bolig,dagpenge' },
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    await expect(shadowText(group, 'label')).toBe('Ydelser (frivilligt)');
    await expect(new FormData(group.closest('form')!).getAll('ydelser')).toEqual(['bolig', 'dagpenge']);
  },
};

/** "Ingen af dem" after an "eller": ticking it clears the others (`exclusive`). */
export const NoneOfThese: Story = {
  render: () =>
    formWrapper(
      'da',
      html`<bf-checkbox-group label="Ydelser"
      hint="Vælg alle de ydelser, du får nu" name="ydelser" required>
      <bf-option value="bolig">Boligstøtte</bf-option>
      <bf-option value="pension" checked>Folkepension</bf-option>
      <bf-option divider></bf-option>
      <bf-option value="ingen" exclusive>Ingen af dem</bf-option>
    </bf-checkbox-group>`,
    ),
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    await expect(shadowText(group, 'divider')).toBe('eller');
    boxesIn(group)[2].click();
    await group.updateComplete;
    await expect(group.values).toEqual(['ingen']);
  },
};

/** A follow-up question shown right after "E-mail" while it is ticked (`slot="conditional-mail"`). */
export const ConditionalReveal: Story = {
  render: () =>
    formWrapper(
      'da',
      html`<bf-checkbox-group label="Hvordan må vi kontakte dig?" name="kontakt" required
      message-required="Vælg, hvordan vi må kontakte dig">
      <bf-option value="mail">E-mail</bf-option>
      <bf-option value="sms">SMS</bf-option>
      <bf-text-field slot="conditional-mail" name="email" type="email" label="E-mailadresse" required></bf-text-field>
      <bf-text-field slot="conditional-sms" name="mobil" type="tel" label="Mobilnummer" width="10" required></bf-text-field>
    </bf-checkbox-group>`,
    ),
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    const [mail, sms] = [...group.shadowRoot!.querySelectorAll<HTMLElement>('[part~="conditional"]')];
    boxesIn(group)[0].click();
    await group.updateComplete;
    await expect(mail.hidden).toBe(false);
    await expect(sms.hidden).toBe(true);
  },
};

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Vælg alle de ydelser, du får nu',
  requiredError: 'Fejl: Vælg mindst én mulighed under ydelser',
  serverError: {
    value: 'pension,dagpenge',
    error: 'Du kan ikke få folkepension og dagpenge på samme tid. Vælg én af dem',
  },
  filled: { value: 'bolig' },
  readonlyHint: 'Hentet fra Udbetaling Danmark',
  readonlyPlay: expectClickIgnored<BfCheckboxGroup>(TAG, 0, (group) => group.values, ['pension']),
  longWords: {
    label: 'Hvilke sundhedsforsikringsbeviser og arbejdsskadeerstatningsforsikringsattester vedlægger du?',
    hint: 'Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse',
    name: 'bilag',
  },
  narrow: {
    args: { label: 'Sundhedsforsikringsbevis', hint: 'Vælg de kort, du har fået tilsendt', name: 'kort' },
    error: 'Fejl: Vælg mindst én mulighed under sundhedsforsikringsbevis',
  },
  english: {
    args: { label: 'Benefits', hint: 'Select all that apply' },
    error: 'Error: Select at least one option under benefits',
  },
  extra: {
    // Every box is marked invalid.
    RequiredAfterSubmit: {
      args: { hint: 'Vælg alle de ydelser, du får nu' },
      check: async (group) =>
        expect(boxesIn(group).every((box) => box.getAttribute('aria-invalid') === 'true')).toBe(true),
    },
    Readonly: { args: { value: 'pension' } },
    // Long words in the options too.
    LongDanishWords: {
      render: choiceFieldRender(
        TAG,
        html`<bf-option value="bevis" hint="Sundhedsforsikringsbeviset med arbejdsskadeerstatningsforsikringsnummer">Sundhedsforsikringsbevis</bf-option>
      <bf-option value="attest">Erhvervsevnetabsforsikringsattest</bf-option>`,
      ),
    },
    Narrow320: {
      render: choiceFieldRender(
        TAG,
        html`<bf-option value="gult" hint="Det gule sundhedskort med dit CPR-nummer">Sundhedsforsikringsbevis</bf-option>
      <bf-option value="blaat">Europæisk sygesikringskort</bf-option>`,
      ),
    },
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
