import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/checkbox-group.js';
import '../../src/define/text-field.js';
import type { BfFormControl } from '../../src/base/form-control.js';
import type { BfCheckboxGroup } from '../../src/components/checkbox-group/checkbox-group.js';
import { fieldInForm, runFormControlSuite } from '../../src/testing/index.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
} from '../../src/testing/a11y.js';

runFormControlSuite('bf-checkbox-group', {
  validValue: 'bolig',
  summaryValue: 'Boligstøtte',
  content: html`<bf-option value="bolig">Boligstøtte</bf-option><bf-option value="pension">Pension</bf-option>`,
  valueContent: html`<bf-option value="bolig" checked>Boligstøtte</bf-option><bf-option value="pension">Pension</bf-option>`,
  fill: async (control: BfFormControl) => {
    control.focus();
    await sendKeys({ press: ' ' });
  },
  requiredMessage: {
    da: 'Vælg mindst én mulighed under testfelt',
    en: 'Select at least one option under testfelt',
  },
  role: 'group',
  invalidRole: 'checkbox',
  unlabelled: 'no-name',
});

/** The group in a form (`fieldInForm`) after a button `#before`; the form's "Send" button is `#after`. */
async function group(markup: TemplateResult, lang = 'da') {
  const before = html`<button type="button" id="before">Før</button>`;
  const { form, control } = await fieldInForm<BfCheckboxGroup>(
    html`${before}${markup}`,
    'bf-checkbox-group',
    lang,
  );
  form.lastElementChild!.id = 'after';
  const root = control.shadowRoot!;
  const boxes = () => [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  return { form, control, root, boxes };
}

const benefits = html`<bf-checkbox-group name="ydelser" label="Ydelser" hint="Vælg alle, der passer" required>
  <bf-option value="bolig" hint="Boligydelse eller boligsikring">Boligstøtte</bf-option>
  <bf-option value="pension">Folkepension</bf-option>
  <bf-option value="dagpenge">Dagpenge</bf-option>
  <bf-option divider></bf-option>
  <bf-option value="ingen" exclusive>Ingen af dem</bf-option>
</bf-checkbox-group>`;

describe('bf-checkbox-group', () => {
  it('renders one native checkbox per option under a fieldset whose legend is the label, and a divider', async () => {
    const { root, boxes } = await group(benefits);
    expect(boxes().map((b) => b.value)).to.deep.equal(['bolig', 'pension', 'dagpenge', 'ingen']);
    expect(root.querySelector('fieldset > legend')!.textContent).to.equal('Ydelser');
    expect(root.querySelector('[part~="divider"]')!.textContent).to.equal('eller');
    expect(idReferenceProblems(root)).to.deep.equal([]);
  });

  it('submits every ticked value as its own FormData entry, in option order', async () => {
    const { form, control } = await group(benefits);
    expect(new FormData(form).has('ydelser')).to.equal(false);
    control.values = ['dagpenge', 'bolig'];
    await control.updateComplete;
    expect(new FormData(form).getAll('ydelser')).to.deep.equal(['dagpenge', 'bolig']);
    control.focus();
    await sendKeys({ press: ' ' }); // unticks "bolig", the first box
    await control.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' }); // ticks "pension"
    await control.updateComplete;
    expect(new FormData(form).getAll('ydelser')).to.deep.equal(['pension', 'dagpenge']);
    expect(control.values).to.deep.equal(['pension', 'dagpenge']);
    expect(control.value).to.equal('pension,dagpenge');
  });

  it('Space toggles the focused checkbox, with input and change from the host', async () => {
    const { form, control, boxes } = await group(benefits);
    let submits = 0;
    form.addEventListener('submit', () => submits++);
    control.focus();
    expect(deepActiveElement()).to.equal(boxes()[0]);
    const input = oneEvent(control, 'input');
    const change = oneEvent(control, 'change');
    await sendKeys({ press: ' ' });
    expect((await input).target).to.equal(control);
    expect((await change).target).to.equal(control);
    await control.updateComplete;
    expect(boxes()[0].checked).to.equal(true);
    expect(control.values).to.deep.equal(['bolig']);
    await sendKeys({ press: ' ' });
    await control.updateComplete;
    expect(boxes()[0].checked).to.equal(false);
    expect(control.values).to.deep.equal([]);
    expect(submits, 'ticking never submits (WCAG 3.2.2)').to.equal(0);
    expect(deepActiveElement()).to.equal(boxes()[0]);
  });

  it('Tab moves from box to box and then leaves the group', async () => {
    const { form, boxes } = await group(benefits);
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    for (const box of boxes()) {
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(box);
    }
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(form.querySelector('#after'));
  });

  it('an exclusive option clears the others, and another box clears it', async () => {
    const { control, boxes } = await group(benefits);
    control.values = ['bolig', 'pension'];
    await control.updateComplete;
    boxes()[3].focus();
    await sendKeys({ press: ' ' });
    await control.updateComplete;
    expect(control.values).to.deep.equal(['ingen']);
    expect(boxes().map((b) => b.checked)).to.deep.equal([false, false, false, true]);
    boxes()[2].focus();
    await sendKeys({ press: ' ' });
    await control.updateComplete;
    expect(control.values).to.deep.equal(['dagpenge']);
    expect(boxes()[3].checked).to.equal(false);
  });

  it('value and values are two views of one state; the value attribute sets the initial ticks', async () => {
    const { form, control, boxes } = await group(html`<bf-checkbox-group name="x" label="Svar" value="b, c">
      <bf-option value="a">A</bf-option><bf-option value="b">B</bf-option><bf-option value="c">C</bf-option></bf-checkbox-group>`);
    expect(control.values).to.deep.equal(['b', 'c']);
    expect(boxes().map((b) => b.checked)).to.deep.equal([false, true, true]);
    control.value = 'a';
    expect(control.values).to.deep.equal(['a']);
    expect(new FormData(form).getAll('x')).to.deep.equal(['a']);
    control.values = ['komma, i værdien'];
    expect(control.value).to.equal('komma, i værdien');
    expect(new FormData(form).getAll('x')).to.deep.equal(['komma, i værdien']);
    form.reset();
    await control.updateComplete;
    expect(control.values).to.deep.equal(['b', 'c']);
  });

  it("form.reset() returns to the options' checked attributes", async () => {
    const { form, control, boxes } = await group(html`<bf-checkbox-group name="x" label="Svar">
      <bf-option value="a" checked>A</bf-option><bf-option value="b">B</bf-option><bf-option value="c" checked>C</bf-option>
    </bf-checkbox-group>`);
    expect(new FormData(form).getAll('x')).to.deep.equal(['a', 'c']);
    control.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await control.updateComplete;
    expect(control.values).to.deep.equal(['b', 'c']);
    form.reset();
    await control.updateComplete;
    expect(control.values).to.deep.equal(['a', 'c']);
    expect(boxes().map((b) => b.checked)).to.deep.equal([true, false, true]);
    expect(new FormData(form).getAll('x')).to.deep.equal(['a', 'c']);
  });

  it("untouched ticks follow the options' checked; once the citizen ticks, they stay; selectedTexts in option order", async () => {
    const { control, boxes } = await group(html`<bf-checkbox-group name="x" label="Svar">
      <bf-option value="a">A</bf-option><bf-option value="b" checked>B</bf-option><bf-option value="c">C</bf-option>
    </bf-checkbox-group>`);
    const option = (value: string) => control.querySelector(`bf-option[value="${value}"]`)!;
    const settled = async () => {
      await new Promise((resolve) => setTimeout(resolve)); // the options' MutationObserver
      await control.updateComplete;
    };
    option('c').setAttribute('checked', '');
    await settled();
    expect(control.values).to.deep.equal(['b', 'c']);
    expect(control.selectedTexts).to.deep.equal(['B', 'C']);
    control.focus();
    await sendKeys({ press: ' ' }); // the citizen ticks "a"
    await control.updateComplete;
    expect(boxes().map((b) => b.checked)).to.deep.equal([true, true, true]);
    option('b').removeAttribute('checked');
    await settled();
    expect(control.values).to.deep.equal(['a', 'b', 'c']);
    expect(control.defaultValues).to.deep.equal(['c']);
  });

  it('marks every checkbox invalid and describes the fieldset with the error', async () => {
    const { form, control, root, boxes } = await group(benefits);
    form.requestSubmit();
    await control.updateComplete;
    expect(boxes().every((b) => b.getAttribute('aria-invalid') === 'true')).to.equal(true);
    const fieldset = root.querySelector('fieldset')!;
    const { name, description } = labelAndDescription(fieldset);
    expect(name).to.equal('Ydelser');
    expect(description).to.equal('Vælg alle, der passer Fejl: Vælg mindst én mulighed under ydelser');
    control.focus();
    await sendKeys({ press: ' ' });
    await control.updateComplete;
    expect(boxes().some((b) => b.hasAttribute('aria-invalid'))).to.equal(false);
    expect(root.querySelector('[part~="error"]')).to.equal(null);
  });

  // As in radio-group.test.ts, over checkboxes: each group renders its own inputs and fieldset.
  it('moves focus to the first checkbox when the citizen submits with none ticked', async () => {
    const { form, control, boxes } = await group(benefits);
    form.querySelector<HTMLButtonElement>('#after')!.focus();
    await sendKeys({ press: 'Enter' });
    await control.updateComplete;
    expect(deepActiveElement()).to.equal(boxes()[0]);
  });

  itWithAccessibilityTree(
    'is a group named by its legend, with checkboxes named by their texts',
    async () => {
      const { form, control, root } = await group(benefits);
      form.requestSubmit();
      await control.updateComplete;
      const [node] = await findAxNodes((n) => n.role === 'group', [root.querySelector('fieldset')!]);
      expect(node.name).to.equal('Ydelser');
      expect(node.description).to.equal('Vælg alle, der passer Fejl: Vælg mindst én mulighed under ydelser');
      const boxes = await findAxNodes((n) => n.role === 'checkbox');
      expect(boxes.map((b) => b.name)).to.deep.equal([
        'Boligstøtte',
        'Folkepension',
        'Dagpenge',
        'Ingen af dem',
      ]);
      expect(boxes[0].description).to.equal('Boligydelse eller boligsikring');
      expect(boxes.every((b) => b.invalid === 'true')).to.equal(true);
    },
  );

  // As in radio-group.test.ts: each choice element renders the option texts in its own template.
  it('shows option text and hints with markup as text', async () => {
    const markup = '<img src=x onerror="window.__bfBoxInjected=1">';
    const { root } = await group(html`<bf-checkbox-group name="x" label="Vælg">
      <bf-option value="a" hint=${markup}>${markup}</bf-option></bf-checkbox-group>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('[part~="option-label"]')!.textContent).to.equal(markup);
    expect(root.querySelector('[part~="option-hint"]')!.textContent).to.equal(markup);
    expect((window as unknown as { __bfBoxInjected?: number }).__bfBoxInjected).to.equal(undefined);
  });

  it('read-only: the ticks are kept against clicks and Space, and still submitted', async () => {
    const { form, control, boxes } = await group(html`<bf-checkbox-group name="x" label="Svar" readonly>
      <bf-option value="a" checked>A</bf-option><bf-option value="b">B</bf-option></bf-checkbox-group>`);
    expect(boxes().every((b) => b.getAttribute('aria-readonly') === 'true')).to.equal(true);
    boxes()[1].click();
    control.focus();
    await sendKeys({ press: ' ' });
    await control.updateComplete;
    expect(control.values).to.deep.equal(['a']);
    expect(boxes().map((b) => b.checked)).to.deep.equal([true, false]);
    expect(new FormData(form).getAll('x')).to.deep.equal(['a']);
  });

  it('speaks English under lang="en"', async () => {
    const { form, control, root } = await group(benefits, 'en');
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).to.equal('Select at least one option under ydelser');
    expect(root.querySelector('[part~="divider"]')!.textContent).to.equal('or');
  });

  describe('conditional reveal', () => {
    const withFollowUp = html`<bf-checkbox-group name="kontakt" label="Hvordan må vi kontakte dig?">
      <bf-option value="mail">E-mail</bf-option>
      <bf-option value="sms">SMS</bf-option>
      <bf-text-field slot="conditional-mail" name="email" label="E-mailadresse" type="email" required></bf-text-field>
    </bf-checkbox-group>`;

    it('is hidden and left out of validation and FormData until its box is ticked', async () => {
      const { form, control, root, boxes } = await group(withFollowUp);
      const field = control.querySelector('bf-text-field')!;
      const wrapper = root.querySelector<HTMLElement>('[part~="conditional"]')!;
      expect(wrapper.hidden).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('email')).to.equal(false);
      control.focus();
      await sendKeys({ press: ' ' });
      await control.updateComplete;
      await field.updateComplete;
      expect(wrapper.hidden).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement(), 'the revealed field comes right after its box').to.equal(
        field.shadowRoot!.querySelector('input'),
      );
      await sendKeys({ type: 'ada@eksempel.dk' });
      await field.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).get('email')).to.equal('ada@eksempel.dk');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(boxes()[1]);
      boxes()[0].click();
      await control.updateComplete;
      expect(wrapper.hidden).to.equal(true);
      expect(new FormData(form).has('email')).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
    });

    it('passes axe while revealed', async () => {
      const { form, control } = await group(withFollowUp);
      control.values = ['mail'];
      await control.updateComplete;
      await expect(form).to.be.accessible();
    });
  });
});
