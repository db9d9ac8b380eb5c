import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/prefilled.js';
import { PREFILL_CHANGED_ENTRY, type BfPrefilled } from '../../src/components/prefilled/prefilled.js';
import { BfPrefillEditEvent } from '../../src/events/prefill-edit.js';
import { recordFormValues } from './support/form-values.js';
import { fieldInForm, runFormControlSuite } from '../../src/testing/index.js';
import {
  deepActiveElement,
  findAxNodes,
  itWithAccessibilityTree,
  labelAndDescription,
} from '../../src/testing/a11y.js';

runFormControlSuite('bf-prefilled', {
  validValue: 'Ada',
  requiredMessage: { da: 'Indtast testfelt', en: 'Enter testfelt' },
  role: 'textbox',
});

/** The field in a form (`fieldInForm`) after a button `#before`, with its edit button and source. */
async function prefilled(markup: TemplateResult, lang = 'da') {
  const before = html`<button type="button" id="before">Før</button>`;
  const { form, control, input } = await fieldInForm<BfPrefilled>(
    html`${before}${markup}`,
    'bf-prefilled',
    lang,
  );
  const root = control.shadowRoot!;
  return {
    form,
    control,
    input,
    editButton: () => root.querySelector<HTMLButtonElement>('[part~="edit-button"]'),
    source: () => root.querySelector('[part~="source"]'),
  };
}

const fornavn = html`<bf-prefilled name="fornavn" label="Fornavn" value="Ada" source="CPR-registret" editable></bf-prefilled>`;

