import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/checkbox-group.js';
import '../src/define/text-field.js';
import type { BfCheckboxGroup } from '../src/components/checkbox-group/checkbox-group.js';
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

const TAG = 'bf-checkbox-group';

/** Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. */
const meta = {
  title: 'Felter/Tjekbokse (bf-checkbox-group)',
  component: 'bf-checkbox-group',
  args: {
    label: 'Ydelser',
    hint: '',
    name: 'ydelser',
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
      html`<bf-checkbox-group label=${a.label} hint=${a.hint || nothing} name=${a.name}
      value=${a.value || nothing} ?required=${a.required} ?disabled=${a.disabled} ?readonly=${a.readonly}
      error=${a.error || nothing}>
      <bf-option value="bolig" hint="Boligydelse eller boligsikring">Boligstøtte</bf-option>
      <bf-option value="pension">Folkepension</bf-option>
      <bf-option value="dagpenge">Dagpenge</bf-option>
    </bf-checkbox-group>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const groupIn = (canvas: HTMLElement) => rendered<BfCheckboxGroup>(canvas, TAG);
const submitted = async (canvas: HTMLElement) => submitAndWait(await groupIn(canvas));
const boxesIn = (group: BfCheckboxGroup) => [
  ...group.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    await expect(shadowText(group, 'label')).toBe('Ydelser');
    await expect(boxesIn(group).map((box) => box.value)).toEqual(['bolig', 'pension', 'dagpenge']);
  },
};

export const WithHint: Story = {
  args: { hint: 'Vælg alle de ydelser, du får nu' },
  play: expectPartText(TAG, 'hint', 'Vælg alle de ydelser, du får nu'),
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

/** The state after a submit attempt with no box ticked: every box is marked invalid. */
export const RequiredAfterSubmit: Story = {
  args: { hint: 'Vælg alle de ydelser, du får nu' },
  play: async ({ canvasElement }) => {
    const group = await submitted(canvasElement);
    await expect(shadowText(group, 'error')).toBe('Fejl: Vælg mindst én mulighed under ydelser');
    await expect(boxesIn(group).every((box) => box.getAttribute('aria-invalid') === 'true')).toBe(true);
  },
};

/** A message from the server, shown at once (`error` attribute). */
export const ServerError: Story = {
  args: {
    value: 'pension,dagpenge',
    error: 'Du kan ikke få folkepension og dagpenge på samme tid. Vælg én af dem',
  },
  play: expectPartText(
    TAG,
    'error',
    'Fejl: Du kan ikke få folkepension og dagpenge på samme tid. Vælg én af dem',
  ),
};

export const Disabled: Story = {
  args: { disabled: true, value: 'bolig' },
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    await expect(boxesIn(group).every((box) => box.disabled)).toBe(true);
  },
};

export const Readonly: Story = {
  args: { readonly: true, value: 'pension', hint: 'Hentet fra Udbetaling Danmark' },
  play: async ({ canvasElement }) => {
    const group = await groupIn(canvasElement);
    boxesIn(group)[0].click();
    await group.updateComplete;
    await expect(group.values).toEqual(['pension']);
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

/** Long Danish compound words wrap; nothing overflows. */
export const LongDanishWords: Story = {
  render: () =>
    formWrapper(
      'da',
      html`<bf-checkbox-group name="bilag" required
      label="Hvilke sundhedsforsikringsbeviser og arbejdsskadeerstatningsforsikringsattester vedlægger du?"
      hint="Sundhedsforsikringsbevis, erhvervsevnetabsforsikringsattest og arbejdsmarkedsbidragsopgørelse">
      <bf-option value="bevis" hint="Sundhedsforsikringsbeviset med arbejdsskadeerstatningsforsikringsnummer">Sundhedsforsikringsbevis</bf-option>
      <bf-option value="attest">Erhvervsevnetabsforsikringsattest</bf-option>
    </bf-checkbox-group>`,
    ),
  play: expectReflowAfterSubmit(TAG),
};

/** At 320 px (WCAG 1.4.10 reflow), with an error shown. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  render: () =>
    narrowWrapper(
      'da',
      html`<bf-checkbox-group label="Sundhedsforsikringsbevis"
      hint="Vælg de kort, du har fået tilsendt" name="kort" required>
      <bf-option value="gult" hint="Det gule sundhedskort med dit CPR-nummer">Sundhedsforsikringsbevis</bf-option>
      <bf-option value="blaat">Europæisk sygesikringskort</bf-option>
    </bf-checkbox-group>`,
    ),
  play: expectReflowAfterSubmit(TAG, 320),
};

export const English: Story = {
  args: { lang: 'en', label: 'Benefits', hint: 'Select all that apply' },
  play: expectErrorAfterSubmit(TAG, 'Error: Select at least one option under benefits'),
};
