import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/cpr-input.js';
import type { BfCprInput } from '../../src/components/cpr-input/cpr-input.js';
import { runFormControlSuite, runIdentifierSuite } from '../../src/testing/index.js';
import { recordFormValues } from './support/form-values.js';
import { fieldInForm, shownError, submitAndRead } from '../../src/testing/field-in-form.js';
import { findAxNodes, itWithAccessibilityTree, labelAndDescription } from '../../src/testing/a11y.js';

// Synthetic numbers, made from a date and a sequence number.
runFormControlSuite('bf-cpr-input', {
  validValue: '010190-1234',
  formValue: '0101901234',
  requiredMessage: { da: 'Indtast CPR-nummer', en: 'Enter CPR number' },
  role: 'textbox',
});

runIdentifierSuite('bf-cpr-input', {
  specification: 'REQUIREMENTS §5.1',
  label: 'CPR-nummer',
  name: 'cpr',
  attributes: { today: '2024-01-01' },
  messages: [
    { code: 'required', value: '', flag: 'valueMissing', da: 'Indtast CPR-nummer', en: 'Enter CPR number' },
    {
      code: 'format',
      value: '01019-01234',
      flag: 'patternMismatch',
      da: 'CPR-nummeret skal være 10 cifre',
      en: 'CPR number must be 10 digits',
    },
    {
      code: 'date',
      value: '310290-1234',
      flag: 'badInput',
      da: 'De første 6 cifre i CPR-nummeret skal være en rigtig dato (ddmmåå)',
      en: 'The first 6 digits of the CPR number must be a real date (ddmmyy)',
    },
    {
      code: 'future',
      value: '020124-4000',
      flag: 'rangeOverflow',
      da: 'Fødselsdatoen i CPR-nummeret ligger i fremtiden. Tjek, at du har skrevet det rigtigt',
      en: 'The date of birth in the CPR number is in the future. Check that you entered it correctly',
    },
  ],
  formatMessage: 'CPR-nummeret skal være 10 cifre',
  accepted: [
    '0101901234',
    '010190-1234',
    '010190 1234',
    '010190\u20131234',
    '010190\u00a01234',
    ' 010190-1234 ',
  ].map((written) => [written, '0101901234'] as const),
  typing: { keys: '0101901234', shown: '010190-1234', submitted: '0101901234' },
  paste: { text: `${'0101901234😀 '.repeat(833)}1234`, emoji: '010190-1234😀' },
  // Off: a CPR number stays out of the browser's form history.
  native: { type: 'text', inputMode: 'numeric', autocomplete: 'off' },
});

const field = (markup: TemplateResult, lang = 'da') => fieldInForm<BfCprInput>(markup, 'bf-cpr-input', lang);

