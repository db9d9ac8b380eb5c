import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { defineElement } from '../../src/base/define.js';
import { BfFormControl } from '../../src/base/form-control.js';
import { MultiPartController } from '../../src/base/multi-part-controller.js';
import { deepActiveElement } from '../../src/testing/a11y.js';

interface Account {
  readonly reg: string;
  readonly account: string;
}

/** A two-part field as the controller's JSDoc shows it (reg.nr + kontonr, value `reg-account`). */
class TestBankAccount extends BfFormControl {
  private readonly entry = new MultiPartController<Account>(this, {
    empty: { reg: '', account: '' },
    valueOf: (p) => (p.reg && p.account ? `${p.reg}-${p.account}` : ''), // never half an account
    partsOf: (value) => {
      const [reg = '', account = ''] = value.split('-');
      return { reg, account };
    },
    commit: (value) => this.commitValue(value),
    change: () => this.redispatchChange(),
  });

  get parts(): Account {
    return this.entry.parts;
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: object): void {
    this.entry?.hostRequestUpdate(name);
    super.requestUpdate(name, oldValue, options);
  }

  protected override renderControl(): TemplateResult {
    const part = (key: keyof Account): TemplateResult =>
      html`<input id=${key} aria-label=${key} .value=${live(this.entry.parts[key])}
        @input=${(event: Event) => this.entry.input(key, (event.target as HTMLInputElement).value)}
        @change=${this.entry.onChange}
        @focusin=${this.entry.onFocusIn}
        @focusout=${this.entry.onFocusOut}
      />`;
    return html`${part('reg')}${part('account')}`;
  }
}
defineElement('test-bank-account', TestBankAccount);

async function setup(attributes: { value?: string; error?: string } = {}) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <button type="button" id="before">Før</button>
    <test-bank-account name="konto" label="Konto" value=${attributes.value ?? nothing}
      error=${attributes.error ?? nothing}></test-bank-account>
    <button type="button" id="after">Efter</button>
  </form>`);
  const field = form.querySelector<TestBankAccount>('test-bank-account')!;
  await field.updateComplete;
  const part = (id: 'reg' | 'account') => field.shadowRoot!.getElementById(id) as HTMLInputElement;
  const events: string[] = [];
  field.addEventListener('input', () => events.push('input'));
  field.addEventListener('change', () => events.push('change'));
  return { form, field, part, events };
}

describe('MultiPartController', () => {
  it('typing one character in a part fires input once; the value follows the parts', async () => {
    const { form, field, part, events } = await setup();
    part('reg').focus();
    await sendKeys({ type: '1' });
    expect(events).to.deep.equal(['input']);
    expect(field.value, 'half an account is no value').to.equal('');
    await field.updateComplete;
    expect(part('reg').value, 'the part keeps what was typed').to.equal('1');
    part('account').focus();
    await sendKeys({ type: '2' });
    expect(events).to.deep.equal(['input', 'input']);
    expect(new FormData(form).get('konto')).to.equal('1-2');
  });

  it('fires change once when focus leaves the group after a change, not when moving between parts', async () => {
    const { field, part, events } = await setup();
    part('reg').focus();
    await sendKeys({ type: '1234' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(part('account'));
    await sendKeys({ type: '56' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement(), 'back to the first part').to.equal(part('reg'));
    await sendKeys({ press: 'Tab' });
    expect(
      events.filter((e) => e === 'change'),
      'no change between the parts',
    ).to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(field.form!.querySelector('#after'));
    expect(events.filter((e) => e === 'change')).to.deep.equal(['change']);
    expect(field.value).to.equal('1234-56');
  });

  it('fires no change when focus passes through the parts without a change', async () => {
    const { form, part, events } = await setup({ value: '1234-56' });
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(part('reg'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(form.querySelector('#after'));
    expect(events).to.deep.equal([]);
  });

  it('a value set from outside writes the parts without events', async () => {
    const { form, field, part, events } = await setup({ value: '1111-22' });
    expect([part('reg').value, part('account').value]).to.deep.equal(['1111', '22']);
    field.value = '3333-44';
    expect(field.parts, 'at once, before the render').to.deep.equal({ reg: '3333', account: '44' });
    await field.updateComplete;
    expect([part('reg').value, part('account').value]).to.deep.equal(['3333', '44']);
    part('reg').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    form.reset();
    await field.updateComplete;
    expect([part('reg').value, part('account').value], 'reset: the value attribute').to.deep.equal([
      '1111',
      '22',
    ]);
    expect(events).to.deep.equal([]);
  });

  it("a server error stands through a value from outside and the citizen's typing, and gives way when they leave the changed group", async () => {
    const { field, part } = await setup({ error: 'Kontoen findes ikke' });
    field.value = '1234-5';
    expect(field.validationMessage).to.equal('Kontoen findes ikke');
    part('account').focus();
    await sendKeys({ type: '6' });
    expect(field.value).to.equal('1234-56');
    expect(field.validationMessage, 'while typing (issue 23)').to.equal('Kontoen findes ikke');
    part('account').blur();
    await field.updateComplete;
    expect(field.validationMessage).to.equal('');
  });
});
