import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/select.js';
import type { BfFormControl } from '../../src/base/form-control.js';
import type { BfSelect } from '../../src/components/select/select.js';
import { fieldInForm, runFormControlSuite } from '../../src/testing/index.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
} from '../../src/testing/a11y.js';

runFormControlSuite('bf-select', {
  validValue: '0101',
  summaryValue: 'København',
  content: html`<bf-option value="0101">København</bf-option><bf-option value="0751">Aarhus</bf-option>`,
  fill: async (control: BfFormControl) => {
    control.focus();
    await sendKeys({ press: 'ArrowDown' });
  },
  requiredMessage: { da: 'Vælg testfelt', en: 'Select testfelt' },
  role: 'combobox',
});

/** The list in a form (`fieldInForm`): its native `select`, and the texts of its options. */
async function list(markup: TemplateResult, lang = 'da') {
  const {
    form,
    control,
    input: select,
  } = await fieldInForm<BfSelect, HTMLSelectElement>(markup, 'bf-select', lang, 'select');
  const texts = () => [...select.options].map((o) => o.textContent);
  return { form, control, select, texts };
}

const municipalities = html`<bf-select name="kommune" label="Kommune" hint="Den kommune, du bor i" required>
  <bf-option value="0101">København</bf-option>
  <bf-option value="0751">Aarhus</bf-option>
  <bf-option value="0461" disabled>Odense</bf-option>
</bf-select>`;

describe('bf-select', () => {
  it('renders a native select labelled by the label, with an empty "Vælg" first option', async () => {
    const { control, select, texts } = await list(municipalities);
    expect(texts()).to.deep.equal(['Vælg', 'København', 'Aarhus', 'Odense']);
    expect(select.options[0].value).to.equal('');
    expect(select.value).to.equal('');
    expect([...select.options].map((o) => o.disabled)).to.deep.equal([false, false, false, true]);
    const { name, description } = labelAndDescription(select);
    expect(name).to.equal('Kommune');
    expect(description).to.equal('Den kommune, du bor i');
    expect(idReferenceProblems(control.shadowRoot!)).to.deep.equal([]);
  });

  // Reset as in radio-group.test.ts, for the list and its "Vælg" option: each renders its own natives.
  it('has no "Vælg" option when an option is preselected, and resets to it', async () => {
    const { form, control, select, texts } = await list(html`<bf-select name="k" label="Kommune">
      <bf-option value="0101">København</bf-option><bf-option value="0751" checked>Aarhus</bf-option></bf-select>`);
    expect(texts()).to.deep.equal(['København', 'Aarhus']);
    expect(select.value).to.equal('0751');
    expect(new FormData(form).get('k')).to.equal('0751');
    control.focus();
    await sendKeys({ press: 'ArrowUp' });
    await control.updateComplete;
    expect(control.value).to.equal('0101');
    form.reset();
    await control.updateComplete;
    expect(control.value).to.equal('0751');
    expect(select.value).to.equal('0751');
  });

  // Keyboard, events and submit as in checkbox-group.test.ts, for a native select of its own.
  it('is chosen by keyboard, with input and change from the host, and submits the value', async () => {
    const { form, control, select } = await list(municipalities);
    let submits = 0;
    form.addEventListener('submit', () => submits++);
    control.focus();
    expect(deepActiveElement()).to.equal(select);
    const input = oneEvent(control, 'input');
    const change = oneEvent(control, 'change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await input).target).to.equal(control);
    expect((await change).target).to.equal(control);
    await sendKeys({ press: 'ArrowDown' });
    await control.updateComplete;
    expect(control.value).to.equal('0751');
    expect(new FormData(form).getAll('kommune')).to.deep.equal(['0751']);
    expect(form.checkValidity()).to.equal(true);
    expect(submits, 'choosing never submits (WCAG 3.2.2)').to.equal(0);
    expect(deepActiveElement()).to.equal(select);
  });

  it('asks "Vælg {label}" when required and nothing is chosen, and marks the select invalid', async () => {
    const { form, control, select } = await list(municipalities);
    expect(new FormData(form).get('kommune')).to.equal('');
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).to.equal('Vælg kommune');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(labelAndDescription(select).description).to.equal('Den kommune, du bor i Fejl: Vælg kommune');
    await expect(form).to.be.accessible();
  });

  it('setting value selects that option', async () => {
    const { control, select } = await list(municipalities);
    control.value = '0751';
    await control.updateComplete;
    expect(select.value).to.equal('0751');
    expect(select.selectedOptions[0].textContent).to.equal('Aarhus');
    expect(control.selectedText).to.equal('Aarhus');
  });

  it('follows changes to its options', async () => {
    const { control, texts } = await list(municipalities);
    const option = document.createElement('bf-option');
    option.setAttribute('value', '0851');
    option.textContent = 'Aalborg';
    control.append(option);
    control.querySelector('bf-option')!.textContent = 'Københavns Kommune';
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(texts()).to.deep.equal(['Vælg', 'Københavns Kommune', 'Aarhus', 'Odense', 'Aalborg']);
  });

  it('shows option text with markup as text', async () => {
    const markup = '<img src=x onerror="window.__bfSelectInjected=1">';
    const { control, texts } = await list(
      html`<bf-select name="x" label="Vælg"><bf-option value="a">${markup}</bf-option></bf-select>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(control.shadowRoot!.querySelector('img')).to.equal(null);
    expect(texts()[1]).to.equal(markup);
    expect((window as unknown as { __bfSelectInjected?: number }).__bfSelectInjected).to.equal(undefined);
  });

  it('read-only: only the chosen option can be picked, and it is submitted', async () => {
    const { form, control, select, texts } = await list(html`<bf-select name="k" label="Kommune" readonly>
      <bf-option value="0101">København</bf-option><bf-option value="0751" checked>Aarhus</bf-option></bf-select>`);
    expect(texts()).to.deep.equal(['Aarhus']);
    expect(select.getAttribute('aria-readonly')).to.equal('true');
    control.focus();
    await sendKeys({ press: 'ArrowUp' });
    await control.updateComplete;
    expect(control.value).to.equal('0751');
    expect(new FormData(form).get('k')).to.equal('0751');
  });

  it('is 44 px high at least, with a drawn arrow hidden from assistive technology', async () => {
    const { control, select } = await list(municipalities);
    expect(select.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(select).appearance).to.equal('none');
    const arrow = control.shadowRoot!.querySelector('[part~="arrow"]')!;
    expect(arrow.getAttribute('aria-hidden')).to.equal('true');
    expect(arrow.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('speaks English under lang="en"', async () => {
    const { form, control, texts } = await list(municipalities, 'en');
    expect(texts()[0]).to.equal('Select');
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).to.equal('Select kommune');
  });

  itWithAccessibilityTree('is a combobox named by its label, described by hint and error', async () => {
    const { form, control } = await list(municipalities);
    form.requestSubmit();
    await control.updateComplete;
    const [node] = await findAxNodes((n) => n.role === 'combobox');
    expect(node.name).to.equal('Kommune');
    expect(node.description).to.equal('Den kommune, du bor i Fejl: Vælg kommune');
    expect(node.invalid).to.equal('true');
  });
});
