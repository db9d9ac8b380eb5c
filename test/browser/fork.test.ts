import { expect, fixture, html } from '@open-wc/testing';
import { css, type TemplateResult } from 'lit';
import { defineElement } from '../../src/base/define.js';
import { BfTextField } from '../../src/components/text-field/text-field.js';
import '../../src/define/text-field.js';
import { runFormControlSuite } from '../../src/testing/index.js';

/** What a supplier does in a fork: subclass, restyle, replace one template region, register its own tag. */
class KommuneTextField extends BfTextField {
  static override styles = [...BfTextField.styles, css`.label { text-transform: none; letter-spacing: 0.01em; }`];

  protected override renderHint(): TemplateResult {
    return html`<div class="kommune-hint">${super.renderHint()}</div>`;
  }
}
defineElement('kommune-text-field', KommuneTextField);

runFormControlSuite('kommune-text-field', {
  validValue: 'Ada',
  requiredMessage: { da: 'Indtast testfelt', en: 'Enter testfelt' },
  role: 'textbox',
});

describe('registration', () => {
  it('a second definition of a tag neither throws nor replaces the first, and says so', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
    try {
      class Copy extends BfTextField {}
      expect(() => defineElement('bf-text-field', Copy)).to.not.throw();
      expect(customElements.get('bf-text-field') === BfTextField, 'the first definition stays').to.equal(true);
      expect(warnings.some((w) => w.includes('<bf-text-field> is already defined'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });

  it('the fork keeps the base behaviour under its own tag', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><kommune-text-field name="n" label="Navn" value="Ada"></kommune-text-field></form>`);
    const field = form.querySelector('kommune-text-field') as KommuneTextField;
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('.kommune-hint') !== null, 'the fork\'s template region').to.equal(true);
    expect(new FormData(form).get('n')).to.equal('Ada');
  });
});
