import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineElement } from '../../src/base/define.js';
import { BfTextField } from '../../src/components/text-field/text-field.js';
import { dateInputMessages } from '../../src/i18n/messages/date-input.js';
import { registerMessages } from '../../src/i18n/registry.js';
import '../../src/define/text-field.js';
import { runFormControlSuite } from '../../src/testing/index.js';
import '../../examples/fork/define.js';
import type { KommuneTextField } from '../../examples/fork/kommune-text-field.js';

// What a supplier does in a fork (examples/fork/): subclass, restyle, replace one template region,
// register its own tags beside the originals, rebrand with one token file.
runFormControlSuite('kommune-text-field', {
  validValue: 'Ada',
  requiredMessage: { da: 'Indtast testfelt', en: 'Enter testfelt' },
  role: 'textbox',
});

runFormControlSuite('kommune-radio-group', {
  validValue: 'eje',
  summaryValue: 'Ejerbolig',
  content: html`<bf-option value="eje">Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option>`,
  valueContent: html`<bf-option value="eje" checked>Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option>`,
  fill: async (control) => {
    control.focus();
    await sendKeys({ press: ' ' });
  },
  requiredMessage: { da: 'Vælg testfelt', en: 'Select testfelt' },
  role: 'radiogroup',
  unlabelled: 'no-name',
});

describe('the fork example page (examples/fork/index.html)', () => {
  it("shows Borgerform's field and the fork's side by side, the fork's in the brand's colour", async () => {
    const frame = document.createElement('iframe');
    frame.src = '/examples/fork/index.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      await frame.contentWindow!.customElements.whenDefined('kommune-radio-group');
      const original = doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
        'bf-text-field',
      )!;
      const fork = doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
        'kommune-text-field',
      )!;
      const group = doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
        'kommune-radio-group',
      )!;
      await Promise.all([original.updateComplete, fork.updateComplete, group.updateComplete]);
      expect(original.shadowRoot!.querySelector('[part~="kommune-hint"]')).to.equal(null);
      const box = fork.shadowRoot!.querySelector('[part~="kommune-hint"]')!;
      expect(box.textContent?.trim()).to.equal('Med kommunens hjælpetekst-boks');
      // The token file sets the brand colour; the fork's hint box is drawn with it.
      expect(frame.contentWindow!.getComputedStyle(box).borderInlineStartColor).to.equal('rgb(107, 45, 92)');
      expect(group.shadowRoot!.querySelector('[part~="kommune-options"] input[type="radio"]')).to.not.equal(
        null,
      );
    } finally {
      frame.remove();
    }
  });
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
