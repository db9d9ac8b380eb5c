import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfReceipt } from '../src/components/receipt/receipt.js';
import { expectReflow, langArgType, narrowParameters, rendered } from './support.js';

interface Args {
  lang: string;
  reference: string;
  digitalPost: boolean;
  pdfHref: string;
  heading: string;
}

/** The receipt after sending, with the answers sent. Synthetic data. */
const meta = {
  title: 'Forløb/Kvittering (bf-receipt)',
  component: 'bf-receipt',
  args: { lang: 'da', reference: 'EK-2026-0042', digitalPost: false, pdfHref: '', heading: '' },
  argTypes: { lang: langArgType },
  render: (a) => html`<div lang=${a.lang}><bf-receipt reference=${a.reference} sent-at="2026-12-05T13:07:00Z"
    ?digital-post=${a.digitalPost} pdf-href=${a.pdfHref || nothing} heading=${a.heading || nothing}
    .rows=${[
      { step: 'Om dig', name: 'navn', label: 'Fulde navn', displayValue: 'Ada Lovelace' },
      { step: 'Om dig', name: 'dato', label: 'Flyttedato', displayValue: '24-12-2026' },
      { step: 'Din nye bolig', name: 'bolig', label: 'Boligform', displayValue: 'Lejebolig' },
    ]}><p>Vi behandler din anmeldelse inden for 5 hverdage.</p></bf-receipt></div>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const receiptIn = (canvas: HTMLElement) => rendered<BfReceipt>(canvas, 'bf-receipt');
const textOf = (element: Element | null) => element?.textContent.replace(/\s+/gu, ' ').trim() ?? '';

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const receipt = await receiptIn(canvasElement);
    await expect(textOf(receipt.shadowRoot!.querySelector('[part~="reference"]'))).toBe(
      'Referencenummer: EK-2026-0042',
    );
  },
};

/** With Digital Post and a PDF. */
export const DigitalPostAndPdf: Story = {
  args: { digitalPost: true, pdfHref: '/kvittering/EK-2026-0042.pdf' },
  play: async ({ canvasElement }) => {
    const receipt = await receiptIn(canvasElement);
    await expect(receipt.shadowRoot!.querySelector('a.pdf')).not.toBe(null);
  },
};

export const LongDanishWords: Story = {
  args: {
    heading: 'Vi har modtaget din sundhedsforsikringsbevisansøgning og arbejdsmarkedsbidragsopgørelse',
  },
  play: async ({ canvasElement }) => {
    await expectReflow(await receiptIn(canvasElement));
  },
};

export const Narrow320: Story = {
  parameters: narrowParameters,
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await expectReflow(await receiptIn(canvasElement), 320);
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const receipt = await receiptIn(canvasElement);
    await expect(textOf(receipt.shadowRoot!.querySelector('h1'))).toBe('We have received your request');
  },
};
