import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/radio-group.js';
import '../src/define/text-field.js';
import type { BfRadioGroup } from '../src/components/radio-group/radio-group.js';
import {
  choiceFieldRender,
  expectErrorAfterSubmit,
  expectPartText,
  formWrapper,
  langArgType,
  rendered,
  shadowText,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { expectClickIgnored, fieldStories } from './field-stories.js';

type Args = ValueFieldArgs;

const TAG = 'bf-radio-group';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Radioknapper (bf-radio-group)',
  component: 'bf-radio-group',
  args: valueFieldArgs('Boligform', 'bolig', { required: true }),
  argTypes: { lang: langArgType },
  render: choiceFieldRender(
    TAG,
    html`<bf-option value="eje" hint="Hus, rækkehus eller ejerlejlighed">Ejerbolig</bf-option>
      <bf-option value="leje">Lejebolig</bf-option>
      <bf-option value="andel">Andelsbolig</bf-option>`,
  ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const groupIn = (canvas: HTMLElement) => rendered<BfRadioGroup>(canvas, TAG);
const radiosIn = (group: BfRadioGroup) => [
  ...group.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
];

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    await expect(shadowText(group, 'label')).toBe('Boligform');
    await expect(radiosIn(group).map((radio) => radio.value)).toEqual(['eje', 'leje', 'andel']);
    await expect(group.shadowRoot!.querySelector('fieldset')!.getAttribute('role')).toBe('radiogroup');
  },
};

/** An optional group is marked "(frivilligt)"; one option is chosen from the start. */
export const OptionalWithValue: Story = {
  args: { required: false, value: 'leje' },
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    await expect(shadowText(group, 'label')).toBe('Boligform (frivilligt)');
    await expect(radiosIn(group)[1].checked).toBe(true);
  },
};

/** A label written as a question needs its own message, set per instance with `message-required`. */
export const OwnMessage: Story = {
  render: () =>
    formWrapper(
      'da',
      html`<bf-radio-group label="Hvordan bor du?" name="bolig" required
      message-required="Vælg, hvordan du bor">
      <bf-option value="eje">Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option>
    </bf-radio-group>`,
    ),
  play: expectErrorAfterSubmit(TAG, 'Fejl: Vælg, hvordan du bor'),
};

/** "Eller" between the usual answers and the last one. */
export const WithDivider: Story = {
  render: () =>
    formWrapper(
      'da',
      html`<bf-radio-group label="Hvor vil du modtage svar?" name="svar" required>
      <bf-option value="digital-post">Digital Post</bf-option>
      <bf-option value="brev">Brev</bf-option>
      <bf-option divider></bf-option>
      <bf-option value="afhent" hint="Borgerservice, Rådhuspladsen 1">Jeg henter svaret</bf-option>
    </bf-radio-group>`,
    ),
  play: expectPartText(TAG, 'divider', 'eller'),
};

/** A follow-up question shown right after "Ja" while it is chosen (`slot="conditional-ja"`). */
export const ConditionalReveal: Story = {
  render: () =>
    formWrapper(
      'da',
      html`<bf-radio-group label="Har du en bil?" name="bil" required>
      <bf-option value="ja">Ja</bf-option>
      <bf-option value="nej">Nej</bf-option>
      <bf-text-field slot="conditional-ja" name="nummerplade" label="Nummerplade" width="10" required></bf-text-field>
    </bf-radio-group>`,
    ),
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    const wrapper = group.shadowRoot!.querySelector<HTMLElement>('[part~="conditional"]')!;
    await expect(wrapper.hidden).toBe(true);
    radiosIn(group)[0].click();
    await group.updateComplete;
    await expect(wrapper.hidden).toBe(false);
    await expect(group.querySelector('bf-text-field')!.disabled).toBe(false);
  },
};

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Vælg den boligform, du har på adressen i dag',
  requiredError: 'Fejl: Vælg boligform',
  serverError: {
    value: 'andel',
    error: 'Vi kan ikke se en andelsbolig på din adresse. Vælg en anden boligform',
  },
  filled: { value: 'eje' },
  readonlyHint: 'Hentet fra BBR',
  readonlyPlay: expectClickIgnored<BfRadioGroup>(TAG, 1, (group) => group.value, 'eje'),
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
    args: { label: 'Type of home', hint: 'Choose the one that fits best' },
    error: 'Error: Select type of home',
  },
  extra: {
    RequiredAfterSubmit: {
      args: { hint: 'Vælg den boligform, du har på adressen i dag' },
      check: async (group) =>
        expect(group.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-invalid')).toBe('true'),
    },
    // Long words in the options too.
    LongDanishWords: {
      render: choiceFieldRender(
        TAG,
        html`<bf-option value="gult" hint="Sundhedsforsikringsbeviset med arbejdsskadeerstatningsforsikringsnummer">Det gule sundhedsforsikringsbevis</bf-option>
      <bf-option value="blaat">Det blå EU-sygesikringskort (europæisk sundhedsforsikringskort)</bf-option>`,
      ),
    },
    Narrow320: {
      render: choiceFieldRender(
        TAG,
        html`<bf-option value="gult" hint="Det gule sundhedskort med dit CPR-nummer">Sundhedsforsikringsbevis</bf-option>
      <bf-option value="blaat">Europæisk sygesikringskort</bf-option>
      <bf-option value="ingen">Jeg har ikke noget kort</bf-option>`,
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
