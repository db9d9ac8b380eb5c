import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/radio-group.js';
import '../../src/define/text-field.js';
import type { BfFormControl } from '../../src/base/form-control.js';
import type { BfRadioGroup } from '../../src/components/radio-group/radio-group.js';
import { fieldInForm, runFormControlSuite } from '../../src/testing/index.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
} from '../../src/testing/a11y.js';

runFormControlSuite('bf-radio-group', {
  validValue: 'eje',
  summaryValue: 'Ejerbolig',
  content: html`<bf-option value="eje">Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option>`,
  valueContent: html`<bf-option value="eje" checked>Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option>`,
  fill: async (control: BfFormControl) => {
    control.focus();
    await sendKeys({ press: ' ' });
  },
  requiredMessage: { da: 'Vælg testfelt', en: 'Select testfelt' },
  role: 'radiogroup',
  unlabelled: 'no-name',
});

/** The group in a form (`fieldInForm`) after a button `#before`; the form's "Send" button is `#after`. */
async function group(markup: TemplateResult, lang = 'da') {
  const before = html`<button type="button" id="before">Før</button>`;
  const { form, control } = await fieldInForm<BfRadioGroup>(html`${before}${markup}`, 'bf-radio-group', lang);
  form.lastElementChild!.id = 'after';
  const root = control.shadowRoot!;
  const radios = () => [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  return { form, control, root, radios };
}

const housing = html`<bf-radio-group name="bolig" label="Boligform" required>
  <bf-option value="eje" hint="Hus eller ejerlejlighed">Ejerbolig</bf-option>
  <bf-option value="leje">Lejebolig</bf-option>
  <bf-option value="andel">Andelsbolig</bf-option>
</bf-radio-group>`;

describe('bf-radio-group', () => {
  it('renders one native radio per option, under a fieldset whose legend is the label', async () => {
    const { root, radios } = await group(housing);
    expect(radios().map((r) => r.value)).to.deep.equal(['eje', 'leje', 'andel']);
    expect([...root.querySelectorAll('[part~="option-label"]')].map((l) => l.textContent)).to.deep.equal([
      'Ejerbolig',
      'Lejebolig',
      'Andelsbolig',
    ]);
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset.getAttribute('role')).to.equal('radiogroup');
    expect(fieldset.querySelector(':scope > legend')!.textContent).to.equal('Boligform');
    expect(radios()[0].name, 'the radios share a name: one native radio group').to.not.equal('');
    expect(new Set(radios().map((r) => r.name)).size).to.equal(1);
    expect(idReferenceProblems(root)).to.deep.equal([]);
  });

  it('submits the chosen value as one FormData entry, and nothing while none is chosen', async () => {
    const { form, control } = await group(housing);
    expect(new FormData(form).has('bolig')).to.equal(false);
    control.value = 'leje';
    expect(new FormData(form).getAll('bolig')).to.deep.equal(['leje']);
  });

  it('setting value checks that option', async () => {
    const { control, radios } = await group(housing);
    control.value = 'andel';
    await control.updateComplete;
    expect(radios().map((r) => r.checked)).to.deep.equal([false, false, true]);
  });

  it('arrow keys move and choose within the group, natively, with input and change from the host (T-4.2, W-2.1.1, W-3.2.2)', async () => {
    const { form, control, radios } = await group(housing);
    let submits = 0;
    form.addEventListener('submit', () => submits++);
    control.focus();
    expect(deepActiveElement()).to.equal(radios()[0]);
    await sendKeys({ press: ' ' });
    await control.updateComplete;
    expect(control.value).to.equal('eje');
    const input = oneEvent(control, 'input');
    const change = oneEvent(control, 'change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await input).target).to.equal(control);
    expect((await change).target).to.equal(control);
    await control.updateComplete;
    expect(deepActiveElement()).to.equal(radios()[1]);
    expect(control.value).to.equal('leje');
    await sendKeys({ press: 'ArrowDown' });
    await control.updateComplete;
    expect(control.value).to.equal('andel');
    await sendKeys({ press: 'ArrowUp' });
    await control.updateComplete;
    expect(control.value).to.equal('leje');
    expect(new FormData(form).getAll('bolig')).to.deep.equal(['leje']);
    expect(form.checkValidity()).to.equal(true);
    expect(submits, 'choosing never submits (WCAG 3.2.2)').to.equal(0);
    expect(deepActiveElement()).to.equal(radios()[1]);
  });

  it('Tab enters the group once, on the chosen radio, and the next Tab leaves it', async () => {
    const { form, control, radios } = await group(housing);
    control.value = 'leje';
    await control.updateComplete;
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(radios()[1]);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(form.querySelector('#after'));
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: 'Tab' });
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    expect(deepActiveElement()).to.equal(radios()[1]);
  });

  it("form.reset() returns to the options' checked attributes", async () => {
    const { form, control, radios } = await group(html`<bf-radio-group name="svar" label="Svar">
      <bf-option value="ja">Ja</bf-option><bf-option value="nej" checked>Nej</bf-option></bf-radio-group>`);
    expect(control.value).to.equal('nej');
    expect(new FormData(form).get('svar')).to.equal('nej');
    control.focus();
    await sendKeys({ press: 'ArrowUp' });
    await control.updateComplete;
    expect(control.value).to.equal('ja');
    form.reset();
    await control.updateComplete;
    expect(control.value).to.equal('nej');
    expect(radios().map((r) => r.checked)).to.deep.equal([false, true]);
  });

  it('focus() and the validity anchor go to the chosen radio', async () => {
    const { control, radios } = await group(html`<bf-radio-group name="svar" label="Svar">
      <bf-option value="ja">Ja</bf-option><bf-option value="nej" checked>Nej</bf-option></bf-radio-group>`);
    control.focus();
    expect(deepActiveElement()).to.equal(radios()[1]);
  });

  it('re-renders when options are added, removed or changed, and an untouched value follows checked', async () => {
    const { control, root, radios } = await group(housing);
    const extra = document.createElement('bf-option');
    extra.setAttribute('value', 'kollegie');
    extra.textContent = 'Kollegieværelse';
    control.append(extra);
    await control.updateComplete;
    await control.updateComplete;
    expect(radios().map((r) => r.value)).to.deep.equal(['eje', 'leje', 'andel', 'kollegie']);
    control.querySelector('bf-option[value="leje"]')!.textContent = 'Lejebolig (privat)';
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(root.querySelectorAll('[part~="option-label"]')[1].textContent).to.equal('Lejebolig (privat)');
    extra.checked = true; // a property set from script reflects to the attribute the group reads
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(control.value).to.equal('kollegie');
    control.querySelector('bf-option[value="andel"]')!.remove();
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(radios().map((r) => r.value)).to.deep.equal(['eje', 'leje', 'kollegie']);
    expect(radios()[2].checked).to.equal(true);
  });

  it('shows option text and hints with markup as text', async () => {
    const markup = '<img src=x onerror="window.__bfOptionInjected=1">';
    const { root } = await group(html`<bf-radio-group name="x" label="Vælg">
      <bf-option value="a" hint=${markup}>${markup}</bf-option></bf-radio-group>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('[part~="option-label"]')!.textContent).to.equal(markup);
    expect(root.querySelector('[part~="option-hint"]')!.textContent).to.equal(markup);
    expect((window as unknown as { __bfOptionInjected?: number }).__bfOptionInjected).to.equal(undefined);
  });

  it("links an option's hint to its own radio", async () => {
    const { root, radios } = await group(housing);
    const { name, description } = labelAndDescription(radios()[0]);
    expect(name).to.equal('Ejerbolig');
    expect(description).to.equal('Hus eller ejerlejlighed');
    expect(radios()[1].hasAttribute('aria-describedby')).to.equal(false);
    expect(idReferenceProblems(root)).to.deep.equal([]);
  });

  it('marks the fieldset invalid, describes it with the error, and keeps the radios free of aria-invalid', async () => {
    const { form, control, root, radios } = await group(html`<bf-radio-group name="bolig" label="Boligform"
      hint="Vælg den, der passer bedst" required><bf-option value="eje">Ejerbolig</bf-option></bf-radio-group>`);
    form.requestSubmit();
    await control.updateComplete;
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldset.getAttribute('aria-required')).to.equal('true');
    expect(radios().some((r) => r.hasAttribute('aria-invalid'))).to.equal(false);
    const { description } = labelAndDescription(fieldset);
    expect(description).to.equal('Vælg den, der passer bedst Fejl: Vælg boligform');
    expect(description.endsWith('Fejl: Vælg boligform')).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('moves focus to the first radio when the citizen submits with nothing chosen', async () => {
    const { form, control, radios } = await group(housing);
    form.querySelector<HTMLButtonElement>('#after')!.focus();
    await sendKeys({ press: 'Enter' });
    await control.updateComplete;
    expect(deepActiveElement()).to.equal(radios()[0]);
  });

  itWithAccessibilityTree(
    'is a radiogroup named by its legend, with radios named by their texts',
    async () => {
      const { form, control, root } = await group(housing);
      form.requestSubmit();
      await control.updateComplete;
      const [node] = await findAxNodes((n) => n.role === 'radiogroup', [root.querySelector('fieldset')!]);
      expect(node.name).to.equal('Boligform');
      expect(node.description).to.equal('Fejl: Vælg boligform');
      expect(node.invalid).to.equal('true');
      const radios = await findAxNodes((n) => n.role === 'radio');
      expect(radios.map((r) => r.name)).to.deep.equal(['Ejerbolig', 'Lejebolig', 'Andelsbolig']);
      expect(radios[0].description).to.equal('Hus eller ejerlejlighed');
    },
  );

  it('read-only: the choice is kept against clicks and arrow keys', async () => {
    const { form, control, radios, root } =
      await group(html`<bf-radio-group name="svar" label="Svar" readonly>
      <bf-option value="ja" checked>Ja</bf-option><bf-option value="nej">Nej</bf-option></bf-radio-group>`);
    expect(root.querySelector('fieldset')!.getAttribute('aria-readonly')).to.equal('true');
    radios()[1].click();
    await control.updateComplete;
    expect(control.value).to.equal('ja');
    control.focus();
    await sendKeys({ press: 'ArrowDown' });
    await control.updateComplete;
    expect(control.value).to.equal('ja');
    expect(radios()[0].checked).to.equal(true);
    expect(new FormData(form).get('svar')).to.equal('ja');
  });

  it('a divider shows "eller" (or its own text), and "or" in English', async () => {
    const markup = html`<bf-radio-group name="x" label="Svar"><bf-option value="a">A</bf-option>
      <bf-option divider></bf-option><bf-option value="b">B</bf-option><bf-option divider>alternativt</bf-option>
      <bf-option value="c">C</bf-option></bf-radio-group>`;
    const { root, radios } = await group(markup);
    expect([...root.querySelectorAll('[part~="divider"]')].map((d) => d.textContent)).to.deep.equal([
      'eller',
      'alternativt',
    ]);
    expect(radios().length).to.equal(3);
    const { root: english } = await group(markup, 'en');
    expect(english.querySelector('[part~="divider"]')!.textContent).to.equal('or');
  });

  it('draws the dot only on the chosen option, on the native radio itself', async () => {
    const { root, radios } = await group(housing);
    const dots = () =>
      radios().map((radio) => getComputedStyle(radio).backgroundImage.includes('radial-gradient'));
    expect(dots()).to.deep.equal([false, false, false]);
    radios()[1].click();
    expect(dots()).to.deep.equal([false, true, false]);
    expect(root.querySelectorAll('[part~="mark"]').length, 'the mark part is the radio').to.equal(3);
    // the whole 44 px touch target is the radio, and its middle (the drawn circle) hits it
    const rect = radios()[1].getBoundingClientRect();
    expect(Math.min(rect.width, rect.height)).to.be.at.least(44);
    expect(root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)).to.equal(
      radios()[1],
    );
  });

  it('a disabled option cannot be chosen', async () => {
    const { radios } =
      await group(html`<bf-radio-group name="x" label="Svar"><bf-option value="a">A</bf-option>
      <bf-option value="b" disabled>B</bf-option></bf-radio-group>`);
    expect(radios().map((r) => r.disabled)).to.deep.equal([false, true]);
  });

  it("shows the not-allowed pointer over a disabled option's text only", async () => {
    const { root } = await group(html`<bf-radio-group name="x" label="Svar"><bf-option value="a">A</bf-option>
      <bf-option value="b" disabled>B</bf-option></bf-radio-group>`);
    const cursors = [...root.querySelectorAll('.option-label')].map(
      (label) => getComputedStyle(label).cursor,
    );
    expect(cursors).to.deep.equal(['pointer', 'not-allowed']);
  });

  it('speaks English under lang="en"', async () => {
    const { form, control } = await group(housing, 'en');
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).to.equal('Select boligform');
    expect(control.shadowRoot!.querySelector('[part~="error"]')!.textContent.trim()).to.equal(
      'Error: Select boligform',
    );
  });

  describe('conditional reveal', () => {
    const withFollowUp = html`<bf-radio-group name="bil" label="Har du en bil?" required>
      <bf-option value="ja">Ja</bf-option>
      <bf-option value="nej">Nej</bf-option>
      <bf-text-field slot="conditional-ja" name="nummerplade" label="Nummerplade" required></bf-text-field>
    </bf-radio-group>`;

    it('is hidden, not validated and not submitted while its option is not chosen', async () => {
      const { form, control, root } = await group(withFollowUp);
      const field = control.querySelector('bf-text-field')!;
      await field.updateComplete;
      const wrapper = root.querySelector<HTMLElement>('[part~="conditional"]')!;
      expect(wrapper.hidden).to.equal(true);
      expect(field.getBoundingClientRect().height).to.equal(0);
      control.value = 'nej';
      await control.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('nummerplade')).to.equal(false);
    });

    it('shows directly after its option, as the next tabbable element, and blocks the form until filled (T-4.3, W-1.3.2)', async () => {
      const { form, control, root, radios } = await group(withFollowUp);
      const field = control.querySelector('bf-text-field')!;
      control.focus();
      await sendKeys({ press: ' ' });
      await control.updateComplete;
      await field.updateComplete;
      expect(control.value).to.equal('ja');
      const wrapper = root.querySelector<HTMLElement>('[part~="conditional"]')!;
      expect(wrapper.hidden).to.equal(false);
      expect(wrapper.previousElementSibling!.contains(radios()[0]), 'right after the chosen option').to.equal(
        true,
      );
      expect(radios()[0].getAttribute('aria-controls')).to.equal(wrapper.id);
      expect(form.checkValidity(), 'the revealed required field blocks the form').to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(field.shadowRoot!.querySelector('input'));
      await sendKeys({ type: 'AB 12 345' });
      await field.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).get('nummerplade')).to.equal('AB 12 345');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement(), 'the next Tab leaves the group').to.equal(form.querySelector('#after'));
    });

    it('hides again and leaves the form when another option is chosen', async () => {
      const { form, control, root } = await group(withFollowUp);
      control.value = 'ja';
      await control.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      control.focus();
      await sendKeys({ press: 'ArrowDown' });
      await control.updateComplete;
      expect(control.value).to.equal('nej');
      expect(root.querySelector<HTMLElement>('[part~="conditional"]')!.hidden).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('nummerplade')).to.equal(false);
    });

    it('disables native fields inside revealed containers, and keeps fields the page disabled', async () => {
      const { form, control } = await group(html`<bf-radio-group name="bil" label="Har du en bil?">
        <bf-option value="ja">Ja</bf-option><bf-option value="nej">Nej</bf-option>
        <div slot="conditional-ja"><label>Mærke <input name="maerke" required></label>
          <input name="fast" value="x" disabled></div>
      </bf-radio-group>`);
      const [brand, fixed] = [...control.querySelectorAll('input')];
      expect(brand.disabled).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      control.value = 'ja';
      await control.updateComplete;
      expect(brand.disabled).to.equal(false);
      expect(fixed.disabled).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
    });

    it('passes axe while revealed and while hidden', async () => {
      const { form, control } = await group(withFollowUp);
      await expect(form).to.be.accessible();
      control.value = 'ja';
      await control.updateComplete;
      await expect(form).to.be.accessible();
    });
  });
});
