import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfFooter } from '../src/components/footer/footer.js';
import { expectReflow, langArgType, narrowParameters, rendered } from './support.js';

interface Args {
  lang: string;
}

/** The footer: authority, contact details, accessibility statement and privacy policy. */
const meta = {
  title: 'Side/Sidefod (bf-footer)',
  component: 'bf-footer',
  args: { lang: 'da' },
  argTypes: { lang: langArgType },
  render: (a) => html`<div lang=${a.lang}><bf-footer authority="Aarhus Kommune"
    accessibility-statement-href="#tilgaengelighed" privacy-href="#privatliv" contact-href="#kontakt"
    ><p>Rådhuspladsen 2, 8000 Aarhus C · Telefon 89 40 20 00</p></bf-footer></div>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const footerIn = (canvas: HTMLElement) => rendered<BfFooter>(canvas, 'bf-footer');
const linkTexts = (footer: BfFooter) =>
  [...footer.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent.trim());

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(linkTexts(await footerIn(canvasElement))).toEqual([
      'Tilgængelighedserklæring',
      'Privatlivspolitik',
      'Kontakt',
    ]);
  },
};

export const Narrow320: Story = {
  parameters: narrowParameters,
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await expectReflow(await footerIn(canvasElement), 320);
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await expect(linkTexts(await footerIn(canvasElement))[0]).toBe('Accessibility statement');
  },
};
