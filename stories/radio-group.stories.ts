import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/radio-group.js';
import '../src/define/text-field.js';
import type { BfRadioGroup } from '../src/components/radio-group/radio-group.js';
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
  submitAndWait,
  type ValueFieldArgs,
} from './support.js';

type Args = ValueFieldArgs;

const TAG = 'bf-radio-group';

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Radioknapper (bf-radio-group)',
  component: 'bf-radio-group',
  args: {
    label: 'Boligform',
    hint: '',
    name: 'bolig',
    value: '',
    required: true,
    disabled: false,
    readonly: false,
    error: '',
    lang: 'da',
  },
  argTypes: { lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-radio-group label=${a.label} hint=${a.hint || nothing} name=${a.name}
      value=${a.value || nothing} ?required=${a.required} ?disabled=${a.disabled} ?readonly=${a.readonly}
      error=${a.error || nothing}>
      <bf-option value="eje" hint="Hus, rækkehus eller ejerlejlighed">Ejerbolig</bf-option>
      <bf-option value="leje">Lejebolig</bf-option>
      <bf-option value="andel">Andelsbolig</bf-option>
    </bf-radio-group>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const groupIn = (canvas: HTMLElement) => rendered<BfRadioGroup>(canvas, TAG);
const submitted = async (canvas: HTMLElement) => submitAndWait(await groupIn(canvas));
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

export const WithHint: Story = {
  args: { hint: 'Vælg den boligform, du har på adressen i dag' },
  play: expectPartText(TAG, 'hint', 'Vælg den boligform, du har på adressen i dag'),
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

/** The state after a submit attempt with nothing chosen. */
export const RequiredAfterSubmit: Story = {
  args: { hint: 'Vælg den boligform, du har på adressen i dag' },
  play: async ({ canvasElement }) => {
    const group = await submitted(canvasElement);
    await expect(shadowText(group, 'error')).toBe('Fejl: Vælg boligform');
    await expect(group.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-invalid')).toBe('true');
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

/** A message from the server, shown at once (`error` attribute). */
export const ServerError: Story = {
  args: { value: 'andel', error: 'Vi kan ikke se en andelsbolig på din adresse. Vælg en anden boligform' },
  play: expectPartText(
    TAG,
    'error',
    'Fejl: Vi kan ikke se en andelsbolig på din adresse. Vælg en anden boligform',
  ),
};

export const Disabled: Story = {
  args: { disabled: true, value: 'eje' },
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    await expect(radiosIn(group).every((radio) => radio.disabled)).toBe(true);
  },
};

export const Readonly: Story = {
  args: { readonly: true, value: 'eje', hint: 'Hentet fra BBR' },
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    radiosIn(group)[1].click();
    await group.updateComplete;
    await expect(group.value).toBe('eje');
  },
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

/** Long Danish compound words wrap; nothing overflows. */
export const LongDanishWords: Story = {
  render: () =>
    formWrapper(
      'da',
      html`<bf-radio-group name="bevis" required
      label="Hvilket sundhedsforsikringsbevis har ægtefællens arbejdsskadeerstatningsforsikringsselskab udstedt?"
      hint="Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse">
      <bf-option value="gult" hint="Sundhedsforsikringsbeviset med arbejdsskadeerstatningsforsikringsnummer">Det gule sundhedsforsikringsbevis</bf-option>
      <bf-option value="blaat">Det blå EU-sygesikringskort (europæisk sundhedsforsikringskort)</bf-option>
    </bf-radio-group>`,
    ),
  play: expectReflowAfterSubmit(TAG),
};

/** At 320 px (WCAG 1.4.10 reflow), with an error shown. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  render: () =>
    narrowWrapper(
      'da',
      html`<bf-radio-group label="Sundhedsforsikringsbevis"
      hint="Vælg det kort, du har fået tilsendt" name="kort" required>
      <bf-option value="gult" hint="Det gule sundhedskort med dit CPR-nummer">Sundhedsforsikringsbevis</bf-option>
      <bf-option value="blaat">Europæisk sygesikringskort</bf-option>
      <bf-option value="ingen">Jeg har ikke noget kort</bf-option>
    </bf-radio-group>`,
    ),
  play: expectReflowAfterSubmit(TAG, 320),
};

export const English: Story = {
  args: { lang: 'en', label: 'Type of home', hint: 'Choose the one that fits best' },
  play: expectErrorAfterSubmit(TAG, 'Error: Select type of home'),
};
