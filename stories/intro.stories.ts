import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfIntro } from '../src/components/intro/intro.js';
import { expectReflow, langArgType, narrowParameters, preventSubmit, rendered } from './support.js';

interface Args {
  lang: string;
  heading: string;
  canSave: boolean;
}

/** The start page of a flow in a wizard with three steps. */
const meta = {
  title: 'Forløb/Startside (bf-intro)',
  component: 'bf-intro',
  args: { lang: 'da', heading: 'Ansøg om parkeringstilladelse', canSave: false },
  argTypes: { lang: langArgType },
  render: (a) => html`<form lang=${a.lang} @submit=${preventSubmit}><bf-wizard>
    <bf-intro heading=${a.heading} duration-minutes="10" ?can-save=${a.canSave}>
      <p>Du kan søge om en beboerlicens, hvis du bor i en betalingszone.</p>
      <li slot="need">MitID</li><li slot="need">Bilens registreringsnummer</li>
    </bf-intro>
    <bf-step heading="Om dig"><bf-text-field name="navn" label="Navn"></bf-text-field></bf-step>
    <bf-step heading="Bilen"><bf-text-field name="regnr" label="Registreringsnummer"></bf-text-field></bf-step>
    <bf-step heading="Tjek dine svar"><bf-summary></bf-summary><button>Send</button></bf-step>
  </bf-wizard></form>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const introIn = async (canvas: HTMLElement) => {
  const intro = await rendered<BfIntro>(canvas, 'bf-intro');
  await new Promise((resolve) => setTimeout(resolve, 50));
  await intro.updateComplete;
  return intro;
};
const facts = (intro: BfIntro) =>
  intro.shadowRoot!.querySelector('[part~="facts"]')!.textContent.replace(/\s+/gu, ' ');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const text = facts(await introIn(canvasElement));
    await expect(text).toContain('Det tager ca. 10 minutter');
    await expect(text).toContain('Ansøgningen har 3 trin');
  },
};

/** The answers can be saved and finished later. */
export const CanSave: Story = {
  args: { canSave: true },
  play: async ({ canvasElement }) => {
    await expect(facts(await introIn(canvasElement))).toContain('fortsætte senere');
  },
};

export const LongDanishWords: Story = {
  args: { heading: 'Ansøgning om sundhedsforsikringsbevisfornyelse og arbejdsmarkedsbidragsfritagelse' },
  play: async ({ canvasElement }) => {
    await expectReflow(await introIn(canvasElement));
  },
};

export const Narrow320: Story = {
  parameters: narrowParameters,
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await expectReflow(await introIn(canvasElement), 320);
  },
};

export const English: Story = {
  args: { lang: 'en', heading: 'Apply for a parking permit' },
  play: async ({ canvasElement }) => {
    await expect(facts(await introIn(canvasElement))).toContain('It takes about 10 minutes');
  },
};
