import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/fieldset.js';
import '../src/define/text-field.js';
import type { BfFieldset } from '../src/components/fieldset/fieldset.js';
import {
  expectReflow,
  formWrapper,
  langArgType,
  narrowParameters,
  narrowWrapper,
  rendered,
  shadowText,
} from './support.js';

interface Args {
  legend: string;
  hint: string;
  legendAsHeading: boolean;
  lang: string;
}

const fields = html`<bf-text-field name="vej" label="Vej og husnummer" autocomplete="address-line1" required></bf-text-field>
  <bf-text-field name="postnr" label="Postnummer" autocomplete="postal-code" width="10" required></bf-text-field>`;

function group(a: Args, content: TemplateResult = fields): TemplateResult {
  return html`<bf-fieldset legend=${a.legend} hint=${a.hint || nothing} ?legend-as-heading=${a.legendAsHeading}
    >${content}</bf-fieldset
  >`;
}

/** A group of fields in the page's form: the fields stay the form's own. */
const meta = {
  title: 'Side/Feltgruppe (bf-fieldset)',
  component: 'bf-fieldset',
  args: {
    legend: 'Din nye adresse',
    hint: 'Den adresse, du flytter til',
    legendAsHeading: false,
    lang: 'da',
  },
  argTypes: { lang: langArgType },
  render: (a) => formWrapper(a.lang, html`${group(a)}<button>Send</button>`),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const groupIn = (canvas: HTMLElement) => rendered<BfFieldset>(canvas, 'bf-fieldset');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const fieldset = await groupIn(canvasElement);
    await expect(shadowText(fieldset, 'legend')).toBe('Din nye adresse');
    await expect(shadowText(fieldset, 'hint')).toBe('Den adresse, du flytter til');
  },
};

export const WithoutHint: Story = { args: { hint: '' } };

/** One question on the page: the legend is the page's h1. */
export const LegendAsHeading: Story = {
  args: { legend: 'Hvor skal du bo?', hint: '', legendAsHeading: true },
  render: (a) =>
    formWrapper(
      a.lang,
      group(
        a,
        html`<bf-text-field name="adresse" label="Adresse" autocomplete="street-address"></bf-text-field>`,
      ),
    ),
  play: async ({ canvasElement }) => {
    const fieldset = await groupIn(canvasElement);
    await expect(shadowText(fieldset, 'heading')).toBe('Hvor skal du bo?');
  },
};

/** A hint with a link, in the `hint` slot. */
export const RichHint: Story = {
  args: { legend: 'Dine børn', hint: 'Børn under 18 år, der bor hos dig.' },
  render: (a) =>
    formWrapper(
      a.lang,
      group(
        a,
        html`<span slot="hint">Se <a href="#regler">reglerne for børn i delebørnsordning</a>.</span>
          <bf-text-field name="barn" label="Barnets navn"></bf-text-field>`,
      ),
    ),
};

/** After a failed submit: each field shows its own error inside the group. */
export const WithErrors: Story = {
  render: (a) => formWrapper(a.lang, html`${group(a)}<button>Send</button>`),
  play: async ({ canvasElement }) => {
    const fieldset = await groupIn(canvasElement);
    canvasElement.querySelector('form')!.requestSubmit();
    const postcode = await rendered(fieldset, 'bf-text-field[name="postnr"]');
    await expect(shadowText(postcode, 'error')).toBe('Fejl: Indtast postnummer');
  },
};

/** Inside a native `<fieldset disabled>`: every field is disabled. */
export const Disabled: Story = {
  render: (a) =>
    formWrapper(
      a.lang,
      html`<fieldset disabled style="border: 0; margin: 0; padding: 0">${group(a)}</fieldset>`,
    ),
  play: async ({ canvasElement }) => {
    await groupIn(canvasElement);
    await expect(
      [...canvasElement.querySelectorAll('bf-text-field')].every((field) => field.matches(':disabled')),
    ).toBe(true);
  },
};

export const LongDanishWords: Story = {
  args: {
    legend: 'Sundhedsforsikringsbevisindehaverens folkeregisteradresseoplysninger',
    hint: 'Arbejdsmarkedsbidragsopgørelsen sendes til indkomstskatteansættelsesadressen',
  },
  play: async ({ canvasElement }) => {
    await expectReflow(await groupIn(canvasElement));
  },
};

/** At 320 px (WCAG 1.4.10 reflow): legend, hint and fields wrap; nothing scrolls sideways. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  args: { ...LongDanishWords.args, legendAsHeading: true },
  render: (a) => narrowWrapper(a.lang, group(a)),
  play: async ({ canvasElement }) => {
    await expectReflow(await groupIn(canvasElement), 320);
  },
};

export const English: Story = {
  args: { lang: 'en', legend: 'Your new address', hint: 'The address you are moving to' },
  render: (a) =>
    formWrapper(
      a.lang,
      html`${group(
        a,
        html`<bf-text-field name="street" label="Street and number" required></bf-text-field>`,
      )}<button>Send</button>`,
    ),
  play: async ({ canvasElement }) => {
    const fieldset = await groupIn(canvasElement);
    canvasElement.querySelector('form')!.requestSubmit();
    const street = await rendered(fieldset, 'bf-text-field');
    await expect(shadowText(street, 'error')).toBe('Error: Enter street and number');
  },
};
