import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/phone-input.js';
import type { BfPhoneInput } from '../../src/components/phone-input/phone-input.js';
import { runFormControlSuite } from '../../src/testing/index.js';

runFormControlSuite('bf-phone-input', {
  validValue: '12 34 56 78',
  formValue: '+4512345678',
  requiredMessage: { da: 'Indtast telefonnummer', en: 'Enter phone number' },
  role: 'textbox',
});

async function field(markup: TemplateResult, lang = 'da') {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>${markup}<button>Send</button></form>`);
  form.addEventListener('submit', (e) => e.preventDefault());
  const control = form.querySelector('bf-phone-input')!;
  await control.updateComplete;
  const input = control.shadowRoot!.querySelector('input')!;
  return { form, control, input };
}

async function submitAndRead(form: HTMLFormElement, control: BfPhoneInput): Promise<string> {
  form.requestSubmit();
  await control.updateComplete;
  return control.validationMessage;
}

function shownError(control: BfPhoneInput): string {
  return (control.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
}

describe('bf-phone-input', () => {
  describe('every message of REQUIREMENTS §5.4, in Danish and in English', () => {
    const cases = [
      {
        code: 'required',
        foreign: false,
        value: '',
        flag: 'valueMissing',
        da: 'Indtast telefonnummer',
        en: 'Enter phone number',
      },
      {
        code: 'format (dk)',
        foreign: false,
        value: '1234567',
        flag: 'patternMismatch',
        da: 'Indtast et dansk telefonnummer med 8 cifre, fx 12 34 56 78',
        en: 'Enter a Danish phone number with 8 digits, like 12 34 56 78',
      },
      {
        code: 'format (intl)',
        foreign: true,
        value: '1234567',
        flag: 'patternMismatch',
        da: 'Indtast et telefonnummer med 8 cifre. Ved et udenlandsk nummer skal du skrive landekoden først, fx +46',
        en: 'Enter a phone number with 8 digits. For a foreign number, enter the country code first, like +46',
      },
      {
        code: 'notDanish',
        foreign: false,
        value: '+46 70 123 45 67',
        flag: 'patternMismatch',
        da: 'Indtast et dansk telefonnummer med 8 cifre',
        en: 'Enter a Danish phone number with 8 digits',
      },
    ] as const;
    for (const c of cases) {
      for (const lang of ['da', 'en'] as const) {
        it(`${c.code} (${lang})`, async () => {
          const { form, control, input } = await field(
            html`<bf-phone-input name="tlf" label="Telefonnummer" required
            ?allow-foreign=${c.foreign} value=${c.value}></bf-phone-input>`,
            lang,
          );
          expect(control.validity![c.flag]).to.equal(true);
          expect(form.checkValidity()).to.equal(false);
          expect(await submitAndRead(form, control)).to.equal(c[lang]);
          expect(shownError(control)).to.equal(`${lang === 'da' ? 'Fejl:' : 'Error:'} ${c[lang]}`);
          expect(input.getAttribute('aria-invalid')).to.equal('true');
        });
      }
    }
  });

  it('accepts every common way of writing a Danish number and submits +45XXXXXXXX', async () => {
    for (const value of [
      '12345678',
      '12 34 56 78',
      '+45 12 34 56 78',
      '0045 12345678',
      '+45-1234-5678',
      '(+45) 12345678',
      '12.34.56.78',
    ]) {
      const { form, control } = await field(
        html`<bf-phone-input name="tlf" label="Telefonnummer" value=${value}></bf-phone-input>`,
      );
      expect(control.validity!.valid, value).to.equal(true);
      expect(new FormData(form).get('tlf')).to.equal('+4512345678');
    }
  });

  it('rejects 7 digits', async () => {
    for (const value of ['1234567', '+45 1234567']) {
      const { control } = await field(
        html`<bf-phone-input label="Telefonnummer" value=${value}></bf-phone-input>`,
      );
      expect(control.validity!.patternMismatch, value).to.equal(true);
    }
  });

  it('with allow-foreign, takes a foreign number with its country code and submits E.164', async () => {
    for (const [value, expected] of [
      ['+46 70 123 45 67', '+46701234567'],
      ['0049 123 1234 1234', '+4912312341234'],
      ['12 34 56 78', '+4512345678'],
    ]) {
      const { form, control } = await field(
        html`<bf-phone-input name="tlf" label="Telefonnummer" allow-foreign value=${value}></bf-phone-input>`,
      );
      expect(control.validity!.valid, value).to.equal(true);
      expect(new FormData(form).get('tlf')).to.equal(expected);
    }
    const { control } = await field(
      html`<bf-phone-input label="Telefonnummer" allow-foreign value="+46 1234567890123456"></bf-phone-input>`,
    );
    expect(control.validity!.patternMismatch, '16 digits').to.equal(true);
  });

  it('switches mode when allow-foreign changes', async () => {
    const { control } = await field(
      html`<bf-phone-input label="Telefonnummer" value="+46 70 123 45 67"></bf-phone-input>`,
    );
    expect(control.validity!.valid).to.equal(false);
    control.allowForeign = true;
    expect(control.validity!.valid).to.equal(true);
  });

  it('fits a number with its country code by default, and takes a width', async () => {
    const form =
      await fixture<HTMLFormElement>(html`<form style="width: 800px"><bf-phone-input label="Telefon"></bf-phone-input
      ><bf-phone-input label="Telefon" width="10"></bf-phone-input><bf-phone-input label="Telefon" width="full"></bf-phone-input></form>`);
    const fields = [...form.querySelectorAll('bf-phone-input')];
    await Promise.all(fields.map((field) => field.updateComplete));
    const [fitting, ten, full] = fields.map(
      (c) => c.shadowRoot!.querySelector('[part~="input"]')!.getBoundingClientRect().width,
    );
    expect(ten).to.be.lessThan(fitting);
    expect(fitting).to.be.lessThan(full * 0.75);
  });

  it('an empty optional field is valid', async () => {
    const { form, control } = await field(
      html`<bf-phone-input name="tlf" label="Telefonnummer"></bf-phone-input>`,
    );
    expect(control.validity!.valid).to.equal(true);
    expect(new FormData(form).get('tlf')).to.equal('');
  });

  it('takes typing as is and shows a Danish number as 12 34 56 78 when the citizen leaves the field', async () => {
    const { form, control, input } = await field(
      html`<bf-phone-input name="tlf" label="Telefonnummer"></bf-phone-input><input id="after">`,
    );
    input.focus();
    await sendKeys({ type: '+4512345678' });
    await control.updateComplete;
    expect(input.value).to.equal('+4512345678');
    expect(input.selectionStart).to.equal(11);
    await sendKeys({ press: 'Tab' });
    await control.updateComplete;
    expect(input.value).to.equal('12 34 56 78');
    expect(new FormData(form).get('tlf')).to.equal('+4512345678');
  });

  it('keeps a foreign number as the citizen wrote it', async () => {
    const { form, control, input } = await field(
      html`<bf-phone-input name="tlf" label="Telefonnummer" allow-foreign></bf-phone-input><input id="after">`,
    );
    input.focus();
    await sendKeys({ type: '+46 70 123 45 67' });
    await sendKeys({ press: 'Tab' });
    await control.updateComplete;
    expect(input.value).to.equal('+46 70 123 45 67');
    expect(new FormData(form).get('tlf')).to.equal('+46701234567');
  });

  it('is a tel input with autocomplete="tel", and passes the host\'s autocomplete through', async () => {
    const { input } = await field(html`<bf-phone-input label="Telefonnummer"></bf-phone-input>`);
    expect([input.type, input.autocomplete, input.spellcheck]).to.deep.equal(['tel', 'tel', false]);
    const { input: own } = await field(
      html`<bf-phone-input label="Telefonnummer" autocomplete="work tel"></bf-phone-input>`,
    );
    expect(own.autocomplete).to.equal('work tel');
  });

  it('gives the format message for a 10,000-character paste with emoji, and for emoji alone', async () => {
    const { form, control, input } = await field(
      html`<bf-phone-input name="tlf" label="Telefonnummer"></bf-phone-input>`,
    );
    const pasted = `${'1234 5678😀 '.repeat(833)}1234`;
    input.focus();
    document.execCommand('insertText', false, pasted);
    await control.updateComplete;
    expect(control.value).to.equal(pasted);
    expect(await submitAndRead(form, control)).to.equal(
      'Indtast et dansk telefonnummer med 8 cifre, fx 12 34 56 78',
    );
    control.value = '12 34 56 7😀';
    expect(control.validity!.patternMismatch).to.equal(true);
  });

  it('shows HTML in the value as text', async () => {
    const markup = '<i>12345678</i>';
    const { form, control, input } = await field(
      html`<bf-phone-input label="Telefonnummer" value=${markup}></bf-phone-input>`,
    );
    expect(input.value).to.equal(markup);
    expect(control.shadowRoot!.querySelector('i')).to.equal(null);
    expect(await submitAndRead(form, control)).to.equal(
      'Indtast et dansk telefonnummer med 8 cifre, fx 12 34 56 78',
    );
  });

  it('takes message-required for an empty field', async () => {
    const { form, control } = await field(html`<bf-phone-input label="Telefonnummer" required
      message-required="Indtast dit mobilnummer"></bf-phone-input>`);
    expect(await submitAndRead(form, control)).to.equal('Indtast dit mobilnummer');
  });

  it('passes axe with each error shown, and in English', async () => {
    for (const [value, lang] of [
      ['1234567', 'da'],
      ['+46 70 123 45 67', 'da'],
      ['', 'en'],
    ] as const) {
      const { form, control } = await field(
        html`<bf-phone-input name="tlf" label="Telefonnummer" required value=${value}></bf-phone-input>`,
        lang,
      );
      await submitAndRead(form, control);
      expect(shownError(control)).to.not.equal('');
      await expect(form).to.be.accessible();
    }
  });
});