describe('bf-prefilled', () => {
  it('T-3.1: is read-only but focusable, described "Data hentet fra CPR-registret", and its value is in FormData', async () => {
    const { form, control, input, source } = await prefilled(fornavn);
    expect(input.readOnly).to.equal(true);
    expect(input.value).to.equal('Ada');
    expect(source()!.textContent).to.equal('Data hentet fra CPR-registret');
    expect(labelAndDescription(input)).to.deep.equal({
      name: 'Fornavn',
      description: 'Data hentet fra CPR-registret',
    });
    expect([...new FormData(form)]).to.deep.equal([['fornavn', 'Ada']]);
    expect(form.checkValidity()).to.equal(true);
    control.focus();
    expect(deepActiveElement()).to.equal(input);
  });

  itWithAccessibilityTree(
    'T-3.1: the accessibility tree has a read-only textbox with the source as description, and "Rediger fornavn"',
    async () => {
      await prefilled(fornavn);
      const [textbox] = await findAxNodes((n) => n.role === 'textbox' && n.name === 'Fornavn');
      expect(textbox.readonly).to.equal(true);
      expect(textbox.description).to.equal('Data hentet fra CPR-registret');
      expect((await findAxNodes((n) => n.role === 'button' && n.name === 'Rediger fornavn')).length).to.equal(
        1,
      );
    },
  );

  it('T-3.1: Tab to "Rediger fornavn", Enter: editable, focused with the caret at the end, hint gone, bf-prefill-edit once with { name } only', async () => {
    const { form, control, input, editButton, source } = await prefilled(fornavn);
    const events: BfPrefillEditEvent[] = [];
    const record = (e: BfPrefillEditEvent) => events.push(e);
    document.addEventListener('bf-prefill-edit', record);
    try {
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement(), 'the read-only input is a tab stop').to.equal(input);
      await sendKeys({ press: 'Tab' });
      const button = editButton()!;
      expect(deepActiveElement()).to.equal(button);
      expect(button.getAttribute('aria-label')).to.equal('Rediger fornavn');
      expect(button.textContent.trim()).to.equal('Rediger');
      expect(
        button.getAttribute('aria-label')!.startsWith(button.textContent.trim()),
        'label in name',
      ).to.equal(true);

      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      expect(input.readOnly).to.equal(false);
      expect(deepActiveElement()).to.equal(input);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([3, 3]);
      expect(source()).to.equal(null);
      expect(labelAndDescription(input).description).to.equal('');
      expect(editButton(), 'the button has done its job').to.equal(null);
      expect(input.value).to.equal('Ada');

      expect(events.length).to.equal(1);
      const [event] = events;
      expect(event).to.be.instanceOf(BfPrefillEditEvent);
      expect(event.type).to.equal('bf-prefill-edit');
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      expect(event.target).to.equal(control);
      expect(event.detail).to.deep.equal({ name: 'fornavn' });
      expect(JSON.stringify(event.detail)).to.not.contain('Ada');
      expect(Object.keys(event).filter((key) => key !== 'isTrusted')).to.deep.equal(['detail']);
    } finally {
      document.removeEventListener('bf-prefill-edit', record);
    }
  });

  it('submits bf-prefill-changed=<name> once the citizen changed the value, and not for an unchanged edit', async () => {
    const { form, control, input, editButton } = await prefilled(fornavn);
    editButton()!.click();
    await control.updateComplete;
    expect(control.edited).to.equal(true);
    expect([...new FormData(form)], 'opened, not changed').to.deep.equal([['fornavn', 'Ada']]);
    await sendKeys({ type: '-Marie' });
    await control.updateComplete;
    expect(input.value).to.equal('Ada-Marie');
    expect(control.changed).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([
      ['fornavn', 'Ada-Marie'],
      [PREFILL_CHANGED_ENTRY, 'fornavn'],
    ]);
    expect(PREFILL_CHANGED_ENTRY).to.equal('bf-prefill-changed');
    control.value = 'Ada ';
    expect([...new FormData(form)], 'white space around it is no change').to.deep.equal([
      ['fornavn', 'Ada '],
    ]);
  });

  it('lists every changed prefilled field under bf-prefill-changed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <bf-prefilled name="fornavn" label="Fornavn" value="Ada" source="CPR-registret" editable></bf-prefilled>
      <bf-prefilled name="efternavn" label="Efternavn" value="Lovelace" source="CPR-registret" editable></bf-prefilled>
      <bf-prefilled name="adresse" label="Adresse" value="Vestergade 1" source="CPR-registret" editable></bf-prefilled>
    </form>`);
    const [first, , third] = [...form.querySelectorAll('bf-prefilled')];
    for (const field of [first, third]) {
      await field.edit();
      await sendKeys({ type: 'x' });
    }
    expect(new FormData(form).getAll('bf-prefill-changed')).to.deep.equal(['fornavn', 'adresse']);
    expect(new FormData(form).get('efternavn')).to.equal('Lovelace');
  });

  it('returns to the read-only fetched value on form.reset()', async () => {
    const { form, control, input, editButton, source } = await prefilled(fornavn);
    await control.edit();
    await sendKeys({ type: 'x' });
    form.reset();
    await control.updateComplete;
    expect(input.readOnly).to.equal(true);
    expect(input.value).to.equal('Ada');
    expect(source()!.textContent).to.equal('Data hentet fra CPR-registret');
    expect(editButton()).to.not.equal(null);
    expect([...new FormData(form)]).to.deep.equal([['fornavn', 'Ada']]);
    expect(control.edited).to.equal(false);
  });

  it('saves a changed value with its mark as form state, and restores it edited (back/forward, reload)', async () => {
    const { control } = await prefilled(fornavn);
    const saved = recordFormValues(control);
    await control.edit();
    await sendKeys({ type: 'x' });
    const state = saved.at(-1)?.[1];
    expect(state).to.be.instanceOf(FormData);
    const { form, control: restored, input } = await prefilled(fornavn);
    restored.formStateRestoreCallback(state as FormData);
    await restored.updateComplete;
    expect(input.readOnly).to.equal(false);
    expect(input.value).to.equal('Adax');
    expect([...new FormData(form)]).to.deep.equal([
      ['fornavn', 'Adax'],
      ['bf-prefill-changed', 'fornavn'],
    ]);
  });

  describe("a form sent back with the citizen's correction (fetched-value)", () => {
    const corrected = html`<bf-prefilled name="navn" label="Navn" source="CPR-registret" value="Ada Jensen" fetched-value="Ada Åberg Jensen" editable></bf-prefilled>`;

    it('opens edited, without the source line or "Rediger", and still submits bf-prefill-changed', async () => {
      const { form, control, input, editButton, source } = await prefilled(corrected);
      expect(input.readOnly).to.equal(false);
      expect(input.value).to.equal('Ada Jensen');
      expect(source()).to.equal(null);
      expect(editButton()).to.equal(null);
      expect(control.edited).to.equal(true);
      expect(control.changed).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([
        ['navn', 'Ada Jensen'],
        [PREFILL_CHANGED_ENTRY, 'navn'],
      ]);
    });

    it('compares later typing with the fetched value: typing it back clears the mark', async () => {
      const { form, control, input } = await prefilled(corrected);
      control.focus();
      input.select();
      await sendKeys({ type: 'Ada Åberg Jensen' });
      await control.updateComplete;
      expect(control.changed).to.equal(false);
      expect([...new FormData(form)]).to.deep.equal([['navn', 'Ada Åberg Jensen']]);
    });

    it('is read-only as usual when the fetched value is the value', async () => {
      const { form, control, input, source } = await prefilled(
        html`<bf-prefilled name="navn" label="Navn" source="CPR-registret" value="Ada" fetched-value=" Ada " editable></bf-prefilled>`,
      );
      expect(input.readOnly).to.equal(true);
      expect(source()!.textContent).to.equal('Data hentet fra CPR-registret');
      expect(control.changed).to.equal(false);
      expect([...new FormData(form)]).to.deep.equal([['navn', 'Ada']]);
    });

    it('returns to the correction on form.reset(), as the page came', async () => {
      const { form, control, input } = await prefilled(corrected);
      control.focus();
      await sendKeys({ type: 'x' });
      form.reset();
      await control.updateComplete;
      expect(input.readOnly).to.equal(false);
      expect(input.value).to.equal('Ada Jensen');
      expect([...new FormData(form)]).to.deep.equal([
        ['navn', 'Ada Jensen'],
        [PREFILL_CHANGED_ENTRY, 'navn'],
      ]);
    });

    it('never renders fetched-value; HTML and emoji in it and in the value stay text and reach FormData intact', async () => {
      const { form, control, input } =
        await prefilled(html`<bf-prefilled name="navn" label="Navn" source="CPR-registret"
        value="Ada 😀 <b>Jensen</b>" fetched-value="<img src=x onerror=alert(1)> Åberg" editable></bf-prefilled>`);
      expect(input.value).to.equal('Ada 😀 <b>Jensen</b>');
      expect(control.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(control.shadowRoot!.textContent).to.not.contain('Åberg');
      expect([...new FormData(form)]).to.deep.equal([
        ['navn', 'Ada 😀 <b>Jensen</b>'],
        [PREFILL_CHANGED_ENTRY, 'navn'],
      ]);
    });

    it('opens edited when a script sets fetchedValue later', async () => {
      const { form, control, input } = await prefilled(
        html`<bf-prefilled name="navn" label="Navn" source="CPR-registret" value="Ada Jensen" editable></bf-prefilled>`,
      );
      expect(input.readOnly).to.equal(true);
      control.fetchedValue = 'Ada Åberg Jensen';
      await control.updateComplete;
      expect(input.readOnly).to.equal(false);
      expect([...new FormData(form)]).to.deep.equal([
        ['navn', 'Ada Jensen'],
        [PREFILL_CHANGED_ENTRY, 'navn'],
      ]);
    });

    it('passes axe', async () => {
      const { form } = await prefilled(corrected);
      await expect(form).to.be.accessible();
    });
  });

  it('has no edit button without editable, nor when readonly', async () => {
    const { editButton, input } = await prefilled(
      html`<bf-prefilled name="cpr" label="CPR-nummer" value="010190-1234" source="CPR-registret"></bf-prefilled>`,
    );
    expect(editButton()).to.equal(null);
    expect(input.readOnly).to.equal(true);
    const { control, editButton: readonlyButton } = await prefilled(
      html`<bf-prefilled name="n" label="Navn" value="Ada" source="CPR-registret" editable readonly></bf-prefilled>`,
    );
    expect(readonlyButton()).to.equal(null);
    await control.edit();
    expect(control.edited).to.equal(false);
  });

  it('is an ordinary editable field while nothing was fetched, and locks when a value arrives', async () => {
    const { form, control, input, source } = await prefilled(
      html`<bf-prefilled name="fornavn" label="Fornavn" source="CPR-registret" required editable></bf-prefilled>`,
    );
    expect(input.readOnly).to.equal(false);
    expect(source()).to.equal(null);
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).to.equal('Indtast fornavn');
    const {
      control: late,
      input: lateInput,
      source: lateSource,
    } = await prefilled(
      html`<bf-prefilled name="fornavn" label="Fornavn" source="CPR-registret"></bf-prefilled>`,
    );
    late.value = 'Ada';
    await late.updateComplete;
    expect(lateInput.readOnly).to.equal(true);
    expect(lateSource()!.textContent).to.equal('Data hentet fra CPR-registret');
  });

  it('shows "(frivilligt)" only once the value is open for editing', async () => {
    const { control } = await prefilled(fornavn);
    const label = () =>
      control.shadowRoot!.querySelector('[part~="label"]')!.textContent.replace(/\s+/gu, ' ').trim();
    expect(label()).to.equal('Fornavn');
    await control.edit();
    expect(label()).to.equal('Fornavn (frivilligt)');
  });

  it("keeps the host's hint and describes the field with hint, then source", async () => {
    const { input } = await prefilled(
      html`<bf-prefilled name="n" label="Navn" value="Ada" hint="Dit navn, som det står i folkeregistret" source="CPR-registret" editable></bf-prefilled>`,
    );
    expect(labelAndDescription(input).description).to.equal(
      'Dit navn, som det står i folkeregistret Data hentet fra CPR-registret',
    );
  });

  it('renders the source and the value as text', async () => {
    const { control, input, source } = await prefilled(
      html`<bf-prefilled name="n" label="Navn" value="<b>Ada</b>" source="<img src=x onerror=alert(1)>"></bf-prefilled>`,
    );
    expect(input.value).to.equal('<b>Ada</b>');
    expect(source()!.textContent).to.equal('Data hentet fra <img src=x onerror=alert(1)>');
    expect(control.shadowRoot!.querySelector('b, img')).to.equal(null);
  });

  it('disables the edit button with the field', async () => {
    const { editButton, form } = await prefilled(html`<fieldset disabled>${fornavn}</fieldset>`);
    expect(editButton()!.disabled).to.equal(true);
    expect(new FormData(form).has('fornavn')).to.equal(false);
  });

  it('speaks English inside lang="en"', async () => {
    const { input, editButton } = await prefilled(
      html`<bf-prefilled name="first" label="First name" value="Ada" source="the CPR register" editable></bf-prefilled>`,
      'en',
    );
    expect(labelAndDescription(input).description).to.equal('Data retrieved from the CPR register');
    expect(editButton()!.getAttribute('aria-label')).to.equal('Edit first name');
    expect(editButton()!.textContent.trim()).to.equal('Edit');
  });

  it("shows a rule's error on fetched data, so the citizen can correct it", async () => {
    const { form, control, editButton } = await prefilled(
      html`<bf-prefilled name="n" label="Navn" value="A" source="CPR-registret" editable></bf-prefilled>`,
    );
    control.validators = [
      {
        key: 'short',
        flag: 'tooShort',
        message: 'Navnet skal være mindst 2 tegn',
        check: (c) => (c.value.length < 2 ? {} : null),
      },
    ];
    form.requestSubmit();
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain(
      'Navnet skal være mindst 2 tegn',
    );
    expect(editButton()).to.not.equal(null);
    await expect(form).to.be.accessible();
  });

  describe('passes axe in every state', () => {
    it('read-only with source and edit button', async () => {
      const { form } = await prefilled(fornavn);
      await expect(form).to.be.accessible();
    });
    it('edited', async () => {
      const { form, control } = await prefilled(fornavn);
      await control.edit();
      await expect(form).to.be.accessible();
    });
    it('edited, emptied and required, after a failed submit', async () => {
      const { form, control } = await prefilled(
        html`<bf-prefilled name="fornavn" label="Fornavn" value="Ada" source="CPR-registret" editable required></bf-prefilled>`,
      );
      await control.edit();
      control.value = '';
      form.requestSubmit();
      await control.updateComplete;
      expect(control.validationMessage).to.equal('Indtast fornavn');
      await expect(form).to.be.accessible();
    });
    it('disabled', async () => {
      const { form } = await prefilled(html`<fieldset disabled>${fornavn}</fieldset>`);
      await expect(form).to.be.accessible();
    });
    it('in English', async () => {
      const { form } = await prefilled(
        html`<bf-prefilled name="first" label="First name" value="Ada" source="the CPR register" editable></bf-prefilled>`,
        'en',
      );
      await expect(form).to.be.accessible();
    });
  });
});
