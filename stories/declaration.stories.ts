import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { BfDeclaration } from '../src/components/declaration/declaration.js';
import type { BfSummary } from '../src/components/summary/summary.js';
import {
  fieldArgs,
  formWrapper,
  langArgType,
  preventSubmit,
  rendered,
  shadowText,
  type FieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends FieldArgs {
  text: string;
  checked: boolean;
  confirmLabel: string;
}

const TAG = 'bf-declaration';
const TEXT = 'Jeg erklærer på tro og love, at de oplysninger, jeg har givet, er rigtige og fuldstændige.';
const REQUIRED = 'Du skal bekræfte erklæringen, før du kan sende';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/**
 * The declaration a citizen confirms before sending, inside a `<form>` as on a real page. The text is
 * the element's content; the heading and "Jeg bekræfter" come from the catalogue unless `label` and
 * `confirm-label` say otherwise. `lang` on the form picks the language of the texts.
 */
const meta = {
  title: 'Felter/Erklæring (bf-declaration)',
  component: 'bf-declaration',
  args: fieldArgs('', 'erklaering', { text: TEXT, checked: false, confirmLabel: '', required: true }),
  argTypes: { lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-declaration label=${a.label || nothing} hint=${a.hint || nothing} name=${a.name}
    confirm-label=${a.confirmLabel || nothing} ?checked=${a.checked} ?disabled=${a.disabled}
    error=${a.error || nothing}>${a.text}</bf-declaration>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const declarationIn = (canvas: HTMLElement) => rendered<BfDeclaration>(canvas, TAG);

/** The heading "Erklæring", the text, and "Jeg bekræfter" not yet ticked: nothing is submitted. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const declaration = await declarationIn(canvasElement);
    await expect(shadowText(declaration, 'label')).toBe('Erklæring');
    await expect(shadowText(declaration, 'confirm-label')).toBe('Jeg bekræfter');
    await expect(new FormData(declaration.closest('form')!).has('erklaering')).toBe(false);
  },
};

/** Confirmed (a server sends it back with `checked`): the form submits the text itself. */
export const Confirmed: Story = {
  args: { checked: true },
  play: async ({ canvasElement }) => {
    const declaration = await declarationIn(canvasElement);
    await expect(declaration.shadowRoot!.querySelector('input')!.checked).toBe(true);
    await expect(new FormData(declaration.closest('form')!).get('erklaering')).toBe(TEXT);
  },
};

/** A link in the text stays a link; the value is its text. */
export const WithLink: Story = {
  args: { checked: true },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-declaration name=${a.name} ?checked=${a.checked}
        >Jeg har læst <a href="#vilkaar">vilkårene for boligstøtte</a> og erklærer på tro og love, at
        oplysningerne er rigtige.</bf-declaration
      >`,
    ),
  play: async ({ canvasElement }) => {
    const declaration = await declarationIn(canvasElement);
    await expect(declaration.querySelector('a')).not.toBe(null);
    await expect(new FormData(declaration.closest('form')!).get('erklaering')).toBe(
      'Jeg har læst vilkårene for boligstøtte og erklærer på tro og love, at oplysningerne er rigtige.',
    );
  },
};

// A declaration has no read-only state: no `Readonly` story.
const standard = fieldStories<Args, 'Readonly'>({
  tag: TAG,
  hint: 'Du kan blive straffet, hvis du giver urigtige oplysninger',
  requiredError: `Fejl: ${REQUIRED}`,
  serverError: { checked: true, error: 'Erklæringen er ændret. Læs den, og bekræft den igen' },
  filled: { checked: true },
  longWords: {
    label: 'Tro og love-erklæring om sundhedsforsikringsbevisindehaverens oplysninger',
    hint: 'Arbejdsskadeerstatningsforsikringsattesten og arbejdsmarkedsbidragsopgørelsen skal være vedlagt',
    text: 'Jeg erklærer på tro og love, at sundhedsforsikringsbevisindehaverens arbejdsskadeerstatningsforsikringsoplysninger er rigtige og fuldstændige.',
  },
  narrow: {
    args: { text: 'Jeg erklærer på tro og love, at mine oplysninger om boligstøtteberettigelse er rigtige.' },
    error: REQUIRED,
  },
  english: {
    args: { text: 'I declare that the information I have given is true and complete.' },
    error: 'Error: You must confirm the declaration before you can send',
  },
  extra: {
    English: {
      check: async (declaration) => {
        await expect(shadowText(declaration, 'label')).toBe('Declaration');
        await expect(shadowText(declaration, 'confirm-label')).toBe('I confirm');
      },
    },
  },
});
// Storybook makes a test of a story only from its own `export const` (see stories/field-stories.ts).
export const WithHint = standard.WithHint;
export const RequiredAfterSubmit = standard.RequiredAfterSubmit;
export const ServerError = standard.ServerError;
export const Disabled = standard.Disabled;
export const LongDanishWords = standard.LongDanishWords;
export const Narrow320 = standard.Narrow320;
export const English = standard.English;

/**
 * At the end of an application, in `bf-form` with its error summary and `bf-summary`: sending without
 * confirming lists the message; once confirmed, the summary reads "Bekræftet: …" under "Erklæring".
 */
export const InFormWithSummary: Story = {
  render: () => html`<bf-form
    ><form lang="da" @submit=${preventSubmit}>
      <bf-text-field name="navn" label="Navn" value="Ada Jensen"></bf-text-field>
      <bf-declaration name="erklaering">${TEXT}</bf-declaration>
      <bf-summary></bf-summary>
      <button>Send ansøgning</button>
    </form></bf-form
  >`,
  play: async ({ canvasElement }) => {
    const declaration = await declarationIn(canvasElement);
    const form = declaration.closest('form')!;
    form.querySelector('button')!.click();
    await declaration.updateComplete;
    const errors = await rendered(canvasElement, 'bf-error-summary');
    await expect(errors.shadowRoot!.querySelector('a')!.textContent.trim()).toBe(REQUIRED);
    declaration.shadowRoot!.querySelector('input')!.click();
    await declaration.updateComplete;
    const summary = await rendered<BfSummary>(canvasElement, 'bf-summary');
    summary.refresh();
    await summary.updateComplete;
    const rows = [...summary.shadowRoot!.querySelectorAll('[part~="row"]')].map((row) => [
      row.querySelector('dt')!.textContent.trim(),
      row.querySelector('dd.value')!.textContent.trim(),
    ]);
    await expect(rows).toEqual([
      ['Navn', 'Ada Jensen'],
      ['Erklæring', `Bekræftet: ${TEXT}`],
    ]);
  },
};
