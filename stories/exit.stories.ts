import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfExit } from '../src/components/exit/exit.js';
import type { BfStepIndicator } from '../src/components/step-indicator/step-indicator.js';
import type { BfWizard } from '../src/components/wizard/wizard.js';
import { expectReflow, langArgType, narrowParameters, preventSubmit, rendered } from './support.js';

interface Args {
  lang: string;
  /** The answer to "Hvordan bor du?" the play function gives before "Næste" (`''`: none). */
  answer: string;
}

/**
 * An exit page (`bf-exit`) among a wizard's steps: "Erhvervslejemål" ends the flow with why and what
 * to do instead; another answer goes on, and the step indicator keeps the step the answer rules out
 * as "Ikke relevant". Synthetic data.
 */
const meta = {
  title: 'Forløb/Udgang (bf-exit)',
  component: 'bf-exit',
  args: { lang: 'da', answer: 'erhverv' },
  argTypes: { lang: langArgType, answer: { control: 'inline-radio', options: ['leje', 'eje', 'erhverv'] } },
  render: (
    a,
  ) => html`<bf-form lang=${a.lang}><form method="post" action="/beboerlicens" @submit=${preventSubmit}>
    <bf-wizard solution="Beboerlicens">
      <bf-step-indicator></bf-step-indicator>
      <bf-step heading="Din bolig">
        <bf-radio-group name="bolig" label="Hvordan bor du?" required
          ><bf-option value="leje">Lejebolig</bf-option><bf-option value="eje">Ejerbolig</bf-option
          ><bf-option value="erhverv">Erhvervslejemål</bf-option></bf-radio-group
        >
      </bf-step>
      <bf-exit heading="Du kan ikke søge beboerlicens" when="bolig=erhverv">
        <p>Beboerlicens er kun for dem, der bor i zonen. Bor du i et erhvervslejemål, kan din virksomhed søge
          en erhvervslicens.</p>
        <p>Ring til Borgerservice på <a href="tel:+4512345678">12 34 56 78</a>, hvis du har spørgsmål.</p>
      </bf-exit>
      <bf-step heading="Lejemål" when="bolig=leje">
        <bf-text-field name="udlejer" label="Udlejer" required></bf-text-field>
      </bf-step>
      <bf-step heading="Køretøj">
        <bf-text-field name="nummerplade" label="Nummerplade" required></bf-text-field>
      </bf-step>
      <bf-step heading="Tjek dine svar">
        <bf-summary></bf-summary>
        <button class="send">Send ansøgning</button>
      </bf-step>
    </bf-wizard>
  </form></bf-form>`,
  play: async ({ canvasElement, args }) => {
    const wizard = await rendered<BfWizard>(canvasElement, 'bf-wizard');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const answer = canvasElement.querySelector<HTMLElement & { value: string }>('[name="bolig"]')!;
    answer.value = args.answer;
    await wizard.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const indicatorText = (canvas: HTMLElement) =>
  canvas.querySelector<BfStepIndicator>('bf-step-indicator')!.shadowRoot!.querySelector('nav > ol')!
    .textContent;

/** "Erhvervslejemål" and "Næste": the exit page, its heading focused, "Tilbage" and no "Næste". */
export const ExitReached: Story = {
  play: async (context) => {
    await meta.play(context);
    const exit = context.canvasElement.querySelector<BfExit>('bf-exit')!;
    await expect(exit.hidden).toBe(false);
    await expect(exit.shadowRoot!.activeElement?.localName).toBe('h1');
    await expect(exit.shadowRoot!.querySelector('[part~="next"]')).toBeNull();
    await expect(indicatorText(context.canvasElement)).toContain('Ikke relevant');
  },
};

/** "Ejerbolig" and "Næste": the step "Lejemål" stays in the indicator as "Ikke relevant", unnumbered. */
export const SkippedStep: Story = {
  args: { answer: 'eje' },
  play: async (context) => {
    await meta.play(context);
    const text = indicatorText(context.canvasElement).replace(/\s+/gu, ' ');
    await expect(text).toMatch(/Lejemål.*Ikke relevant/u);
    await expect(text).toContain('2Køretøj');
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async (context) => {
    await meta.play(context);
    const exit = context.canvasElement.querySelector<BfExit>('bf-exit')!;
    await expect(exit.shadowRoot!.querySelector('[part~="back"]')!.textContent.trim()).toBe('Back');
  },
};

/** At 320 px: the exit page reflows; the indicator is the button "Se alle 3 trin" (no step current). */
export const Narrow320: Story = {
  parameters: narrowParameters,
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  play: async (context) => {
    await meta.play(context);
    const indicator = context.canvasElement.querySelector<BfStepIndicator>('bf-step-indicator')!;
    await expect(indicator.shadowRoot!.querySelector('[part~="toggle"]')!.textContent.trim()).toBe(
      'Se alle 3 trin',
    );
    await expectReflow(context.canvasElement.querySelector('bf-exit')!, 320);
  },
};
