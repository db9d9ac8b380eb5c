import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/checkbox.js';
import type { BfCheckbox } from '../../src/components/checkbox/checkbox.js';
import { fieldInForm, runFormControlSuite, shownError, submitAndRead } from '../../src/testing/index.js';
import { deepActiveElement, findAxNodes, itWithAccessibilityTree } from '../../src/testing/a11y.js';

/*
 * Besides the generic suite above: the checks where a checkbox differs from a text control (its
 * value is submitted only while ticked; "empty" means unticked), written out for a checkbox.
 */

// The generic conformance suite: a checkbox's value is its `value` attribute while ticked.
runFormControlSuite('bf-checkbox', {
  validValue: 'ja',
  summaryValue: 'Ja',
  emptySummary: { da: 'Nej', en: 'No' },
  valueAttributes: { value: 'ja', checked: '' },
  clear: (control) => {
    (control as BfCheckbox).checked = false;
  },
  fill: async (control) => {
    control.focus();
    await sendKeys({ press: ' ' });
  },
  attributes: { value: 'ja' },
  requiredMessage: { da: 'Sæt kryds ved "Testfelt"', en: 'Select "Testfelt"' },
  role: 'checkbox',
});

const LABEL = 'Testfelt';
const NAME = 'testfelt';
const REQUIRED = { da: 'Sæt kryds ved "Testfelt"', en: 'Select "Testfelt"' };

const inForm = (markup: TemplateResult, lang = 'da') =>
  fieldInForm<BfCheckbox>(markup, 'bf-checkbox', lang, 'input[type="checkbox"]');

/** Ticks or clears the box the way a citizen does: focus it and press Space. */
async function pressSpace(control: BfCheckbox) {
  control.focus();
  await sendKeys({ press: ' ' });
  await control.updateComplete;
}

const hasInvalidMarker = (control: BfCheckbox) =>
  control.shadowRoot!.querySelector('[aria-invalid="true"]') !== null;