describe('bf-cpr-input (T-5.1)', () => {
  it('rejects 9 and 11 digits, letters and a separator in the wrong place with the format message', async () => {
    for (const value of [
      '010190-123',
      '0101901234x',
      'abcdef-1234',
      '01019012345',
      '0101-901234',
      '010190--1234',
    ]) {
      const { control } = await field(html`<bf-cpr-input label="CPR-nummer" value=${value}></bf-cpr-input>`);
      expect(control.validity!.patternMismatch, value).to.equal(true);
    }
  });

  it('checks the date in the full year the 7th digit gives: 29 February 2000 exists, 1900 did not', async () => {
    const { control: leap } = await field(
      html`<bf-cpr-input label="CPR-nummer" value="290200-4123"></bf-cpr-input>`,
    );
    expect(leap.validity!.valid).to.equal(true);
    const { form, control: notLeap } = await field(
      html`<bf-cpr-input label="CPR-nummer" value="290200-0123"></bf-cpr-input>`,
    );
    expect(notLeap.validity!.badInput).to.equal(true);
    expect(await submitAndRead(form, notLeap)).to.equal(
      'De første 6 cifre i CPR-nummeret skal være en rigtig dato (ddmmåå)',
    );
    const { control: april } = await field(
      html`<bf-cpr-input label="CPR-nummer" value="310490-1234"></bf-cpr-input>`,
    );
    expect(april.validity!.badInput).to.equal(true);
  });

  it('does not apply a modulus-11 check', async () => {
    // 010190-1234 fails modulus 11; CPR has issued such numbers since 2007.
    const { control } = await field(
      html`<bf-cpr-input label="CPR-nummer" value="010190-1234"></bf-cpr-input>`,
    );
    expect(control.validity!.valid).to.equal(true);
  });

  it('compares the birth date with an injected today, on both sides of the boundary', async () => {
    const { form, control } = await field(
      html`<bf-cpr-input name="cpr" label="CPR-nummer" today="2024-01-01" value="010124-4321"></bf-cpr-input>`,
    );
    expect(control.validity!.valid, 'born today').to.equal(true);
    control.value = '020124-4321';
    expect(control.validity!.rangeOverflow, 'born tomorrow').to.equal(true);
    expect(await submitAndRead(form, control)).to.contain('ligger i fremtiden');
    control.today = '2024-01-02';
    await control.updateComplete;
    expect(control.validity!.valid).to.equal(true);
    expect(shownError(control)).to.equal('');
    expect(new FormData(form).get('cpr')).to.equal('0201244321');
  });

  it("uses the device's date when today is not a real ISO date (and warns without the number)", async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.join(' '));
    };
    try {
      const { control } = await field(
        html`<bf-cpr-input label="CPR-nummer" today="i morgen" value="010190-1234"></bf-cpr-input>`,
      );
      expect(control.validity!.valid).to.equal(true);
      const { control: future } = await field(
        html`<bf-cpr-input label="CPR-nummer" today="i morgen" value="010150-5234"></bf-cpr-input>`,
      );
      expect(future.validity!.rangeOverflow, "2050 is after the device's date").to.equal(true);
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('today="i morgen"'))).to.equal(true);
    expect(warnings.join(' ')).to.not.match(/010190|0101901234|010150/u);
  });

  it('submits the text as typed while it is invalid, and the form is blocked', async () => {
    const { form, control } = await field(
      html`<bf-cpr-input name="cpr" label="CPR-nummer" value="310290-1234"></bf-cpr-input>`,
    );
    expect(new FormData(form).get('cpr')).to.equal('310290-1234');
    expect(form.checkValidity()).to.equal(false);
    expect(control.validity!.valid).to.equal(false);
  });

  it('leaves an invalid number as typed when the citizen leaves it, and shows the error then', async () => {
    const { control, input } = await field(
      html`<bf-cpr-input label="CPR-nummer"></bf-cpr-input><input id="after">`,
    );
    input.focus();
    await sendKeys({ type: '31029' });
    await control.updateComplete;
    expect(shownError(control), 'no error while typing').to.equal('');
    await sendKeys({ press: 'Tab' });
    await control.updateComplete;
    expect(input.value).to.equal('31029');
    expect(shownError(control)).to.equal('Fejl: CPR-nummeret skal være 10 cifre');
  });

  it('asks the keyboard not to capitalise', async () => {
    const { input } = await field(html`<bf-cpr-input label="CPR-nummer"></bf-cpr-input>`);
    expect(input.getAttribute('autocapitalize')).to.equal('none');
  });

  it('shows the format hint "Format: ddmmåå-xxxx" as the description, unless the field has a hint of its own', async () => {
    const { input } = await field(html`<bf-cpr-input label="CPR-nummer"></bf-cpr-input>`);
    expect(labelAndDescription(input)).to.deep.equal({
      name: 'CPR-nummer (frivilligt)',
      description: 'Format: ddmmåå-xxxx',
    });
    const { input: en } = await field(html`<bf-cpr-input label="CPR number"></bf-cpr-input>`, 'en');
    expect(labelAndDescription(en).description).to.equal('Format: ddmmyy-xxxx');
    const { input: own } = await field(
      html`<bf-cpr-input label="Barnets CPR-nummer" hint="Står på sundhedskortet"></bf-cpr-input>`,
    );
    expect(labelAndDescription(own).description).to.equal('Står på sundhedskortet');
  });

  itWithAccessibilityTree("reads the format hint as the textbox's description", async () => {
    await field(html`<bf-cpr-input label="CPR-nummer" required></bf-cpr-input>`);
    const nodes = await findAxNodes((n) => n.role === 'textbox' && n.name === 'CPR-nummer');
    expect(nodes.length).to.equal(1);
    expect(nodes[0].description).to.equal('Format: ddmmåå-xxxx');
  });

  it('takes per-instance texts: message-cpr-format, and message-required for an empty field', async () => {
    const { form, control } = await field(html`<bf-cpr-input label="CPR-nummer" value="123"
      message-cpr-format="Skriv barnets CPR-nummer med 10 cifre"></bf-cpr-input>`);
    expect(await submitAndRead(form, control)).to.equal('Skriv barnets CPR-nummer med 10 cifre');
    const { form: form2, control: empty } = await field(html`<bf-cpr-input label="CPR-nummer" required
      message-required="Indtast barnets CPR-nummer"></bf-cpr-input>`);
    expect(await submitAndRead(form2, empty)).to.equal('Indtast barnets CPR-nummer');
    const { form: form3, control: own } = await field(html`<bf-cpr-input label="CPR-nummer" required
      message-required="Indtast barnets CPR-nummer" message-cpr-required="Indtast dit barns CPR-nummer"></bf-cpr-input>`);
    expect(await submitAndRead(form3, own)).to.equal('Indtast dit barns CPR-nummer');
  });

  it('is narrower than a full-width field by default, and takes a width', async () => {
    const form = await fixture<HTMLFormElement>(html`<form style="width: 800px">
      <bf-cpr-input label="CPR-nummer" value="010190-1234"></bf-cpr-input><bf-cpr-input label="CPR-nummer" width="full"></bf-cpr-input></form>`);
    const [narrow, full] = [...form.querySelectorAll('bf-cpr-input')];
    await full.updateComplete;
    const width = (c: Element) =>
      c.shadowRoot!.querySelector('[part~="input"]')!.getBoundingClientRect().width;
    expect(width(narrow)).to.be.lessThan(width(full) / 2);
    const input = narrow.shadowRoot!.querySelector('input')!;
    expect(input.scrollWidth, 'DDMMYY-SSSS fits').to.be.at.most(input.clientWidth + 1);
  });

  it('takes a numeric width too', async () => {
    const form = await fixture<HTMLFormElement>(html`<form style="width: 800px">
      <bf-cpr-input label="CPR-nummer"></bf-cpr-input><bf-cpr-input label="CPR-nummer" width="5"></bf-cpr-input></form>`);
    const [fitting, five] = [...form.querySelectorAll('bf-cpr-input')];
    await five.updateComplete;
    const width = (c: Element) =>
      c.shadowRoot!.querySelector('[part~="input"]')!.getBoundingClientRect().width;
    expect(width(five)).to.be.lessThan(width(fitting) * 0.6);
  });

  it('never reveals the number in console output, events, attributes, errors or the URL', async () => {
    const digits = /310290|3102901234|010190|0101901234|1234/u;
    const logged: string[] = [];
    const originals = new Map<string, unknown>();
    const consoleRecord = console as unknown as Record<string, unknown>;
    for (const key of Object.keys(console)) {
      if (typeof consoleRecord[key] !== 'function') continue;
      originals.set(key, consoleRecord[key]);
      consoleRecord[key] = (...args: unknown[]) => {
        logged.push(args.map((a) => String(a)).join(' '));
      };
    }
    const events: Event[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the right `this`
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      events.push(event);
      return dispatch.call(this, event);
    };
    const seen: string[] = [];
    const collectEvent = (event: Event) => {
      events.push(event);
    };
    const types = ['input', 'change', 'invalid', 'submit', 'focusin', 'focusout', 'keydown', 'keyup'];
    try {
      const { form, control, input } = await field(
        html`<bf-cpr-input name="cpr" label="CPR-nummer" required></bf-cpr-input><input id="after">`,
      );
      for (const type of types) form.addEventListener(type, collectEvent, true);
      input.focus();
      await sendKeys({ type: '3102901234' }); // impossible date
      await sendKeys({ press: 'Tab' });
      await control.updateComplete;
      form.requestSubmit();
      await control.updateComplete;
      expect(control.validity!.badInput).to.equal(true);
      control.value = '';
      input.focus();
      await sendKeys({ type: '0101901234' }); // valid
      await sendKeys({ press: 'Tab' });
      form.requestSubmit();
      await control.updateComplete;
      expect(control.validity!.valid).to.equal(true);

      for (const element of [control, ...control.shadowRoot!.querySelectorAll('*')]) {
        for (const attribute of element.getAttributeNames())
          seen.push(`${attribute}=${element.getAttribute(attribute)}`);
      }
      seen.push(control.validationMessage, location.href, document.title);
      for (const type of types) form.removeEventListener(type, collectEvent, true);
    } finally {
      EventTarget.prototype.dispatchEvent = dispatch;
      for (const [key, fn] of originals) consoleRecord[key] = fn;
    }
    for (const event of events) {
      const detail = (event as Event & { detail?: unknown }).detail;
      if (event.type.startsWith('bf-') || detail !== undefined)
        seen.push(`${event.type}:${JSON.stringify(detail ?? null)}`);
      const own = Object.keys(event).map(
        (key) => `${key}=${String((event as unknown as Record<string, unknown>)[key])}`,
      );
      seen.push(...own);
    }
    expect(events.length, 'the run dispatched events').to.be.greaterThan(5);
    for (const text of [...seen, ...logged]) expect(text).to.not.match(digits);
  });

  it('gives the browser no state to restore, as a native autocomplete="off" input (nothing in session history)', async () => {
    const { form, control, input } = await field(
      html`<bf-cpr-input name="cpr" label="CPR-nummer"></bf-cpr-input>`,
    );
    const saved = recordFormValues(control);
    input.focus();
    await sendKeys({ type: '0101901234' });
    await control.updateComplete;
    expect(saved.length).to.be.greaterThan(0);
    expect(saved.at(-1)).to.deep.equal(['0101901234', null]);
    expect(new FormData(form).get('cpr')).to.equal('0101901234');
  });
});
