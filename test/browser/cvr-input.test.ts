import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/cvr-input.js';
import type { BfCvrInput } from '../../src/components/cvr-input/cvr-input.js';
import { runFormControlSuite, runIdentifierSuite } from '../../src/testing/index.js';
import { fieldInForm, submitAndRead } from '../../src/testing/field-in-form.js';

runFormControlSuite('bf-cvr-input', {
  validValue: '13748136',
  requiredMessage: { da: 'Indtast CVR-nummer', en: 'Enter CVR number' },
  role: 'textbox',
});

runIdentifierSuite('bf-cvr-input', {
  specification: 'REQUIREMENTS §5.2',
  label: 'CVR-nummer',
  name: 'cvr',
  messages: [
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
  ],
  formatMessage: 'CVR-nummeret skal være 8 cifre',
  accepted: [
    ['13748136', '13748136'],
    ['13 74 81 36', '13748136'],
    ['DK13748136', '13748136'],
    ['dk 1374-8136', '13748136'],
    ['24256790', '24256790'],
  ],
  typing: { keys: 'DK 13 74 81 36', shown: '13748136', submitted: '13748136' },
  paste: { text: '13748136😀 '.repeat(1000), emoji: '😀😀😀😀😀😀😀😀' },
  native: { type: 'text', inputMode: 'numeric', autocomplete: '' },
  ownAutocomplete: 'off',
});

const field = (markup: TemplateResult) => fieldInForm<BfCvrInput>(markup, 'bf-cvr-input');

describe('bf-cvr-input (T-5.2)', () => {
  it('rejects a changed digit with the checksum message, and submits the text as typed while invalid', async () => {
    const { form, control } = await field(
      html`<bf-cvr-input name="cvr" label="CVR-nummer" value="24256791"></bf-cvr-input>`,
    );
    expect(control.validity!.badInput).to.equal(true);
    expect(new FormData(form).get('cvr'), 'the text as typed while invalid').to.equal('24256791');
    expect(await submitAndRead(form, control)).to.equal(
      'Tjek CVR-nummeret. Der er et ciffer, der ikke passer',
    );
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
});
