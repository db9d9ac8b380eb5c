import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfRepeat } from '../src/components/repeat/repeat.js';
import {
  expectReflow,
  formWrapper,
  langArgType,
  narrowParameters,
  narrowWrapper,
  rendered,
  shadowText,
} from './support.js';

interface Args {
  label: string;
  hint: string;
  item: string;
  min: number;
  max: number;
  lang: string;
}

const person = html`<template>
  <bf-text-field name="navn" label="Navn" autocomplete="off" required></bf-text-field>
  <bf-date-input name="foedselsdato" label="Fødselsdato" required></bf-date-input>
</template>`;

function repeat(a: Args, items: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<bf-repeat name="personer" label=${a.label} hint=${a.hint || nothing} item=${a.item} min=${a.min}
    max=${a.max}
    >${person}${items}</bf-repeat
  >`;
}

/**
 * Answers that repeat ("tilføj endnu en"): who moves with the citizen. Each item is a group with its
 * own heading and "Fjern …"; the fields are sent as `personer[0][navn]`. Synthetic data.
 */
const meta = {
  title: 'Forløb/Gentagne svar (bf-repeat)',
  component: 'bf-repeat',
  args: {
    label: 'Hvem flytter med dig?',
    hint: 'Skriv alle, der flytter med, også børn.',
    item: 'person',
    min: 0,
    max: 6,
    lang: 'da',
  },
  argTypes: { lang: langArgType },
  render: (a) => formWrapper(a.lang, html`${repeat(a)}<button>Send</button>`),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const repeatIn = (canvas: HTMLElement) => rendered<BfRepeat>(canvas, 'bf-repeat');

/** No one added yet: only "Tilføj person". */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const element = await repeatIn(canvasElement);
    await expect(shadowText(element, 'add')).toBe('Tilføj person');
    await expect(element.items).toHaveLength(0);
  },
};

/** Two people added. */
export const TwoItems: Story = {
  play: async ({ canvasElement }) => {
    const element = await repeatIn(canvasElement);
    await element.addItem();
    await element.addItem();
    await expect(element.items.map((item) => item.heading)).toEqual(['Person 1', 'Person 2']);
  },
};

/** As a server sends it back: items with values and an error, and the error summary above. */
export const FromServerWithError: Story = {
  render: (a) =>
    formWrapper(
      a.lang,
      html`${repeat(
        a,
        html`<bf-repeat-item
            ><bf-text-field name="personer[0][navn]" label="Navn" value="Ada Jensen" required></bf-text-field
            ><bf-date-input name="personer[0][foedselsdato]" label="Fødselsdato" value="2015-04-02" required></bf-date-input
          ></bf-repeat-item>
          <bf-repeat-item
            ><bf-text-field name="personer[1][navn]" label="Navn" value="Bo" required></bf-text-field
            ><bf-date-input name="personer[1][foedselsdato]" label="Fødselsdato" required
              error="Indtast fødselsdato"></bf-date-input
          ></bf-repeat-item>`,
      )}<button>Send</button>`,
    ),
  play: async ({ canvasElement }) => {
    const element = await repeatIn(canvasElement);
    await expect(element.items.map((item) => item.heading)).toEqual(['Person 1', 'Person 2']);
  },
};

/** At `max`: a short text instead of "Tilføj …". */
export const AtMax: Story = {
  args: { min: 2, max: 2 },
  play: async ({ canvasElement }) => {
    const element = await repeatIn(canvasElement);
    await expect(shadowText(element, 'max')).toBe('Du kan ikke tilføje flere.');
  },
};

export const LongDanishWords: Story = {
  args: {
    label: 'Husstandsmedlemmernes folkeregisteradresseoplysninger',
    item: 'husstandsmedlemsregistrering',
    min: 1,
  },
  play: async ({ canvasElement }) => {
    await expectReflow(await repeatIn(canvasElement));
  },
};

/** At 320 px (WCAG 1.4.10 reflow). */
export const Narrow320: Story = {
  parameters: narrowParameters,
  args: { ...LongDanishWords.args },
  render: (a) => narrowWrapper(a.lang, repeat(a)),
  play: async ({ canvasElement }) => {
    await expectReflow(await repeatIn(canvasElement), 320);
  },
};

export const English: Story = {
  args: { lang: 'en', label: 'Who is moving with you?', hint: '', item: 'person', min: 1 },
  play: async ({ canvasElement }) => {
    const element = await repeatIn(canvasElement);
    await expect(shadowText(element, 'add')).toBe('Add person');
  },
};