describe('bf-checkbox', () => {
  describe('form participation (as a native checkbox)', () => {
    it('submits its value under its name only while ticked, "on" by default', async () => {
      const { form: unticked } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} value="ja"></bf-checkbox>`,
      );
      expect(new FormData(unticked).has(NAME)).to.equal(false);
      const { form: ticked } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} value="ja" checked></bf-checkbox>`,
      );
      expect(new FormData(ticked).get(NAME)).to.equal('ja');
      const { form: plain, control } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} checked></bf-checkbox>`,
      );
      expect(control.value).to.equal('on');
      expect(new FormData(plain).get(NAME)).to.equal('on');
      control.checked = false;
      expect(new FormData(plain).has(NAME), 'follows the property at once').to.equal(false);
    });

    it('is ticked and cleared with Space, firing input and change from the host', async () => {
      const { form, control, input } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} value="ja"></bf-checkbox>`,
      );
      const seen: string[] = [];
      control.addEventListener('input', () => seen.push(`input:${control.checked}`));
      control.addEventListener('change', () => seen.push(`change:${control.checked}`));
      await pressSpace(control);
      expect(input.checked).to.equal(true);
      expect(control.checked).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal('ja');
      expect(form.checkValidity()).to.equal(true);
      await sendKeys({ press: ' ' });
      await control.updateComplete;
      expect(control.checked).to.equal(false);
      expect(new FormData(form).has(NAME)).to.equal(false);
      expect(seen).to.deep.equal(['input:true', 'change:true', 'input:false', 'change:false']);
    });

    it('is ticked by clicking its label', async () => {
      const { control } = await inForm(html`<bf-checkbox name=${NAME} label=${LABEL}></bf-checkbox>`);
      control.shadowRoot!.querySelector<HTMLElement>('[part~="label"]')!.click();
      await control.updateComplete;
      expect(control.checked).to.equal(true);
    });

    it('returns to the checked attribute and hides its error on form.reset()', async () => {
      const { form, control } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} checked required></bf-checkbox>`,
      );
      await pressSpace(control); // cleared by the citizen
      await submitAndRead(form, control);
      expect(shownError(control)).to.equal(`Fejl: ${REQUIRED.da}`);
      form.reset();
      await control.updateComplete;
      expect(control.checked).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal('on');
      expect(shownError(control)).to.equal('');
      expect(hasInvalidMarker(control)).to.equal(false);

      const { form: form2, control: unticked } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} value="ja"></bf-checkbox>`,
      );
      await pressSpace(unticked);
      form2.reset();
      await unticked.updateComplete;
      expect(unticked.checked).to.equal(false);
      expect(unticked.value).to.equal('ja');
      expect(new FormData(form2).has(NAME)).to.equal(false);
    });

    it('restores the ticked state after back/forward or reload', async () => {
      const { control } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} value="ja"></bf-checkbox>`,
      );
      control.formStateRestoreCallback('checked');
      await control.updateComplete;
      expect([control.checked, control.value]).to.deep.equal([true, 'ja']);
      control.formStateRestoreCallback('unchecked');
      await control.updateComplete;
      expect([control.checked, control.value]).to.deep.equal([false, 'ja']);
    });
  });

  describe('required', () => {
    it('blocks the form while unticked, and shows the Danish message only after a submit attempt', async () => {
      const { form, control } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} required></bf-checkbox>`,
      );
      expect(form.checkValidity()).to.equal(false);
      expect(control.validity?.valueMissing).to.equal(true);
      expect(control.validationMessage).to.equal(REQUIRED.da);
      expect(shownError(control), 'no error before the citizen has tried').to.equal('');
      const invalid = oneEvent(control, 'invalid');
      form.requestSubmit();
      expect((await invalid).defaultPrevented, 'the browser bubble is prevented').to.equal(true);
      await control.updateComplete;
      expect(shownError(control)).to.equal(`Fejl: ${REQUIRED.da}`);
      expect(hasInvalidMarker(control)).to.equal(true);
      expect(control.hasAttribute('user-invalid')).to.equal(true);
      expect(control.matches(':state(user-invalid)')).to.equal(true);
    });

    it('moves focus to the box on a submit with the button', async () => {
      const { form, control, input } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} required></bf-checkbox>`,
      );
      form.querySelector('button')!.click();
      await control.updateComplete;
      expect(deepActiveElement()).to.equal(input);
    });

    it('clears its error the moment the citizen ticks the box', async () => {
      const { form, control } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} required></bf-checkbox>`,
      );
      await submitAndRead(form, control);
      await pressSpace(control);
      expect(shownError(control)).to.equal('');
      expect(hasInvalidMarker(control)).to.equal(false);
      expect(control.matches(':state(user-invalid)')).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
    });

    it('shows the error when the citizen clears a ticked required box (change)', async () => {
      const { control } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} required checked></bf-checkbox>`,
      );
      await pressSpace(control);
      expect(shownError(control)).to.equal(`Fejl: ${REQUIRED.da}`);
    });

    it('takes a per-instance message from a message-required attribute, as text', async () => {
      const { form, control } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} required message-required="Sæt kryds for at <b>bekræfte</b>"></bf-checkbox>`,
      );
      await submitAndRead(form, control);
      expect(control.validationMessage).to.equal('Sæt kryds for at <b>bekræfte</b>');
      expect(control.shadowRoot!.querySelector('[part~="error"] b')).to.equal(null);
    });

    it('keeps the label as written inside the message (no lower-casing)', async () => {
      const { control } = await inForm(
        html`<bf-checkbox name="ok" label="Jeg bekræfter, at oplysningerne er rigtige" required></bf-checkbox>`,
      );
      expect(control.validationMessage).to.equal(
        'Sæt kryds ved "Jeg bekræfter, at oplysningerne er rigtige"',
      );
    });
  });

  it('shows a server error from the error attribute at once, until the citizen changes the box', async () => {
    const { form, control } = await inForm(
      html`<bf-checkbox name=${NAME} label=${LABEL} checked error="Serveren afviste værdien"></bf-checkbox>`,
    );
    expect(shownError(control)).to.equal('Fejl: Serveren afviste værdien');
    expect(form.checkValidity()).to.equal(false);
    expect(control.validity?.customError).to.equal(true);
    expect(hasInvalidMarker(control)).to.equal(true);
    await pressSpace(control);
    expect(shownError(control)).to.equal('');
    expect(form.checkValidity()).to.equal(true);
  });

  describe('name, description and text', () => {
    it('puts the error first, then the box, then label and hint to its right', async () => {
      const { form, control } = await inForm(
        html`<bf-checkbox name=${NAME} label=${LABEL} hint="Hjælp" required></bf-checkbox>`,
      );
      await submitAndRead(form, control);
      const root = control.shadowRoot!;
      const order = ['[part~="error"]', 'input', '[part~="label"]', '[part~="hint"]'].map((s) =>
        root.querySelector(s)!,
      );
      for (let i = 1; i < order.length; i++) {
        expect(
          order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).to.not.equal(0);
      }
      const box = root.querySelector('[part~="box"]')!.getBoundingClientRect();
      const label = root.querySelector('[part~="label"]')!.getBoundingClientRect();
      expect(label.left).to.be.greaterThan(box.right - 1);
    });

    itWithAccessibilityTree(
      'reads name, description, checked and invalid state from the accessibility tree',
      async () => {
        const { form, control } = await inForm(
          html`<bf-checkbox name=${NAME} label=${LABEL} hint="En hjælpetekst" required></bf-checkbox>`,
        );
        await submitAndRead(form, control);
        const nodes = await findAxNodes((n) => n.role === 'checkbox' && n.name === LABEL);
        expect(nodes.length, `one checkbox named ${LABEL}`).to.equal(1);
        expect(nodes[0].description).to.equal(`En hjælpetekst Fejl: ${REQUIRED.da}`);
        expect(nodes[0].invalid).to.equal('true');
        await pressSpace(control);
        const [ticked] = await findAxNodes((n) => n.role === 'checkbox' && n.name === LABEL);
        expect((ticked as unknown as { checked?: boolean | string }).checked).to.equal(true);
      },
    );

    itWithAccessibilityTree('marks an optional checkbox "(frivilligt)" in its accessible name', async () => {
      await inForm(html`<bf-checkbox name=${NAME} label=${LABEL}></bf-checkbox>`);
      const names = (await findAxNodes((n) => n.role === 'checkbox')).map((n) => n.name);
      expect(names).to.deep.equal([`${LABEL} (frivilligt)`]);
    });
  });

  describe('look', () => {
    it('draws a box of at least 24 px in a touch target of at least 44 px', async () => {
      const { control, input } = await inForm(html`<bf-checkbox name=${NAME} label=${LABEL}></bf-checkbox>`);
      const box = control.shadowRoot!.querySelector('[part~="box"]')!.getBoundingClientRect();
      const target = input.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(24);
      expect(Math.min(target.width, target.height)).to.be.at.least(44);
      // the native checkbox covers the drawn box, so a tap on the box reaches it
      const hit = control.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit).to.equal(input);
    });

    it('shows the tick only while ticked', async () => {
      const { control } = await inForm(html`<bf-checkbox name=${NAME} label=${LABEL}></bf-checkbox>`);
      const box = control.shadowRoot!.querySelector('[part~="box"]')!;
      // No content, no box: the tick is generated only while ticked.
      expect(getComputedStyle(box, '::after').content).to.equal('none');
      await pressSpace(control);
      expect(getComputedStyle(box, '::after').content).to.not.equal('none');
      expect(getComputedStyle(box, '::after').borderRightStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(box, '::after').height)).to.be.greaterThan(0);
    });

    it('draws a focus ring of at least 2 px around the box on keyboard focus (W-1.4.11, W-2.4.7)', async () => {
      const { control } = await inForm(
        html`<button type="button">Før</button><bf-checkbox name=${NAME} label=${LABEL}></bf-checkbox>`,
      );
      const box = control.shadowRoot!.querySelector('[part~="box"]')!;
      expect(getComputedStyle(box).outlineStyle).to.equal('none');
      (control.parentElement!.querySelector('button[type="button"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(control.shadowRoot!.querySelector('input'));
      expect(getComputedStyle(box).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(box).outlineWidth)).to.be.at.least(2);
    });

    it('keeps the tick in system colours in forced-colours mode (W-1.4.11)', async () => {
      const { control } = await inForm(html`<bf-checkbox name=${NAME} label=${LABEL}></bf-checkbox>`);
      const sheets = control.shadowRoot!.adoptedStyleSheets.length
        ? control.shadowRoot!.adoptedStyleSheets
        : [...control.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!);
      const forced = sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
        )
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const checked = forced.find((rule) => rule.selectorText.includes('.checkbox:checked'));
      expect(checked, 'a forced-colours rule for the ticked box').to.exist;
      expect(checked!.style.backgroundImage.toLowerCase()).to.include('highlight');
      expect(checked!.style.color.toLowerCase()).to.equal('highlighttext');
      const box = forced.find((rule) => rule.selectorText === '.checkbox');
      expect(box!.style.getPropertyValue('forced-color-adjust')).to.equal('none');
    });
  });

  describe('passes axe in every state', () => {
    const states: [string, TemplateResult, boolean][] = [
      [
        'default',
        html`<bf-checkbox name=${NAME} label="Jeg bekræfter, at oplysningerne er rigtige"></bf-checkbox>`,
        false,
      ],
      [
        'with hint',
        html`<bf-checkbox name=${NAME} label=${LABEL} hint="Du kan altid trække dit samtykke tilbage"></bf-checkbox>`,
        false,
      ],
      ['checked', html`<bf-checkbox name=${NAME} label=${LABEL} checked></bf-checkbox>`, false],
      [
        'required, after a failed submit',
        html`<bf-checkbox name=${NAME} label=${LABEL} hint="Hjælp" required></bf-checkbox>`,
        true,
      ],
      [
        'with a server error',
        html`<bf-checkbox name=${NAME} label=${LABEL} checked error="Serveren afviste værdien"></bf-checkbox>`,
        false,
      ],
      ['disabled', html`<bf-checkbox name=${NAME} label=${LABEL} disabled></bf-checkbox>`, false],
      [
        'disabled and checked',
        html`<bf-checkbox name=${NAME} label=${LABEL} disabled checked></bf-checkbox>`,
        false,
      ],
      [
        'English',
        html`<bf-checkbox name=${NAME} label="I confirm that the information is correct" required></bf-checkbox>`,
        true,
      ],
    ];
    for (const [state, markup, afterSubmit] of states) {
      it(state, async () => {
        const { form, control } = await inForm(markup, state === 'English' ? 'en' : 'da');
        if (afterSubmit) {
          await submitAndRead(form, control);
          expect(shownError(control)).to.not.equal('');
        }
        await expect(form).to.be.accessible();
      });
    }
  });
});
