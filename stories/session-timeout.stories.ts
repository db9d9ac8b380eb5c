import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfSessionTimeout } from '../src/components/session-timeout/session-timeout.js';
import { langArgType, narrowParameters, rendered } from './support.js';

interface Args {
  lang: string;
  saved: boolean;
}

/** The session warning, opened: the session ends in 90 seconds (it opens 120 seconds before). */
const meta = {
  title: 'Side/Session udløber (bf-session-timeout)',
  component: 'bf-session-timeout',
  args: { lang: 'da', saved: false },
  argTypes: { lang: langArgType },
  // On the Docs page each story gets a frame of its own: an open modal dialog makes everything else inert.
  parameters: { docs: { story: { inline: false, height: '420px' } } },
  render: (a) => html`<div lang=${a.lang}>
    <p>Siden bag advarslen.</p>
    <bf-session-timeout expires-at=${String(Date.now() + 90_000)} ?saved=${a.saved}
      @bf-session-expired=${(event: Event) => event.preventDefault()}></bf-session-timeout>
  </div>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const openIn = async (canvas: HTMLElement) => {
  const element = await rendered<BfSessionTimeout>(canvas, 'bf-session-timeout');
  for (let i = 0; i < 20 && !element.open; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return element;
};
const textOf = (element: BfSessionTimeout) => element.shadowRoot!.querySelector('.text')!.textContent.trim();

export const Open: Story = {
  play: async ({ canvasElement }) => {
    const element = await openIn(canvasElement);
    await expect(element.open).toBe(true);
    await expect(textOf(element)).toContain('Ændringer, der ikke er gemt, vil gå tabt.');
  },
};

/** The host keeps the answers (a draft store). */
export const Saved: Story = {
  args: { saved: true },
  play: async ({ canvasElement }) => {
    await expect(textOf(await openIn(canvasElement))).toContain('Dine indtastede data er gemt.');
  },
};

export const Narrow320: Story = {
  parameters: narrowParameters,
  play: async ({ canvasElement }) => {
    const element = await openIn(canvasElement);
    const dialog = element.shadowRoot!.querySelector('dialog')!;
    await expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await expect(textOf(await openIn(canvasElement))).toContain('You will be signed out in');
  },
};
