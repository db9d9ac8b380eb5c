import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfSummary } from '../src/components/summary/summary.js';
import { expectReflow, langArgType, narrowParameters, preventSubmit, rendered } from './support.js';

interface Args {
  lang: string;
  readonly: boolean;
}

/**
 * Check answers: `bf-summary` at the end of a form lists every answer as the citizen reads it, with a
 * "Rediger" link per row. Synthetic data.
 */
const meta = {
  title: 'Forløb/Opsummering (bf-summary)',
  component: 'bf-summary',
  args: { lang: 'da', readonly: false },
  argTypes: { lang: langArgType },
  render: (a) => html`<form lang=${a.lang} @submit=${preventSubmit}>
    <bf-step heading="Om dig">
      <bf-text-field name="fornavn" label="Fornavn" value="Ada"></bf-text-field>
      <bf-date-input name="foedt" label="Fødselsdato" value="1985-12-05"></bf-date-input>
    </bf-step>
    <bf-step heading="Din bolig">
      <bf-radio-group name="bolig" label="Boligform"
        ><bf-option value="own" checked>Ejerbolig</bf-option><bf-option value="rent">Lejebolig</bf-option></bf-radio-group
      >
      <bf-textarea name="besked" label="Besked til kommunen"></bf-textarea>
    </bf-step>
    <bf-summary ?readonly=${a.readonly}></bf-summary>
  </form>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const summaryIn = async (canvas: HTMLElement) => {
  const summary = await rendered<BfSummary>(canvas, 'bf-summary');
  await new Promise((resolve) => setTimeout(resolve, 50)); // the fields render their values first
  summary.refresh();
  await summary.updateComplete;
  return summary;
};
const answersIn = (summary: BfSummary) =>
  [...summary.shadowRoot!.querySelectorAll('dd.value')].map((dd) => dd.textContent.trim());

/** One section per step; a date as dd-mm-åååå, an option's text, "Ikke udfyldt". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const summary = await summaryIn(canvasElement);
    await expect(answersIn(summary)).toEqual(['Ada', '05-12-1985', 'Ejerbolig', 'Ikke udfyldt']);
    await expect(summary.shadowRoot!.querySelectorAll('a').length).toBe(4);
  },
};

/** On the receipt: the same rows, no links. */
export const Readonly: Story = {
  args: { readonly: true },
  play: async ({ canvasElement }) => {
    const summary = await summaryIn(canvasElement);
    await expect(summary.shadowRoot!.querySelectorAll('a').length).toBe(0);
  },
};

/** Long Danish compound words in labels and answers wrap; nothing overflows. */
export const LongDanishWords: Story = {
  render: () => html`<form @submit=${preventSubmit}>
    <bf-text-field name="forsikring" label="Sundhedsforsikringsbevisindehaverens arbejdsskadeerstatningsforsikringsselskab"
      value="Arbejdsmarkedsbidragsopgørelsesforsikringsselskabet"></bf-text-field>
    <bf-summary></bf-summary>
  </form>`,
  play: async ({ canvasElement }) => {
    await expectReflow(await summaryIn(canvasElement));
  },
};

/** At 320 px: label, answer and link stacked (WCAG 1.4.10). */
export const Narrow320: Story = {
  parameters: narrowParameters,
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await expectReflow(await summaryIn(canvasElement), 320);
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const summary = await summaryIn(canvasElement);
    await expect(answersIn(summary).at(-1)).toBe('Not answered');
    await expect(summary.shadowRoot!.querySelector('a')!.textContent.trim()).toBe('Change');
  },
};
