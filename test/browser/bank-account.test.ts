import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/bank-account.js';
import '../../src/define/form.js';
import type { BfBankAccount } from '../../src/components/bank-account/bank-account.js';
import type { BfFormControl } from '../../src/base/form-control.js';
import { runFormControlSuite, runIdentifierSuite } from '../../src/testing/index.js';
import { fieldInForm, shownError, submitAndRead } from '../../src/testing/field-in-form.js';
import { deepActiveElement, findAxNodes, itWithAccessibilityTree } from '../../src/testing/a11y.js';
import { pasteInto } from './support/paste.js';

function partInput(control: BfFormControl, part: 'reg' | 'account'): HTMLInputElement {
  return control.shadowRoot!.getElementById(part) as HTMLInputElement;
}

/** Types an account the way a citizen does: reg.nr, Tab, kontonr. */
async function typeAccount(control: BfFormControl, reg: string, account: string): Promise<void> {
  const first = partInput(control, 'reg');
  first.focus();
  first.select();
  if (reg) await sendKeys({ type: reg });
  await sendKeys({ press: 'Tab' });
  if (account) await sendKeys({ type: account });
  await control.updateComplete;
}

function markedParts(control: BfFormControl): string[] {
  return [...control.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')].map((input) => input.id);
}

runFormControlSuite('bf-bank-account', {
  attributes: { 'nemkonto-exempt': '' },
  validValue: '0040-0440116243',
  requiredMessage: {
    da: 'Indtast registreringsnummer og kontonummer',
    en: 'Enter registration number and account number',
  },
  role: 'group',
  invalidRole: 'textbox', // aria-invalid goes on the wrong parts (both when empty), not on the fieldset
  unlabelled: 'no-name', // the parts keep their own labels (Reg.nr., Kontonummer)
  fill: (control) => typeAccount(control, '0040', '0440116243'),
});

runFormControlSuite('bf-bank-account', {
  attributes: { 'nemkonto-exempt': '', format: 'iban' },
  validValue: 'DK5000400440116243',
  summaryValue: 'DK50 0040 0440 1162 43',
  requiredMessage: { da: 'Indtast IBAN-nummer', en: 'Enter IBAN' },
  role: 'textbox',
});

runIdentifierSuite('bf-bank-account', {
  specification: 'REQUIREMENTS §5.6 (IBAN)',
  label: 'IBAN',
  name: 'iban',
  attributes: { 'nemkonto-exempt': true, format: 'iban' },
  messages: [
    { code: 'required', value: '', flag: 'valueMissing', da: 'Indtast IBAN-nummer', en: 'Enter IBAN' },
    {
      code: 'ibanFormat',
      value: 'DK500040044011624',
      flag: 'patternMismatch',
      da: 'Tjek IBAN-nummeret. Det skal starte med landekoden, fx DK, og have det rigtige antal tegn',
      en: 'Check the IBAN. It must start with the country code, like DK, and have the right number of characters',
    },
    {
      code: 'ibanChecksum',
      value: 'DK5000400440116244',
      flag: 'badInput',
      da: 'Tjek IBAN-nummeret. Der er et tegn, der ikke passer',
      en: 'Check the IBAN. One of the characters is wrong',
    },
  ],
  formatMessage: 'Tjek IBAN-nummeret. Det skal starte med landekoden, fx DK, og have det rigtige antal tegn',
  accepted: [
    ['DK5000400440116243', 'DK5000400440116243'],
    ['DK50 0040 0440 1162 43', 'DK5000400440116243'],
    ['dk50 0040 0440 1162 43', 'DK5000400440116243'],
    ['NO93 8601 1117 947', 'NO9386011117947'],
    ['GB29 NWBK 6016 1331 9268 19', 'GB29NWBK60161331926819'],
  ],
  typing: { keys: 'DK5000400440116243', shown: 'DK50 0040 0440 1162 43', submitted: 'DK5000400440116243' },
  paste: { text: `${'DK50 0040 0440 1162 43😀 '.repeat(420)}DK`, emoji: 'DK50 0040 0440 1162 4😀' },
  native: { type: 'text', inputMode: '', autocomplete: '' },
  ownAutocomplete: 'off',
});

const field = (markup: TemplateResult, lang = 'da') =>
  fieldInForm<BfBankAccount>(markup, 'bf-bank-account', lang);

const exempt = html`<bf-bank-account name="konto" label="Konto til udbetaling" nemkonto-exempt required></bf-bank-account>`;

describe('bf-bank-account', () => {
  describe('NemKonto first (REQUIREMENTS §3.5, T-3.5)', () => {
    it('without nemkonto-exempt: the notice, no textbox, nothing submitted, never invalid', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      let result: Awaited<ReturnType<typeof field>>;
      try {
        result = await field(
          html`<bf-bank-account name="konto" label="Udbetaling" required error="Serverens fejl" value="0040-0440116243"></bf-bank-account>`,
        );
      } finally {
        console.warn = warn;
      }
      const { form, control } = result;
      const root = control.shadowRoot!;
      expect(root.querySelector('input, select, textarea')).to.equal(null);
      expect(root.querySelector('[part~="notice"]')!.textContent).to.contain(
        'Udbetalinger fra det offentlige sker til din NemKonto.',
      );
      expect(root.querySelector('[part~="label"]')!.textContent).to.equal('Udbetaling');
      expect(new FormData(form).has('konto')).to.equal(false);
      expect(control.validity!.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(await submitAndRead(form, control)).to.equal('');
      expect(shownError(control)).to.equal('');
      expect(control.summaryAnswer.displayValue).to.equal('Din NemKonto');
      expect(control.draftState()).to.equal(null);
      expect(warnings.some((w) => w.includes('<bf-bank-account name="konto"> ignores required'))).to.equal(
        true,
      );
      await expect(form).to.be.accessible();
    });

    itWithAccessibilityTree('the notice has no textbox in the accessibility tree', async () => {
      await field(html`<bf-bank-account name="konto" label="Udbetaling"></bf-bank-account>`);
      expect(await findAxNodes((node) => node.role === 'textbox')).to.deep.equal([]);
    });

    it('speaks English, and the notice can be overridden', async () => {
      const { control } = await field(
        html`<bf-bank-account name="konto" label="Payout"></bf-bank-account>`,
        'en',
      );
      expect(control.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain(
        'Payments from public authorities are made to your NemKonto.',
      );
      const { control: own } = await field(
        html`<bf-bank-account label="Udbetaling" message-bank-account-nem-konto="Pengene kommer på din NemKonto."></bf-bank-account>`,
      );
      expect(own.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain(
        'Pengene kommer på din NemKonto.',
      );
    });

    it('with nemkonto-exempt: reg.nr and kontonr are rendered, labelled, under the legend', async () => {
      const { control } = await field(exempt);
      const labels = [...control.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent?.trim());
      expect(labels).to.deep.equal(['Reg.nr.', 'Kontonummer']);
      expect(partInput(control, 'reg').inputMode).to.equal('numeric');
      expect(partInput(control, 'account').inputMode).to.equal('numeric');
      expect(control.shadowRoot!.querySelector('legend')!.textContent).to.contain('Konto til udbetaling');
    });

    it('switching nemkonto-exempt on and off from script', async () => {
      const { form, control } = await field(
        html`<bf-bank-account name="konto" label="Konto" required></bf-bank-account>`,
      );
      expect(form.checkValidity()).to.equal(true);
      control.nemkontoExempt = true;
      await control.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      expect(control.shadowRoot!.querySelectorAll('input').length).to.equal(2);
      control.nemkontoExempt = false;
      await control.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('konto')).to.equal(false);
    });
  });

  describe('reg.nr + kontonr (REQUIREMENTS §5.6) (T-5.6)', () => {
    it('0040 and 440116243 submit 0040-0440116243', async () => {
      const { form, control } = await field(exempt);
      await typeAccount(control, '0040', '440116243');
      expect(control.validity!.valid).to.equal(true);
      expect(control.value).to.equal('0040-0440116243');
      expect(new FormData(form).get('konto')).to.equal('0040-0440116243');
      expect(partInput(control, 'account').value, 'kept as typed').to.equal('440116243');
    });

    it('reg.nr 004: "Registreringsnummeret skal være 4 cifre" on the reg.nr only, focused after a submit', async () => {
      const { form, control } = await field(exempt);
      await typeAccount(control, '004', '440116243');
      expect(control.validity!.patternMismatch).to.equal(true);
      expect(new FormData(form).get('konto'), 'never half an account').to.equal('');
      partInput(control, 'account').focus();
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      expect(shownError(control)).to.equal('Fejl: Registreringsnummeret skal være 4 cifre');
      expect(markedParts(control)).to.deep.equal(['reg']);
      expect(deepActiveElement()).to.equal(partInput(control, 'reg'));
    });

    it('an 11-digit kontonr: "Kontonummeret skal være op til 10 cifre" on the kontonr', async () => {
      const { form, control } = await field(exempt);
      await typeAccount(control, '0040', '12345678901');
      expect(await submitAndRead(form, control)).to.equal('Kontonummeret skal være op til 10 cifre');
      expect(markedParts(control)).to.deep.equal(['account']);
      expect(deepActiveElement()).to.equal(partInput(control, 'account'));
      await expect(form).to.be.accessible();
    });

    it('empty and required: both parts marked, focus on the reg.nr; English too', async () => {
      const { form, control } = await field(exempt);
      expect(await submitAndRead(form, control)).to.equal('Indtast registreringsnummer og kontonummer');
      expect(markedParts(control)).to.deep.equal(['reg', 'account']);
      const { form: en, control: english } = await field(exempt, 'en');
      expect(await submitAndRead(en, english)).to.equal('Enter registration number and account number');
      expect(english.shadowRoot!.querySelector('label[for="reg"]')!.textContent).to.equal('Reg. no.');
    });

    it('an empty optional account is valid and submits ""', async () => {
      const { form, control } = await field(
        html`<bf-bank-account name="konto" label="Konto" nemkonto-exempt></bf-bank-account>`,
      );
      expect(control.validity!.valid).to.equal(true);
      expect(new FormData(form).get('konto')).to.equal('');
    });

    it('the value attribute fills the parts (server round trip); an unfinished one shows its error', async () => {
      const { form, control } = await field(
        html`<bf-bank-account name="konto" label="Konto" nemkonto-exempt value="0040-440116243"></bf-bank-account>`,
      );
      expect([partInput(control, 'reg').value, partInput(control, 'account').value]).to.deep.equal([
        '0040',
        '440116243',
      ]);
      expect(new FormData(form).get('konto')).to.equal('0040-0440116243');
      const { control: half } = await field(
        html`<bf-bank-account name="konto" label="Konto" nemkonto-exempt value="004-1"></bf-bank-account>`,
      );
      expect(partInput(half, 'reg').value).to.equal('004');
      expect(half.validity!.patternMismatch).to.equal(true);
    });

    it('a whole account pasted into the reg.nr is spread over both parts, with one input event', async () => {
      const { form, control } = await field(exempt);
      let inputs = 0;
      control.addEventListener('input', () => inputs++);
      const reg = partInput(control, 'reg');
      await pasteInto(reg, '0040 0440116243');
      await control.updateComplete;
      expect([reg.value, partInput(control, 'account').value]).to.deep.equal(['0040', '0440116243']);
      expect(new FormData(form).get('konto')).to.equal('0040-0440116243');
      expect(inputs).to.equal(1);
      expect(deepActiveElement(), 'focus stays').to.equal(reg);
      await pasteInto(partInput(control, 'account'), '12');
      await control.updateComplete;
      expect(partInput(control, 'account').value, 'not a whole account: pasted as usual').to.equal(
        '044011624312',
      );
    });

    it('one change event when focus leaves both parts, none between them', async () => {
      const { control } = await field(html`${exempt}<input id="after" />`);
      let changes = 0;
      control.addEventListener('change', () => changes++);
      await typeAccount(control, '0040', '440116243');
      expect(changes, 'moving from reg.nr to kontonr').to.equal(0);
      await sendKeys({ press: 'Tab' });
      await control.updateComplete;
      expect(changes).to.equal(1);
    });

    it('back/forward: the parts come back as typed, even unfinished', async () => {
      const { control } = await field(exempt);
      await typeAccount(control, '004', '12');
      const state = control.draftState();
      const { form, control: other } = await field(exempt);
      other.restoreDraftState(structuredClone(state!));
      await other.updateComplete;
      expect([partInput(other, 'reg').value, partInput(other, 'account').value]).to.deep.equal(['004', '12']);
      expect(new FormData(form).get('konto')).to.equal('');
    });

    it('the error summary links each part’s error to that part (keyboard only)', async () => {
      const bfForm = await fixture(html`<bf-form><form @submit=${(e: Event) => e.preventDefault()}>
        <bf-bank-account name="a" label="Konto A" nemkonto-exempt value="004-440116243"></bf-bank-account>
        <bf-bank-account name="b" label="Konto B" nemkonto-exempt value="0040-12345678901"></bf-bank-account>
        <button>Send</button>
      </form></bf-form>`);
      const form = bfForm.querySelector('form')!;
      const [a, b] = [...form.querySelectorAll('bf-bank-account')];
      await Promise.all([a.updateComplete, b.updateComplete]);
      partInput(a, 'account').focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(0);
      const summary = form.querySelector('bf-error-summary')!;
      await summary.updateComplete;
      const links = [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
      expect(links.map((link) => link.textContent?.trim())).to.deep.equal([
        'Registreringsnummeret skal være 4 cifre',
        'Kontonummeret skal være op til 10 cifre',
      ]);
      links[0].focus();
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement()).to.equal(partInput(a, 'reg'));
      links[1].focus();
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement()).to.equal(partInput(b, 'account'));
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      await b.updateComplete;
      expect(shownError(b)).to.equal('');
      await expect(bfForm).to.be.accessible();
    });

    it('fits 320 px: the parts wrap, nothing overflows', async () => {
      const { control } = await field(html`<div style="width: 320px">${exempt}</div>`);
      await submitAndRead(control.form!, control);
      expect(control.scrollWidth).to.be.at.most(control.clientWidth + 1);
      for (const part of ['reg', 'account'] as const) {
        expect(partInput(control, part).getBoundingClientRect().right).to.be.at.most(
          control.getBoundingClientRect().right + 1,
        );
      }
    });
  });

  describe('format="iban"', () => {
    it('shows the IBAN in groups of 4 once left, and submits it without spaces', async () => {
      const { form, control, input } = await field(
        html`<bf-bank-account name="iban" label="IBAN" nemkonto-exempt format="iban"></bf-bank-account><input id="after" />`,
      );
      input.focus();
      await sendKeys({ type: 'dk5000400440116243' });
      await sendKeys({ press: 'Tab' });
      await control.updateComplete;
      expect(input.value).to.equal('DK50 0040 0440 1162 43');
      expect(new FormData(form).get('iban')).to.equal('DK5000400440116243');
    });

    it('takes format in any case and switches from script', async () => {
      const { control } = await field(
        html`<bf-bank-account name="iban" label="IBAN" nemkonto-exempt format="IBAN" value="DK5000400440116243"></bf-bank-account>`,
      );
      expect(control.format).to.equal('iban');
      expect(control.shadowRoot!.querySelectorAll('input').length).to.equal(1);
      expect(control.validity!.valid).to.equal(true);
    });
  });
});
