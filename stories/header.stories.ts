/* eslint-disable lit/no-legacy-template-syntax -- `on-behalf-of` is bf-header's attribute, not a listener */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfHeader } from '../src/components/header/header.js';
import { expectReflow, langArgType, narrowParameters, rendered } from './support.js';

interface Args {
  lang: string;
  authority: string;
  solution: string;
  user: string;
  onBehalfOf: string;
}

/** The sender on every page of a flow: authority, solution, the citizen and "Log af". Synthetic names. */
const meta = {
  title: 'Side/Sidehoved (bf-header)',
  component: 'bf-header',
  args: {
    lang: 'da',
    authority: 'Aarhus Kommune',
    solution: 'Anmeld flytning',
    user: 'Ada Lovelace',
    onBehalfOf: '',
  },
  argTypes: { lang: langArgType },
  render: (a) => html`<div lang=${a.lang}><bf-header portal="borger.dk" authority=${a.authority}
    solution=${a.solution} user=${a.user || nothing} on-behalf-of=${a.onBehalfOf || nothing}
    support-phone="89 40 20 00" contact-href="#kontakt"></bf-header><main><p>Indhold</p></main></div>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const headerIn = (canvas: HTMLElement) => rendered<BfHeader>(canvas, 'bf-header');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const header = await headerIn(canvasElement);
    await expect(header.shadowRoot!.querySelector('[part~="logout"]')!.textContent.trim()).toBe('Log af');
  },
};

/** Acting for a company with a digital power of attorney. */
export const OnBehalfOf: Story = {
  args: { onBehalfOf: 'Byron ApS' },
  play: async ({ canvasElement }) => {
    const header = await headerIn(canvasElement);
    await expect(header.shadowRoot!.querySelector('[part~="on-behalf"]')!.textContent).toBe(
      'Du handler på vegne af Byron ApS',
    );
  },
};

/** Not logged in: no name, no "Log af". */
export const LoggedOut: Story = {
  args: { user: '' },
  play: async ({ canvasElement }) => {
    await expect((await headerIn(canvasElement)).shadowRoot!.querySelector('[part~="logout"]')).toBe(null);
  },
};

export const LongDanishWords: Story = {
  args: {
    authority: 'Ringkøbing-Skjern Kommunes Borgerserviceafdeling',
    solution: 'Ansøgning om sundhedsforsikringsbevisfornyelse',
  },
  play: async ({ canvasElement }) => {
    await expectReflow(await headerIn(canvasElement));
  },
};

export const Narrow320: Story = {
  parameters: narrowParameters,
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await expectReflow(await headerIn(canvasElement), 320);
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const header = await headerIn(canvasElement);
    await expect(header.shadowRoot!.querySelector('[part~="logout"]')!.textContent.trim()).toBe('Sign out');
  },
};
