import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/bank-account.js';
import type { BfBankAccount } from '../src/components/bank-account/bank-account.js';
import {
  expectErrorAfterSubmit,
  expectReflow,
  expectSubmitted,
  formWrapper,
  langArgType,
  rendered,
  selectArgType,
  shadowText,
  shadowTextAt,
  submitAndWait,
  valueFieldArgs,
  type ValueFieldArgs,
} from './support.js';
import { fieldStories } from './field-stories.js';

interface Args extends ValueFieldArgs {
  nemkontoExempt: boolean;
  format: string;
}

const TAG = 'bf-bank-account';

// Own meta literal per story file (Storybook reads `title` statically); shared parts are in support.ts.
/**
 * Inside a `<form>`, as on a real page; `lang` on the form picks the language of the texts. Most
 * stories set `nemkonto-exempt` (a refund from a private body): without it the field is the notice.
 */
const meta = {
  title: 'Felter/Bankkonto (bf-bank-account)',
  component: 'bf-bank-account',
  args: valueFieldArgs('Konto til udbetaling', 'konto', { nemkontoExempt: true, format: '' }),
  argTypes: { format: selectArgType(['', 'account', 'iban']), lang: langArgType },
  render: (a) =>
    formWrapper(
      a.lang,
      html`<bf-bank-account label=${a.label} hint=${a.hint || nothing} name=${a.name}
    value=${a.value || nothing} ?nemkonto-exempt=${a.nemkontoExempt} format=${a.format || nothing}
    ?required=${a.required} ?disabled=${a.disabled} ?readonly=${a.readonly} error=${a.error || nothing}></bf-bank-account>`,
    ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const fieldIn = (canvas: HTMLElement) => rendered<BfBankAccount>(canvas, TAG);
const markedParts = (field: Element) =>
  [...field.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')].map((input) => input.id);

/** The default: public payouts go to NemKonto, so the field asks for nothing and submits nothing. */
export const NemKonto: Story = {
  args: { nemkontoExempt: false, label: 'Udbetaling' },
  play: async ({ canvasElement }) => {
    const field = await submitAndWait(await fieldIn(canvasElement));
    await expect(shadowText(field, 'label')).toBe('Udbetaling');
    await expect(shadowTextAt(field, '.notice-text')).toBe(
      'Udbetalinger fra det offentlige sker til din NemKonto.',
    );
    await expect(field.shadowRoot!.querySelector('input')).toBe(null);
    await expect(new FormData(field.closest('form')!).has('konto')).toBe(false);
  },
};

/** The notice in English. */
export const NemKontoEnglish: Story = {
  args: { nemkontoExempt: false, label: 'Payout', lang: 'en' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(shadowTextAt(field, '.notice-text')).toBe(
      'Payments from public authorities are made to your NemKonto.',
    );
  },
};

/** `nemkonto-exempt`: "Reg.nr." and "Kontonummer" under one legend. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    const labels = [...field.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent?.trim());
    await expect(labels).toEqual(['Reg.nr.', 'Kontonummer']);
    await expect(shadowText(field, 'label')).toBe('Konto til udbetaling (frivilligt)');
  },
};

/** From the server's `value`; the form sends one value, the kontonummer padded to 10 digits. */
export const Filled: Story = {
  args: { required: true, value: '0040-440116243' },
  play: expectSubmitted(TAG, 'konto', '0040-0440116243'),
};

/** A reg.nr of 3 digits: only the reg.nr is marked. */
export const RegError: Story = {
  args: { required: true, value: '004-440116243' },
  play: async ({ canvasElement }) => {
    const field = await submitAndWait(await fieldIn(canvasElement));
    await expect(shadowText(field, 'error')).toBe('Fejl: Registreringsnummeret skal være 4 cifre');
    await expect(markedParts(field)).toEqual(['reg']);
  },
};

/** A kontonummer of 11 digits: only the kontonummer is marked. */
export const AccountError: Story = {
  args: { required: true, value: '0040-12345678901' },
  play: async ({ canvasElement }) => {
    const field = await submitAndWait(await fieldIn(canvasElement));
    await expect(shadowText(field, 'error')).toBe('Fejl: Kontonummeret skal være op til 10 cifre');
    await expect(markedParts(field)).toEqual(['account']);
  },
};

/** `format="iban"` (a payment abroad): shown in groups of four, sent without spaces. */
export const Iban: Story = {
  args: { format: 'iban', label: 'IBAN', name: 'iban', required: true, value: 'DK5000400440116243' },
  play: async ({ canvasElement }) => {
    const field = await fieldIn(canvasElement);
    await expect(field.shadowRoot!.querySelector('input')!.value).toBe('DK50 0040 0440 1162 43');
    await expect(new FormData(field.closest('form')!).get('iban')).toBe('DK5000400440116243');
  },
};

/** An IBAN one character short. */
export const IbanFormatError: Story = {
  args: { format: 'iban', label: 'IBAN', required: true, value: 'DK50 0040 0440 1162 4' },
  play: expectErrorAfterSubmit(
    TAG,
    'Fejl: Tjek IBAN-nummeret. Det skal starte med landekoden, fx DK, og have det rigtige antal tegn',
  ),
};

/** An IBAN with one wrong character. */
export const IbanChecksumError: Story = {
  args: { format: 'iban', label: 'IBAN', required: true, value: 'DK50 0040 0440 1162 44' },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Tjek IBAN-nummeret. Der er et tegn, der ikke passer'),
};

/** An empty required IBAN. */
export const IbanRequired: Story = {
  args: { format: 'iban', label: 'IBAN', required: true },
  play: expectErrorAfterSubmit(TAG, 'Fejl: Indtast IBAN-nummer'),
};

const standard = fieldStories<Args>({
  tag: TAG,
  hint: 'Kontoen skal være i dit navn',
  requiredError: 'Fejl: Indtast registreringsnummer og kontonummer',
  serverError: {
    value: '0040-0440116243',
    error: 'Kontoen findes ikke i banken. Tjek reg.nr. og kontonummer',
  },
  filled: { value: '0040-0440116243' },
  longWords: {
    label: 'Konto til tilbagebetaling af depositum for andelsboligforeningens fællesvaskeri',
    hint: 'Andelsboligforeningens administrationsselskab overfører tilbagebetalingen inden for fjorten dage',
    value: '004-12345678901',
  },
  narrow: {
    args: { label: 'Konto til tilbagebetaling', value: '0040-12345678901' },
    error: 'Fejl: Kontonummeret skal være op til 10 cifre',
  },
  english: {
    args: { label: 'Account for the refund' },
    error: 'Error: Enter registration number and account number',
  },
  extra: {
    // An empty required account and a server's error mark both parts.
    RequiredAfterSubmit: { check: async (field) => expect(markedParts(field)).toEqual(['reg', 'account']) },
    ServerError: { check: async (field) => expect(markedParts(field)).toEqual(['reg', 'account']) },
    // The two parts reflow too.
    Narrow320: {
      check: async (field) => expectReflow(field.shadowRoot!.querySelector('[part~="control"]')!),
    },
    English: {
      check: async (field) =>
        expect([...field.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent?.trim())).toEqual([
          'Reg. no.',
          'Account number',
        ]),
    },
  },
});
// Storybook makes a test of a story only from its own `export const` (see stories/field-stories.ts).
export const WithHint = standard.WithHint;
export const RequiredAfterSubmit = standard.RequiredAfterSubmit;
export const ServerError = standard.ServerError;
export const Disabled = standard.Disabled;
export const Readonly = standard.Readonly;
export const LongDanishWords = standard.LongDanishWords;
export const Narrow320 = standard.Narrow320;
export const English = standard.English;
