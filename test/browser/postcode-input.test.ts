import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/postcode-input.js';
import '../../src/define/form.js';
import type { BfPostcodeInput } from '../../src/components/postcode-input/postcode-input.js';
import { runFormControlSuite, runIdentifierSuite } from '../../src/testing/index.js';
import { fieldInForm, shownError, submitAndRead } from '../../src/testing/field-in-form.js';
import { deepActiveElement, findAxNodes, itWithAccessibilityTree } from '../../src/testing/a11y.js';

runFormControlSuite('bf-postcode-input', {
  validValue: '8000',
  summaryValue: '8000 Aarhus C',
  requiredMessage: { da: 'Indtast postnummer', en: 'Enter postcode' },
  role: 'textbox',
});

runIdentifierSuite('bf-postcode-input', {
  specification: 'REQUIREMENTS §5.3',
  label: 'Postnummer',
  name: 'postnummer',
  messages: [
    { code: 'required', value: '', flag: 'valueMissing', da: 'Indtast postnummer', en: 'Enter postcode' },
    {
      code: 'format (letters)',
      value: 'Aarhus',
      flag: 'patternMismatch',
      da: 'Postnummeret skal være 4 cifre',
      en: 'Postcode must be 4 digits',
    },
    {
      code: 'format (5 digits)',
      value: '80000',
      flag: 'patternMismatch',
      da: 'Postnummeret skal være 4 cifre',
      en: 'Postcode must be 4 digits',
    },
    {
      code: 'format (pasted with the town)',
      value: 'DK-8000 Aarhus C',
      flag: 'patternMismatch',
      da: 'Postnummeret skal være 4 cifre',
      en: 'Postcode must be 4 digits',
    },
    {
      code: 'unknown',
      value: '3900',
      flag: 'badInput',
      da: 'Postnummeret findes ikke. Tjek, at du har skrevet det rigtigt',
      en: 'The postcode does not exist. Check that you entered it correctly',
    },
  ],
  formatMessage: 'Postnummeret skal være 4 cifre',
  accepted: [
    ['8000', '8000'],
    [' 8000 ', '8000'],
    ['8 000', '8000'],
    ['0800', '0800'],
    ['9990', '9990'],
  ],
  typing: { keys: '8 000', shown: '8000', submitted: '8000' },
  paste: { text: `${'8000 Aarhus C😀 '.repeat(700)}8000`, emoji: '800😀' },
  native: { type: 'text', inputMode: 'numeric', autocomplete: 'postal-code' },
  ownAutocomplete: 'shipping postal-code',
});

const field = (markup: TemplateResult, lang = 'da') =>
  fieldInForm<BfPostcodeInput>(markup, 'bf-postcode-input', lang);

function town(control: BfPostcodeInput): HTMLOutputElement {
  return control.shadowRoot!.querySelector('output')!;
}

