import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/alert.js';
import type { BfAlert } from '../src/components/alert/alert.js';
import {
  expectReflow,
  langArgType,
  narrowParameters,
  rendered,
  selectArgType,
  shadowText,
} from './support.js';

interface Args {
  variant: string;
  heading: string;
  headingLevel: number;
  text: string;
  lang: string;
}

/**
 * A message on the page. The stories render after the page has loaded, so each alert appears as a
 * live region and shows its content a moment later (`ALERT_ANNOUNCE_DELAY`); an alert written in the
 * page as it loads is plain content (see the element's docs).
 */
const meta = {
  title: 'Side/Besked (bf-alert)',
  component: 'bf-alert',
  args: {
    variant: 'info',
    heading: 'Du kan gemme og fortsætte senere',
    headingLevel: 2,
    text: 'Dine svar bliver gemt, hver gang du går videre til næste trin.',
    lang: 'da',
  },
  argTypes: {
    variant: selectArgType(['info', 'success', 'warning', 'error']),
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    lang: langArgType,
  },
  render: (a) => html`<div lang=${a.lang}><bf-alert variant=${a.variant} heading=${a.heading || nothing}
    heading-level=${a.headingLevel}><p>${a.text}</p></bf-alert></div>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** The alert once its content is shown (after the announcement's short delay). */
async function shown(canvas: HTMLElement): Promise<BfAlert> {
  const alert = await rendered<BfAlert>(canvas, 'bf-alert');
  await waitFor(() => expect(alert.shadowRoot!.querySelector('.pending')).toBe(null));
  return alert;
}

function expectAlert(role: string, word: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const alert = await shown(canvasElement);
    await expect(alert.shadowRoot!.querySelector('[part="alert"]')!.getAttribute('role')).toBe(role);
    await expect(shadowText(alert, 'heading').startsWith(word)).toBe(true);
  };
}

export const Info: Story = { play: expectAlert('status', 'Information:') };

export const Success: Story = {
  args: {
    variant: 'success',
    heading: 'Din ansøgning er sendt',
    text: 'Vi har sendt en kvittering til din digitale postkasse.',
  },
  play: expectAlert('status', 'Succes:'),
};

export const Warning: Story = {
  args: {
    variant: 'warning',
    heading: 'Du bliver snart logget ud',
    text: 'Gem dine svar, hvis du vil fortsætte senere.',
  },
  play: expectAlert('status', 'Advarsel:'),
};

/** A technical failure (REQUIREMENTS 1.5): an error is announced as an alert. */
export const ErrorAlert: Story = {
  name: 'Error',
  args: {
    variant: 'error',
    heading: 'Der skete en fejl',
    text: 'Vi har ikke modtaget dine oplysninger. Dine svar er ikke gået tabt. Prøv igen om lidt.',
  },
  play: expectAlert('alert', 'Fejl:'),
};

/** Without a heading: the screen-reader word goes before the text. */
export const WithoutHeading: Story = {
  args: { heading: '' },
  play: async ({ canvasElement }) => {
    const alert = await shown(canvasElement);
    await expect(shadowText(alert, 'content')).toBe('Information:');
  },
};

/** The host's own links keep the page's styles and are in the tab order; the box is not. */
export const WithLink: Story = {
  render: (a) => html`<div lang=${a.lang}><bf-alert variant="info" heading="Har du spørgsmål?">
    <p>Ring til Borgerservice på 70 10 20 30, eller <a href="#kontakt">skriv til os</a>.</p></bf-alert></div>`,
  play: async ({ canvasElement }) => {
    const alert = await shown(canvasElement);
    await expect(alert.querySelector('a')!.tabIndex).toBe(0);
  },
};

/** `focus()`, called by a host that wants the message read first: the box shows its focus ring. */
export const Focused: Story = {
  args: { variant: 'error', heading: 'Vi kunne ikke gemme dine svar', text: 'Prøv igen om lidt.' },
  play: async ({ canvasElement }) => {
    const alert = await shown(canvasElement);
    alert.focus();
    await expect(alert.shadowRoot!.activeElement).toBe(alert.shadowRoot!.querySelector('[part="alert"]'));
  },
};

/** An empty alert shows nothing; text put in later makes it appear (and be announced). */
export const FilledLater: Story = {
  render: (a) => html`<div lang=${a.lang}><bf-alert variant="success"></bf-alert></div>`,
  play: async ({ canvasElement }) => {
    const alert = await rendered<BfAlert>(canvasElement, 'bf-alert');
    await expect(alert.getBoundingClientRect().height).toBe(0);
    alert.textContent = 'Kladden er gemt kl. 10.42';
    await shown(canvasElement);
    await expect(alert.getBoundingClientRect().height).toBeGreaterThan(0);
  },
};

export const LongDanishWords: Story = {
  args: {
    variant: 'warning',
    heading: 'Sundhedsforsikringsbevisindehaverens arbejdsmarkedsbidragsopgørelse mangler',
    text: 'Indkomstskatteansættelsesbekendtgørelsen kræver arbejdsmarkedsbidragsopgørelsen.',
  },
  play: async ({ canvasElement }) => {
    await expectReflow(await shown(canvasElement));
  },
};

/** At 320 px (WCAG 1.4.10 reflow): heading and text wrap beside the icon; nothing scrolls sideways. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  args: { ...LongDanishWords.args },
  render: (a) => html`<div style="width: 320px">${meta.render(a)}</div>`,
  play: async ({ canvasElement }) => {
    await expectReflow(await shown(canvasElement), 320);
  },
};

export const English: Story = {
  args: {
    lang: 'en',
    variant: 'error',
    heading: 'Something went wrong',
    text: 'We have not received your answers. Please try again in a little while.',
  },
  play: expectAlert('alert', 'Error:'),
};
