import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/cvr-input.js';
import type { BfCvrInput } from '../../src/components/cvr-input/cvr-input.js';
import { runFormControlSuite } from '../../src/testing/index.js';

runFormControlSuite('bf-cvr-input', {
  validValue: '13748136',
  requiredMessage: { da: 'Indtast CVR-nummer', en: 'Enter CVR number' },
  role: 'textbox',
});

async function field(markup: TemplateResult, lang = 'da') {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>${markup}<button>Send</button></form>`);
  form.addEventListener('submit', (e) => e.preventDefault());
  const control = form.querySelector('bf-cvr-input')!;
  await control.updateComplete;
  const input = control.shadowRoot!.querySelector('input')!;
  return { form, control, input };
}

async function submitAndRead(form: HTMLFormElement, control: BfCvrInput): Promise<string> {
  form.requestSubmit();
  await control.updateComplete;
  return control.validationMessage;
}

function shownError(control: BfCvrInput): string {
  return (control.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
}

describe('bf-cvr-input', () => {
  describe('every message of REQUIREMENTS §5.2, in Danish and in English', () => {
    const cases = [
      { code: 'required', value: '', flag: 'valueMissing', da: 'Indtast CVR-nummer', en: 'Enter CVR number' },
      {
        code: 'format',
        value: '1374813',
        flag: 'patternMismatch',
        da: 'CVR-nummeret skal være 8 cifre',
        en: 'CVR number must be 8 digits',
      },
      {
        code: 'checksum',
        value: '13748137',
        flag: 'badInput',
        da: 'Tjek CVR-nummeret. Der er et ciffer, der ikke passer',
        en: 'Check the CVR number. One of the digits is wrong',
      },
    ] as const;
    for (const c of cases) {
      for (const lang of ['da', 'en'] as const) {
        it(`${c.code} (${lang})`, async () => {
          const { form, control, input } = await field(
            html`<bf-cvr-input name="cvr" label="CVR-nummer" required value=${c.value}></bf-cvr-input>`,
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

  it('accepts spaces, hyphens and a DK prefix, and submits the 8 digits', async () => {
    for (const [value, expected] of [
      ['13748136', '13748136'],
      ['13 74 81 36', '13748136'],
      ['DK13748136', '13748136'],
      ['dk 1374-8136', '13748136'],
      ['24256790', '24256790'],
    ]) {
      const { form, control } = await field(
        html`<bf-cvr-input name="cvr" label="CVR-nummer" value=${value}></bf-cvr-input>`,
      );
      expect(control.validity!.valid, value).to.equal(true);
      expect(new FormData(form).get('cvr')).to.equal(expected);
    }
  });

  it('rejects a changed digit with the checksum message', async () => {
    const { form, control } = await field(
      html`<bf-cvr-input name="cvr" label="CVR-nummer" value="24256791"></bf-cvr-input>`,
    );
    expect(control.validity!.badInput).to.equal(true);
    expect(new FormData(form).get('cvr'), 'the text as typed while invalid').to.equal('24256791');
    expect(await submitAndRead(form, control)).to.equal(
      'Tjek CVR-nummeret. Der er et ciffer, der ikke passer',
    );
  });

  it('an empty optional field is valid', async () => {
    const { form, control } = await field(html`<bf-cvr-input name="cvr" label="CVR-nummer"></bf-cvr-input>`);
    expect(control.validity!.valid).to.equal(true);
    expect(new FormData(form).get('cvr')).to.equal('');
  });

  it('takes typing as is and shows the bare 8 digits when the citizen leaves the field', async () => {
    const { form, control, input } = await field(
      html`<bf-cvr-input name="cvr" label="CVR-nummer"></bf-cvr-input><input id="after">`,
    );
    input.focus();
    await sendKeys({ type: 'DK 13 74 81 36' });
    await control.updateComplete;
    expect(input.value).to.equal('DK 13 74 81 36');
    expect(input.selectionStart).to.equal(14);
    await sendKeys({ press: 'Tab' });
    await control.updateComplete;
    expect(input.value).to.equal('13748136');
    expect(new FormData(form).get('cvr')).to.equal('13748136');
  });

  it('asks for numbers', async () => {
    const { input } = await field(html`<bf-cvr-input label="CVR-nummer"></bf-cvr-input>`);
    expect([input.type, input.inputMode, input.spellcheck]).to.deep.equal(['text', 'numeric', false]);
    const { input: own } = await field(
      html`<bf-cvr-input label="CVR-nummer" autocomplete="off"></bf-cvr-input>`,
    );
    expect(own.autocomplete).to.equal('off');
  });

  it('gives the format message for a 10,000-character paste with emoji, and for emoji alone', async () => {
    const { form, control, input } = await field(
      html`<bf-cvr-input name="cvr" label="CVR-nummer"></bf-cvr-input>`,
    );
    const pasted = `${'13748136😀 '.repeat(1000)}`;
    input.focus();
    document.execCommand('insertText', false, pasted);
    await control.updateComplete;
    expect(control.value).to.equal(pasted);
    expect(await submitAndRead(form, control)).to.equal('CVR-nummeret skal være 8 cifre');
    control.value = '😀😀😀😀😀😀😀😀';
    expect(control.validity!.patternMismatch).to.equal(true);
  });

  it('shows HTML in the value as text', async () => {
    const markup = '<b>13748136</b>';
    const { form, control, input } = await field(
      html`<bf-cvr-input label="CVR-nummer" value=${markup}></bf-cvr-input>`,
    );
    expect(input.value).to.equal(markup);
    expect(control.shadowRoot!.querySelector('b')).to.equal(null);
    expect(await submitAndRead(form, control)).to.equal('CVR-nummeret skal være 8 cifre');
  });

  it('takes message-required for an empty field', async () => {
    const { form, control } = await field(html`<bf-cvr-input label="CVR-nummer" required
      message-required="Indtast virksomhedens CVR-nummer"></bf-cvr-input>`);
    expect(await submitAndRead(form, control)).to.equal('Indtast virksomhedens CVR-nummer');
  });

  it('is narrower than a full-width field by default', async () => {
    const form = await fixture<HTMLFormElement>(html`<form style="width: 800px">
      <bf-cvr-input label="CVR-nummer"></bf-cvr-input><bf-cvr-input label="CVR-nummer" width="full"></bf-cvr-input></form>`);
    const [narrow, full] = [...form.querySelectorAll('bf-cvr-input')];
    await full.updateComplete;
    const width = (c: Element) =>
      c.shadowRoot!.querySelector('[part~="input"]')!.getBoundingClientRect().width;
    expect(width(narrow)).to.be.lessThan(width(full) / 2);
  });

  it('passes axe with each error shown, and in English', async () => {
    for (const [value, lang] of [
      ['13748137', 'da'],
      ['12', 'da'],
      ['', 'en'],
    ] as const) {
      const { form, control } = await field(
        html`<bf-cvr-input name="cvr" label="CVR-nummer" required value=${value}></bf-cvr-input>`,
        lang,
      );
      await submitAndRead(form, control);
      expect(shownError(control)).to.not.equal('');
      await expect(form).to.be.accessible();
    }
  });
});
