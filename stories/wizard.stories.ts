import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfForm } from '../src/components/form/form.js';
import type { BfStep } from '../src/components/wizard/step.js';
import type { BfWizard } from '../src/components/wizard/wizard.js';
import { expectReflow, langArgType, narrowParameters, preventSubmit, rendered } from './support.js';

interface Args {
  lang: string;
  heading: string;
}

/**
 * A flow in steps (DKFDS trinformular): `bf-wizard` in `bf-form`, a `bf-step-indicator` and a
 * `bf-step` per step; the last step checks the answers and sends. Synthetic data.
 */
const meta = {
  title: 'Forløb/Trin (bf-wizard)',
  component: 'bf-wizard',
  args: { lang: 'da', heading: 'Om dig' },
  argTypes: { lang: langArgType },
  render: (a) => html`<bf-form lang=${a.lang}><form method="post" action="/anmeld" @submit=${preventSubmit}>
    <bf-wizard solution="Anmeld flytning">
      <bf-step-indicator></bf-step-indicator>
      <bf-step heading=${a.heading}>
        <bf-text-field name="fornavn" label="Fornavn" autocomplete="given-name" required></bf-text-field>
        <bf-date-input name="flyttedato" label="Flyttedato" required></bf-date-input>
      </bf-step>
      <bf-step heading="Din nye bolig">
        <bf-radio-group name="bolig" label="Hvordan skal du bo?" required
          ><bf-option value="eje">Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option></bf-radio-group
        >
      </bf-step>
      <bf-step heading="Lejemål" when="bolig=leje">
        <bf-text-field name="udlejer" label="Udlejer" required></bf-text-field>
      </bf-step>
      <bf-step heading="Tjek dine svar">
        <bf-summary></bf-summary>
        <button class="send">Send anmeldelse</button>
      </bf-step>
    </bf-wizard>
  </form></bf-form>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const wizardIn = (canvas: HTMLElement) => rendered<BfWizard>(canvas, 'bf-wizard');
const firstStep = async (canvas: HTMLElement) => {
  const step = await rendered<BfStep>(canvas, 'bf-step');
  await new Promise((resolve) => setTimeout(resolve, 50));
  return step;
};

/** The first step: its heading, "Næste"; the indicator lists the three steps that apply. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await firstStep(canvasElement);
    await expect(wizard.entries.map((entry) => entry.heading)).toEqual([
      'Om dig',
      'Din nye bolig',
      'Tjek dine svar',
    ]);
  },
};

/** "Næste" with the step's fields empty: the error summary lists them and takes focus. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const step = await firstStep(canvasElement);
    step.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const form = await rendered<BfForm>(canvasElement, 'bf-form');
    await expect(form.errorSummary!.count).toBe(2);
  },
};

/** Long Danish words in a step's heading wrap; nothing overflows. */
export const LongDanishWords: Story = {
  args: { heading: 'Sundhedsforsikringsbevisindehaverens arbejdsmarkedsbidragsoplysninger' },
  play: async ({ canvasElement }) => {
    await expectReflow(await firstStep(canvasElement));
  },
};

/** At 320 px: the indicator is a button "Trin 1 af 3" that opens the list (WCAG 1.4.10). */
export const Narrow320: Story = {
  parameters: narrowParameters,
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await expectReflow(await firstStep(canvasElement), 320);
  },
};

export const English: Story = {
  args: { lang: 'en', heading: 'About you' },
  play: async ({ canvasElement }) => {
    const step = await firstStep(canvasElement);
    await expect(step.shadowRoot!.querySelector('[part~="next"]')!.textContent.trim()).toBe('Next');
  },
};