describe('bf-postcode-input', () => {
  describe('the town (REQUIREMENTS §5.3) (T-5.3)', () => {
    for (const [code, city] of [
      ['8000', 'Aarhus C'],
      ['5000', 'Odense C'],
      ['2100', 'København Ø'],
      ['3700', 'Rønne'],
      ['9990', 'Skagen'],
    ]) {
      it(`${code} → "${city}", from the value attribute at load and into FormData as <name>-city`, async () => {
        const { form, control } = await field(
          html`<bf-postcode-input name="postnummer" label="Postnummer" value=${code}></bf-postcode-input>`,
        );
        expect(town(control).value).to.equal(city);
        expect(control.city).to.equal(city);
        const data = new FormData(form);
        expect([data.get('postnummer'), data.get('postnummer-city')]).to.deep.equal([code, city]);
      });
    }

    it('fills the town as the citizen types the fourth digit, and empties it when the code stops being one', async () => {
      const { form, control, input } = await field(
        html`<bf-postcode-input name="pnr" label="Postnummer"></bf-postcode-input>`,
      );
      input.focus();
      await sendKeys({ type: '800' });
      await control.updateComplete;
      expect(town(control).value).to.equal('');
      await sendKeys({ type: '0' });
      await control.updateComplete;
      expect(town(control).value, 'while typing: a change of content, not of context').to.equal('Aarhus C');
      expect(deepActiveElement(), 'focus stays in the postcode').to.equal(input);
      expect(new FormData(form).get('pnr-city')).to.equal('Aarhus C');
      await sendKeys({ type: '0' });
      await control.updateComplete;
      expect(town(control).value).to.equal('');
      expect(new FormData(form).get('pnr-city')).to.equal('');
    });

    it('is an <output> labelled "By": a polite live region, not a field in the tab order (W-3.2.2, W-4.1.3)', async () => {
      const { control } = await field(
        html`<bf-postcode-input name="pnr" label="Postnummer" value="8000"></bf-postcode-input>`,
      );
      const output = town(control);
      const label = control.shadowRoot!.querySelector<HTMLLabelElement>('label[for="city"]')!;
      expect(label.textContent).to.equal('By');
      expect(output.labels?.[0]).to.equal(label);
      expect(output.tabIndex).to.equal(-1);
      expect(control.shadowRoot!.querySelectorAll('input').length, 'one input only').to.equal(1);
    });

    itWithAccessibilityTree('the town is a status named "By" holding the town', async () => {
      await field(html`<bf-postcode-input name="pnr" label="Postnummer" value="2100"></bf-postcode-input>`);
      const nodes = await findAxNodes((node) => node.role === 'status' && node.name === 'By');
      expect(nodes.length).to.equal(1);
      expect(JSON.stringify(nodes[0])).to.contain('København Ø');
    });

    it('follows a value set from script and form.reset()', async () => {
      const { form, control } = await field(
        html`<bf-postcode-input name="pnr" label="Postnummer" value="8000"></bf-postcode-input>`,
      );
      control.value = '5000';
      await control.updateComplete;
      expect(town(control).value).to.equal('Odense C');
      form.reset();
      await control.updateComplete;
      expect(town(control).value).to.equal('Aarhus C');
    });

    it('speaks English inside lang="en"', async () => {
      const { control } = await field(
        html`<bf-postcode-input name="pnr" label="Postcode" value="8000"></bf-postcode-input>`,
        'en',
      );
      expect(control.shadowRoot!.querySelector('label[for="city"]')!.textContent).to.equal('Town');
      expect(town(control).value, 'a town is a name').to.equal('Aarhus C');
    });

    it('takes message-postcode-city', async () => {
      const { control } = await field(
        html`<bf-postcode-input name="pnr" label="Postnummer" message-postcode-city="Postdistrikt"></bf-postcode-input>`,
      );
      expect(control.shadowRoot!.querySelector('label[for="city"]')!.textContent).to.equal('Postdistrikt');
    });
  });

  describe('bad input keeps what was typed', () => {
    for (const value of ['abcd', '80000', 'DK-8000 Aarhus C', '0554', '😀😀😀😀']) {
      it(`${JSON.stringify(value)}: kept as typed, no town, submitted as typed`, async () => {
        const { form, control, input } = await field(
          html`<bf-postcode-input name="pnr" label="Postnummer"></bf-postcode-input>`,
        );
        input.focus();
        document.execCommand('insertText', false, value);
        await control.updateComplete;
        input.blur();
        await control.updateComplete;
        expect(input.value).to.equal(value);
        expect(town(control).value).to.equal('');
        expect(new FormData(form).get('pnr')).to.equal(value);
        expect(control.validity!.valid).to.equal(false);
        expect(shownError(control), 'shown once the citizen left the changed field').to.match(
          /^Fejl: Postnummeret/u,
        );
      });
    }

    it('0555, outside PostNord’s file, is unknown', async () => {
      const { control } = await field(
        html`<bf-postcode-input label="Postnummer" value="0555"></bf-postcode-input>`,
      );
      expect(control.validity!.badInput).to.equal(true);
    });
  });

  describe('municipality', () => {
    const inAarhus = (value: string, municipality = '0751', lang = 'da') =>
      field(
        html`<bf-postcode-input name="pnr" label="Postnummer" municipality=${municipality} value=${value}></bf-postcode-input>`,
        lang,
      );

    it('takes a postcode that reaches the municipality', async () => {
      const { form, control } = await inAarhus('8000');
      expect(control.validity!.valid).to.equal(true);
      expect(new FormData(form).get('pnr-city')).to.equal('Aarhus C');
    });

    it('rejects one that does not, naming the municipality, in Danish and English', async () => {
      const { form, control } = await inAarhus('5000');
      expect(control.validity!.customError).to.equal(true);
      expect(await submitAndRead(form, control)).to.equal(
        'Ansøgningen er kun for borgere i Aarhus Kommune. Tjek postnummeret',
      );
      expect(town(control).value, 'the town still shows: the postcode is real').to.equal('Odense C');
      const { form: en, control: english } = await inAarhus('5000', '751', 'en');
      expect(await submitAndRead(en, english)).to.equal(
        'This application is only for residents of Aarhus Kommune. Check the postcode',
      );
      await expect(form).to.be.accessible();
    });

    it('takes several municipalities, spaces or commas, and names them all', async () => {
      const { form, control } = await inAarhus('5000', '0751, 0710');
      expect(await submitAndRead(form, control)).to.equal(
        'Ansøgningen er kun for borgere i Aarhus Kommune eller Favrskov Kommune. Tjek postnummeret',
      );
      const { control: odense } = await inAarhus('5000', '751 461');
      expect(odense.validity!.valid).to.equal(true);
    });

    it('a postcode reaching two municipalities passes for either (6100 Haderslev: Haderslev and Kolding)', async () => {
      for (const municipality of ['0510', '0621']) {
        const { control } = await inAarhus('6100', municipality);
        expect(control.validity!.valid, municipality).to.equal(true);
      }
    });

    it('ignores an unknown municipality code with a warning for the host', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const { control } = await inAarhus('5000', '9999 abc');
        expect(control.validity!.valid).to.equal(true);
      } finally {
        console.warn = warn;
      }
      expect(warnings.some((w) => w.includes('municipality="9999"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('municipality="abc"'))).to.equal(true);
    });

    it('follows a change of the attribute', async () => {
      const { control } = await inAarhus('5000');
      expect(control.validity!.valid).to.equal(false);
      control.municipality = '0461';
      expect(control.validity!.valid).to.equal(true);
    });
  });

  it('keyboard only: the error summary links to the input; type, Tab on past the town', async () => {
    const bfForm = await fixture(html`<bf-form><form @submit=${(e: Event) => e.preventDefault()}>
      <bf-postcode-input name="pnr" label="Postnummer" required></bf-postcode-input><button>Send</button>
    </form></bf-form>`);
    const form = bfForm.querySelector('form')!;
    const control = form.querySelector('bf-postcode-input')!;
    const input = control.shadowRoot!.querySelector('input')!;
    await control.updateComplete;
    input.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(0);
    const summary = form.querySelector('bf-error-summary')!;
    await summary.updateComplete;
    const link = summary.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    expect(link.textContent?.trim()).to.equal('Indtast postnummer');
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(input);
    await sendKeys({ type: '2100' });
    await sendKeys({ press: 'Tab' });
    await control.updateComplete;
    expect(deepActiveElement(), 'the town is not a stop').to.equal(form.querySelector('button'));
    expect(town(control).value).to.equal('København Ø');
    expect(shownError(control)).to.equal('');
  });

  it('stays readable at 320 px: the town wraps under the input, nothing overflows', async () => {
    const { control } = await field(
      html`<div style="width: 320px"><bf-postcode-input name="pnr" label="Postnummer" value="0913"></bf-postcode-input></div>`,
    );
    expect(town(control).value).to.equal('Københavns Pakkecent');
    expect(control.scrollWidth).to.be.at.most(control.clientWidth + 1);
    const input = control.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    const output = town(control).getBoundingClientRect();
    expect(output.right).to.be.at.most(control.getBoundingClientRect().right + 1);
    expect(input.width).to.be.greaterThan(0);
  });
});
