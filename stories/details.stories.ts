import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/details.js';
import type { BfDetails } from '../src/components/details/details.js';
import { expectReflow, langArgType, narrowParameters, rendered, shadowText } from './support.js';

interface Args {
  summary: string;
  open: boolean;
  text: string;
  lang: string;
}

/** Explaining a term in place (REQUIREMENTS 1.2), e.g. under a question about the citizen's NemKonto. */
const meta = {
  title: 'Side/Detaljer (bf-details)',
  component: 'bf-details',
  args: {
    summary: '',
    open: false,
    text: 'NemKonto er den bankkonto, som det offentlige sender penge til, for eksempel børnepenge og overskydende skat.',
    lang: 'da',
  },
  argTypes: { lang: langArgType },
  render: (a) => html`<div lang=${a.lang}><bf-details summary=${a.summary || nothing} ?open=${a.open}
    ><p>${a.text}</p></bf-details></div>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const detailsIn = (canvas: HTMLElement) => rendered<BfDetails>(canvas, 'bf-details');

/** Closed, with the default summary. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const details = await detailsIn(canvasElement);
    await expect(shadowText(details, 'summary')).toBe('Hvad betyder det?');
    await expect(details.open).toBe(false);
  },
};

export const Open: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    const details = await detailsIn(canvasElement);
    await expect(details.shadowRoot!.querySelector('details')!.open).toBe(true);
  },
};

/** Opened by the citizen: a click on the summary. */
export const OpenedByClick: Story = {
  play: async ({ canvasElement }) => {
    const details = await detailsIn(canvasElement);
    const inner = details.shadowRoot!.querySelector('details')!;
    // The native `toggle` is queued as a task: wait for it, not for a frame (a loaded machine may take longer).
    const toggled = new Promise((resolve) => inner.addEventListener('toggle', resolve, { once: true }));
    details.shadowRoot!.querySelector('summary')!.click();
    await toggled;
    await details.updateComplete;
    await expect(details.open).toBe(true);
  },
};

/** The host's own summary, naming the term. */
export const OwnSummary: Story = {
  args: { summary: 'Hvad er en husstand?', text: 'Din husstand er de personer, der bor på din adresse.' },
  play: async ({ canvasElement }) => {
    await expect(shadowText(await detailsIn(canvasElement), 'summary')).toBe('Hvad er en husstand?');
  },
};

/** Beside a field, as on a real page: the explanation follows the question it explains. */
export const WithLink: Story = {
  args: { open: true },
  render: (a) => html`<div lang=${a.lang}><p>Har du en NemKonto?</p><bf-details ?open=${a.open}
    ><p>NemKonto er den konto, det offentlige sender penge til. <a href="#nemkonto">Læs om NemKonto på borger.dk</a></p></bf-details
  ></div>`,
};

export const LongDanishWords: Story = {
  args: {
    open: true,
    summary: 'Hvad betyder sundhedsforsikringsbevisindehaverens arbejdsmarkedsbidragsopgørelse?',
    text: 'Arbejdsmarkedsbidragsopgørelsen er indkomstskatteansættelsesbekendtgørelsens oversigt.',
  },
  play: async ({ canvasElement }) => {
    await expectReflow(await detailsIn(canvasElement));
  },
};

/** At 320 px (WCAG 1.4.10 reflow): the summary and the explanation wrap; nothing scrolls sideways. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  args: { ...LongDanishWords.args },
  render: (a) => html`<div style="width: 320px">${meta.render(a)}</div>`,
  play: async ({ canvasElement }) => {
    await expectReflow(await detailsIn(canvasElement), 320);
  },
};

export const English: Story = {
  args: { lang: 'en', open: true, text: 'NemKonto is the account public authorities pay money into.' },
  play: async ({ canvasElement }) => {
    await expect(shadowText(await detailsIn(canvasElement), 'summary')).toBe('What does it mean?');
  },
};
