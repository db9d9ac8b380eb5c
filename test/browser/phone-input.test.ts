import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/phone-input.js';
import type { BfPhoneInput } from '../../src/components/phone-input/phone-input.js';
import { runFormControlSuite, runIdentifierSuite } from '../../src/testing/index.js';
import { fieldInForm } from '../../src/testing/field-in-form.js';

runFormControlSuite('bf-phone-input', {
  validValue: '12 34 56 78',
  formValue: '+4512345678',
  requiredMessage: { da: 'Indtast telefonnummer', en: 'Enter phone number' },
  role: 'textbox',
});

runIdentifierSuite('bf-phone-input', {
  specification: 'REQUIREMENTS §5.4',
  label: 'Telefonnummer',
  name: 'tlf',
  messages: [
    {
      code: 'required',
      value: '',
      flag: 'valueMissing',
      da: 'Indtast telefonnummer',
      en: 'Enter phone number',
    },
    {
      code: 'format (dk)',
      value: '1234567',
      flag: 'patternMismatch',
      da: 'Indtast et dansk telefonnummer med 8 cifre, fx 12 34 56 78',
      en: 'Enter a Danish phone number with 8 digits, like 12 34 56 78',
    },
    {
      code: 'format (intl)',
      attributes: { 'allow-foreign': true },
      value: '1234567',
      flag: 'patternMismatch',
      da: 'Indtast et telefonnummer med 8 cifre. Ved et udenlandsk nummer skal du skrive landekoden først, fx +46',
      en: 'Enter a phone number with 8 digits. For a foreign number, enter the country code first, like +46',
    },
    {
      code: 'notDanish',
      value: '+46 70 123 45 67',
      flag: 'patternMismatch',
      da: 'Indtast et dansk telefonnummer med 8 cifre',
      en: 'Enter a Danish phone number with 8 digits',
    },
  ],
  formatMessage: 'Indtast et dansk telefonnummer med 8 cifre, fx 12 34 56 78',
  accepted: [
    '12345678',
    '12 34 56 78',
    '+45 12 34 56 78',
    '0045 12345678',
    '+45-1234-5678',
    '(+45) 12345678',
    '12.34.56.78',
  ].map((written) => [written, '+4512345678'] as const),
  typing: { keys: '+4512345678', shown: '12 34 56 78', submitted: '+4512345678' },
  paste: { text: `${'1234 5678😀 '.repeat(833)}1234`, emoji: '12 34 56 7😀' },
  native: { type: 'tel', inputMode: '', autocomplete: 'tel' },
  ownAutocomplete: 'work tel',
});

const field = (markup: TemplateResult) => fieldInForm<BfPhoneInput>(markup, 'bf-phone-input');

describe('bf-phone-input (T-5.4)', () => {
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
});
