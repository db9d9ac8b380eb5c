import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfForm } from '../src/components/form/form.js';
import type { BfErrorSummary } from '../src/components/error-summary/error-summary.js';
import { langArgType, narrowParameters, preventSubmit, rendered } from './support.js';

interface Args {
  lang: string;
  marking: string;
  submittingText: string;
}

/**
 * A small citizen form in `bf-form`: the page's own `<form>` posts as usual; on a submit attempt the
 * fields are checked, the error summary lists the problems and takes focus.
 */
const meta = {
  title: 'Forløb/Formular (bf-form)',
  component: 'bf-form',
  args: { lang: 'da', marking: '', submittingText: '' },
  argTypes: {
    lang: langArgType,
    marking: { control: 'inline-radio', options: ['', 'optional', 'required', 'none'] },
  },
  render: (a) => html`<bf-form lang=${a.lang} marking=${a.marking || nothing}
    submitting-text=${a.submittingText || nothing}><form method="post" action="/ansoeg" @submit=${preventSubmit}>
    <bf-text-field name="fornavn" label="Fornavn" autocomplete="given-name" required></bf-text-field>
    <bf-date-input name="flyttedato" label="Flyttedato" hint="For eksempel 27 3 2026" required></bf-date-input>
    <bf-radio-group name="bolig" label="Hvordan skal du bo?" required
      ><bf-option value="eje">Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option></bf-radio-group
    >
    <bf-text-field name="telefon" label="Telefonnummer" type="tel" width="10"></bf-text-field>
    <button class="send">Send ansøgning</button>
  </form></bf-form>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const formIn = (canvas: HTMLElement) => rendered<BfForm>(canvas, 'bf-form');
const summaryIn = (canvas: HTMLElement) => rendered<BfErrorSummary>(canvas, 'bf-error-summary');

/** Before anything is sent: no summary is shown. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await formIn(canvasElement);
    await expect((await summaryIn(canvasElement)).count).toBe(0);
  },
};

/** After "Send ansøgning" with three problems: the summary lists them, in the page's order. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    await formIn(canvasElement);
    canvasElement.querySelector<HTMLButtonElement>('button.send')!.click();
    const summary = await summaryIn(canvasElement);
    await expect(summary.count).toBe(3);
    const links = [...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent.trim());
    await expect(links).toEqual(['Indtast fornavn', 'Indtast flyttedato', 'Vælg hvordan skal du bo?']);
  },
};

/** The server sent the page back with a message on a field: listed at load, no script of the host's. */
export const ServerErrorAtLoad: Story = {
  // In a frame of its own on the Docs page: the summary takes focus at load, which would pull the page there.
  parameters: { docs: { story: { inline: false, height: '320px' } } },
  render: (a) => html`<bf-form lang=${a.lang}><form @submit=${preventSubmit}>
    <bf-error-summary></bf-error-summary>
    <bf-text-field name="email" label="E-mail" type="email" value="ada@eksempel.dk"
      error="Mailadressen er allerede i brug. Brug en anden mailadresse"></bf-text-field>
    <button>Send</button>
  </form></bf-form>`,
  play: async ({ canvasElement }) => {
    const summary = await summaryIn(canvasElement);
    for (let i = 0; i < 10 && summary.count === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await expect(summary.count).toBe(1);
  },
};

/** While the form is being sent: "Sender …" on the button, which ignores further presses. */
export const Sending: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    form.submitHandler = () => new Promise(() => {});
    for (const field of canvasElement.querySelectorAll('bf-text-field[required]'))
      (field as HTMLElement & { value: string }).value = 'Ada';
    (canvasElement.querySelector('bf-date-input') as HTMLElement & { value: string }).value = '2026-03-27';
    (canvasElement.querySelector('bf-radio-group') as HTMLElement & { value: string }).value = 'leje';
    canvasElement.querySelector<HTMLButtonElement>('button.send')!.click();
    await form.updateComplete;
    await expect(canvasElement.querySelector('button.send')!.textContent).toBe('Sender …');
  },
};

/** Sending failed: a Danish message says what happened, and nothing entered is lost. */
export const SendFailed: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    form.submitHandler = () => Promise.reject(new TypeError('Failed to fetch'));
    for (const field of canvasElement.querySelectorAll('bf-text-field[required]'))
      (field as HTMLElement & { value: string }).value = 'Ada';
    (canvasElement.querySelector('bf-date-input') as HTMLElement & { value: string }).value = '2026-03-27';
    (canvasElement.querySelector('bf-radio-group') as HTMLElement & { value: string }).value = 'leje';
    canvasElement.querySelector<HTMLButtonElement>('button.send')!.click();
    for (let i = 0; i < 10 && !form.shadowRoot!.querySelector('[part="alert"]'); i++) {
      await new Promise((r) => setTimeout(r, 10));
      await form.updateComplete;
    }
    await expect(form.shadowRoot!.querySelector('[part="alert"]')!.textContent).toContain(
      'Dine svar er ikke gået tabt',
    );
  },
};

/** Required fields marked instead of optional ones. */
export const MarkingRequired: Story = { args: { marking: 'required' } };

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await formIn(canvasElement);
    canvasElement.querySelector<HTMLButtonElement>('button.send')!.click();
    const summary = await summaryIn(canvasElement);
    await expect(summary.shadowRoot!.querySelector('h2')!.textContent).toBe('There is a problem');
  },
};

/** At 320 px (WCAG 1.4.10): the summary and its links wrap; nothing scrolls sideways. */
export const Narrow320: Story = {
  parameters: narrowParameters,
  render: (a) => html`<div style="width: 320px">${meta.render(a)}</div>`,
  play: WithErrors.play,
};
