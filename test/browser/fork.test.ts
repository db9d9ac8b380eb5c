import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { css, type TemplateResult } from 'lit';
import { defineElement } from '../../src/base/define.js';
import { BfTextField } from '../../src/components/text-field/text-field.js';
import { dateInputMessages } from '../../src/i18n/messages/date-input.js';
import { registerMessages } from '../../src/i18n/registry.js';
import '../../src/define/text-field.js';
import { runFormControlSuite } from '../../src/testing/index.js';

/** What a supplier does in a fork: subclass, restyle, replace one template region, register its own tag. */
class KommuneTextField extends BfTextField {
  static override styles = [
    ...BfTextField.styles,
    css`.label { text-transform: none; letter-spacing: 0.01em; }`,
  ];

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
  it('a second definition of a tag neither throws nor replaces the first, and says so', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.join(' '));
    };
    try {
      class Copy extends BfTextField {}
      expect(() => defineElement('bf-text-field', Copy)).to.not.throw();
      expect(customElements.get('bf-text-field') === BfTextField, 'the first definition stays').to.equal(
        true,
      );
      expect(warnings.some((w) => w.includes('<bf-text-field> is already defined'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });

  it('the fork keeps the base behaviour under its own tag', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><kommune-text-field name="n" label="Navn" value="Ada"></kommune-text-field></form>`,
    );
    const field = form.querySelector('kommune-text-field') as KommuneTextField;
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('.kommune-hint') !== null, "the fork's template region").to.equal(
      true,
    );
    expect(new FormData(form).get('n')).to.equal('Ada');
  });
});

/**
 * A fork with a format hint from the catalogue, through the base's `defaultHint` hook. The text is
 * from another element's area, so the fork registers that area (a text field carries only its own).
 */
registerMessages(dateInputMessages);
class KommunePostcodeField extends BfTextField {
  protected override get defaultHint(): string {
    return this.readonly ? '' : this.localize.term('dateHint');
  }

  /** Exposed for the test. */
  get ownHint(): boolean {
    return this.hasOwnHint;
  }
}
defineElement('kommune-postcode-field', KommunePostcodeField);

describe('defaultHint hook', () => {
  const parts = (field: Element) => {
    const root = field.shadowRoot!;
    return { hint: root.querySelector<HTMLElement>('[part~="hint"]')!, input: root.querySelector('input')! };
  };

  it("shows the default hint as the description, marked with the catalogue's language", async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="de"><kommune-postcode-field label="Dato"></kommune-postcode-field></div>`,
    );
    const field = host.querySelector('kommune-postcode-field') as KommunePostcodeField;
    await field.updateComplete;
    const { hint, input } = parts(field);
    expect(hint.hidden).to.equal(false);
    expect(hint.textContent.trim()).to.equal('For eksempel: 5 12 1985');
    expect(hint.getAttribute('lang')).to.equal('da');
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    expect(field.ownHint).to.equal(false);
  });

  it('a hint attribute or a slotted hint replaces it, with no lang of the catalogue', async () => {
    const field = await fixture<KommunePostcodeField>(
      html`<kommune-postcode-field label="Dato" hint="Som i dit pas"></kommune-postcode-field>`,
    );
    expect(parts(field).hint.textContent.trim()).to.equal('Som i dit pas');
    expect(parts(field).hint.hasAttribute('lang')).to.equal(false);
    expect(field.ownHint).to.equal(true);

    const slotted = await fixture<KommunePostcodeField>(
      html`<kommune-postcode-field label="Dato"></kommune-postcode-field>`,
    );
    const rich = document.createElement('span');
    rich.slot = 'hint';
    rich.textContent = 'Se dit pas';
    const slotChanged = oneEvent(slotted.shadowRoot!.querySelector('slot[name="hint"]')!, 'slotchange');
    slotted.append(rich);
    await slotChanged;
    await slotted.updateComplete;
    expect(parts(slotted).hint.textContent.trim()).to.equal('');
    expect(parts(slotted).hint.hidden).to.equal(false);
    expect(parts(slotted).input.getAttribute('aria-describedby')).to.equal('hint');
  });

  it('an empty default hint hides the hint and leaves the description out', async () => {
    const field = await fixture<KommunePostcodeField>(
      html`<kommune-postcode-field label="Dato" readonly></kommune-postcode-field>`,
    );
    expect(parts(field).hint === null, 'no hint is rendered').to.equal(true);
    expect(parts(field).input.hasAttribute('aria-describedby')).to.equal(false);
  });
});
