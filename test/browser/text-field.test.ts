import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/text-field.js';
import type { BfTextField } from '../../src/components/text-field/text-field.js';
import { fieldInForm, runFormControlSuite, submitAndRead } from '../../src/testing/index.js';
import { deepActiveElement, findAxNodes, itWithAccessibilityTree } from '../../src/testing/a11y.js';

runFormControlSuite('bf-text-field', {
  validValue: 'Ada Åberg',
  requiredMessage: { da: 'Indtast testfelt', en: 'Enter testfelt' },
  role: 'textbox',
});

const field = (markup: TemplateResult, lang = 'da') =>
  fieldInForm<BfTextField>(markup, 'bf-text-field', lang);

describe('bf-text-field', () => {
  describe('validators give a Danish message, and an English one under lang="en" (T-1.5, W-3.3.3)', () => {
    const cases = [
      {
        name: 'minlength',
        attrs: html`<bf-text-field name="f" label="Fornavn" minlength="3" value="Al"></bf-text-field>`,
        flag: 'tooShort',
        da: 'Fornavn skal være mindst 3 tegn',
        en: 'Fornavn must be 3 characters or more',
      },
      {
        name: 'maxlength',
        attrs: html`<bf-text-field name="f" label="Fornavn" maxlength="3" value="Alfred"></bf-text-field>`,
        flag: 'tooLong',
        da: 'Fornavn må højst være 3 tegn',
        en: 'Fornavn must be 3 characters or less',
      },
      {
        name: 'pattern',
        attrs: html`<bf-text-field name="f" label="Postnummer" pattern="[0-9]{4}" value="80000"></bf-text-field>`,
        flag: 'patternMismatch',
        da: 'Postnummer skal skrives i det rigtige format',
        en: 'Enter postnummer in the correct format',
      },
      {
        name: 'email',
        attrs: html`<bf-text-field name="f" label="E-mail" type="email" value="ada@"></bf-text-field>`,
        flag: 'typeMismatch',
        da: 'Indtast en e-mailadresse i det rigtige format, fx navn@eksempel.dk',
        en: 'Enter an email address in the correct format, like name@example.com',
      },
      {
        name: 'url',
        attrs: html`<bf-text-field name="f" label="Hjemmeside" type="url" value="eksempel"></bf-text-field>`,
        flag: 'typeMismatch',
        da: 'Indtast en webadresse i det rigtige format, fx https://www.eksempel.dk',
        en: 'Enter a web address in the correct format, like https://www.example.com',
      },
      {
        name: 'required',
        attrs: html`<bf-text-field name="f" label="CPR-nummer" required></bf-text-field>`,
        flag: 'valueMissing',
        da: 'Indtast CPR-nummer',
        en: 'Enter CPR-nummer',
      },
    ] as const;
    for (const c of cases) {
      it(`${c.name}: Danish`, async () => {
        const { form, control } = await field(c.attrs);
        expect(control.validity![c.flag]).to.equal(true);
        expect(await submitAndRead(form, control)).to.equal(c.da);
        expect(control.shadowRoot!.querySelector('[part~="error"]')!.textContent.trim()).to.equal(
          `Fejl: ${c.da}`,
        );
      });
      it(`${c.name}: English`, async () => {
        const { form, control } = await field(c.attrs, 'en');
        expect(await submitAndRead(form, control)).to.equal(c.en);
      });
    }

    it('accepts a valid e-mail address and web address', async () => {
      const { control: email } = await field(
        html`<bf-text-field label="E-mail" type="email" value="ada.aaberg+kommune@eksempel.dk"></bf-text-field>`,
      );
      expect(email.validity!.valid).to.equal(true);
      const { control: url } = await field(
        html`<bf-text-field label="Hjemmeside" type="url" value="https://www.kk.dk/borger"></bf-text-field>`,
      );
      expect(url.validity!.valid).to.equal(true);
    });
  });

  it('reflects name, required, disabled and readonly set from script, but writes no attribute for a default', async () => {
    const field = await fixture<BfTextField>(html`<bf-text-field label="Fornavn"></bf-text-field>`);
    expect(
      ['name', 'required', 'disabled', 'readonly'].filter((name) => field.hasAttribute(name)),
    ).to.deep.equal([]);
    field.name = 'fornavn';
    field.required = true;
    await field.updateComplete;
    expect(field.getAttribute('name')).to.equal('fornavn');
    expect(field.hasAttribute('required')).to.equal(true);
    field.removeAttribute('required');
    field.removeAttribute('name');
    expect(field.required).to.equal(false);
    expect(field.name, 'the default again, not null').to.equal('');
  });

  it('keeps a 10,000-character paste and emoji intact, and flags it as too long instead of cutting it', async () => {
    const { form, control, input } = await field(
      html`<bf-text-field name="besked" label="Besked" maxlength="500"></bf-text-field>`,
    );
    const pasted = `${'Æblegrød 😀 '.repeat(833)}slut`; // 10,000 characters with emoji
    input.focus();
    const transfer = new DataTransfer();
    transfer.setData('text/plain', pasted);
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
    // A synthetic paste event does not insert text; insert it the way the browser's paste does.
    document.execCommand('insertText', false, pasted);
    await control.updateComplete;
    expect(control.value).to.equal(pasted);
    expect(new FormData(form).get('besked')).to.equal(pasted);
    expect(control.validity!.tooLong).to.equal(true);
    expect(await submitAndRead(form, control)).to.equal('Besked må højst være 500 tegn');
  });

  it('keeps HTML and script in the value as text', async () => {
    const markup = '<img src=x onerror="window.__bfValue=1"><script>window.__bfValue=1</script>';
    const { form, control, input } = await field(
      html`<bf-text-field name="n" label="Navn" value=${markup}></bf-text-field>`,
    );
    expect(input.value).to.equal(markup);
    expect(new FormData(form).get('n')).to.equal(markup);
    expect(
      control.shadowRoot!.querySelector('img, script') === null,
      'no element made from the value',
    ).to.equal(true);
    expect((window as unknown as { __bfValue?: number }).__bfValue).to.equal(undefined);
  });

  it('shows a rich hint slotted after the first render, and reads it as the description', async () => {
    const { control, input } = await field(html`<bf-text-field name="n" label="Navn"></bf-text-field>`);
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    const hint = document.createElement('span');
    hint.slot = 'hint';
    hint.append(
      'Se ',
      Object.assign(document.createElement('a'), { href: '#vejledning', textContent: 'vejledningen' }),
    );
    control.append(hint);
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(
      control.shadowRoot!.querySelector('[part~="hint"]') !== null,
      'the hint region is rendered',
    ).to.equal(true);
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
  });

  it('counts an emoji as one character', async () => {
    const { control } = await field(
      html`<bf-text-field label="Kode" minlength="3" maxlength="3" value="a😀b"></bf-text-field>`,
    );
    expect(control.validity!.valid).to.equal(true);
  });

  it('keeps emoji and Danish letters typed by keyboard', async () => {
    const { form, control, input } = await field(
      html`<bf-text-field name="navn" label="Navn"></bf-text-field>`,
    );
    input.focus();
    await sendKeys({ type: 'Søren Ærø 😀' });
    await control.updateComplete;
    expect(new FormData(form).get('navn')).to.equal('Søren Ærø 😀');
  });

  it('does not show an error while the citizen types for the first time, but after leaving the changed field', async () => {
    const { control, input } = await field(
      html`<bf-text-field label="E-mail" type="email"></bf-text-field><bf-text-field label="Næste"></bf-text-field>`,
    );
    input.focus();
    await sendKeys({ type: 'ada@' });
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector('[part~="error"]') === null, 'no error while typing').to.equal(
      true,
    );
    await sendKeys({ press: 'Tab' });
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('e-mailadresse');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('passes type, autocomplete, inputmode and spellcheck to the native input (T-2.8, W-1.3.5)', async () => {
    const { input } = await field(html`<bf-text-field label="E-mail" type="email"></bf-text-field>`);
    expect([input.type, input.autocomplete, input.spellcheck]).to.deep.equal(['email', 'email', false]);
    const { input: tel } = await field(html`<bf-text-field label="Telefon" type="tel"></bf-text-field>`);
    expect([tel.type, tel.autocomplete]).to.deep.equal(['tel', 'tel']);
    const { input: post } = await field(
      html`<bf-text-field label="Postnummer" autocomplete="postal-code" inputmode="numeric" width="4"></bf-text-field>`,
    );
    expect([post.type, post.autocomplete, post.inputMode]).to.deep.equal(['text', 'postal-code', 'numeric']);
    const { input: off } = await field(
      html`<bf-text-field label="E-mail" type="email" autocomplete="off"></bf-text-field>`,
    );
    expect(off.autocomplete).to.equal('off');
  });

  it('sizes the input for the expected length with width', async () => {
    const { control } = await field(html`<bf-text-field label="Postnummer" width="4"></bf-text-field>`);
    const { control: wide } = await field(html`<bf-text-field label="Adresse"></bf-text-field>`);
    const narrow = control.shadowRoot!.querySelector('[part~="input"]')!.getBoundingClientRect().width;
    const full = wide.shadowRoot!.querySelector('[part~="input"]')!.getBoundingClientRect().width;
    expect(narrow).to.be.lessThan(full / 3);
    expect(narrow).to.be.greaterThan(40);
  });

  it('renders the control row only for a prefix, suffix or password button; a row is not narrowed by width', async () => {
    const { control: plain } = await field(
      html`<bf-text-field label="Postnummer" width="4"></bf-text-field>`,
    );
    expect(plain.shadowRoot!.querySelector('[part~="control"]')).to.equal(null);
    const { control: amount } = await field(
      html`<bf-text-field label="Beløb i kroner" width="4" suffix="kr."></bf-text-field>`,
    );
    const row = amount.shadowRoot!.querySelector('[part~="control"]')!;
    const input = amount.shadowRoot!.querySelector('[part~="input"]')!;
    expect(row.contains(input)).to.equal(true);
    expect(row.getBoundingClientRect().width).to.be.closeTo(amount.getBoundingClientRect().width, 1);
  });

  it('shows prefix and suffix, hidden from the accessibility tree', async () => {
    const { control } = await field(
      html`<bf-text-field label="Beløb i kroner" prefix="kr." suffix=",00"></bf-text-field>`,
    );
    const prefix = control.shadowRoot!.querySelector('[part~="prefix"]')!;
    const suffix = control.shadowRoot!.querySelector('[part~="suffix"]')!;
    expect([prefix.textContent, suffix.textContent]).to.deep.equal(['kr.', ',00']);
    expect(prefix.getAttribute('aria-hidden')).to.equal('true');
  });

  describe('password', () => {
    it('shows and hides the password with a button that says what it does, and announces it', async () => {
      const { control, input } = await field(
        html`<bf-text-field label="Adgangskode" type="password" autocomplete="current-password" value="hemmelig"></bf-text-field>`,
      );
      const button = control.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(input.type).to.equal('password');
      expect(button.textContent.trim()).to.equal('Vis');
      expect(button.getAttribute('aria-label')).to.equal('Vis adgangskode');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      expect(input.type).to.equal('text');
      expect(button.textContent.trim()).to.equal('Skjul');
      expect(control.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'Din adgangskode er synlig',
      );
      await sendKeys({ press: ' ' });
      await control.updateComplete;
      expect(input.type).to.equal('password');
      expect(control.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'Din adgangskode er skjult',
      );
    });

    itWithAccessibilityTree('the toggle is a button named "Vis adgangskode"', async () => {
      await field(html`<bf-text-field label="Adgangskode" type="password"></bf-text-field>`);
      expect((await findAxNodes((n) => n.role === 'button' && n.name === 'Vis adgangskode')).length).to.equal(
        1,
      );
    });

    it('hides the password again on form reset', async () => {
      const { form, control, input } = await field(
        html`<bf-text-field label="Adgangskode" type="password"></bf-text-field>`,
      );
      control.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await control.updateComplete;
      form.reset();
      await control.updateComplete;
      expect(input.type).to.equal('password');
    });
  });

  it("submits the form on Enter, through the form's submit button", async () => {
    const { form, input } = await field(
      html`<bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field>`,
    );
    form.addEventListener('submit', (e) => e.preventDefault());
    let submitter: HTMLElement | null = null;
    form.addEventListener('submit', (e) => {
      submitter = e.submitter;
    });
    input.focus();
    const submitted = oneEvent(form, 'submit');
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(submitter === form.querySelector('button'), 'the submit button is the submitter').to.equal(true);
  });

  it('moves focus to the first invalid field when the citizen presses the submit button (W-2.4.3)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <bf-text-field name="a" label="Fornavn" value="Ada"></bf-text-field>
      <bf-text-field name="b" label="Efternavn" required></bf-text-field>
      <bf-text-field name="c" label="By" required></bf-text-field>
      <button>Send</button></form>`);
    const [, second, third] = [...form.querySelectorAll('bf-text-field')];
    await third.updateComplete;
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await third.updateComplete;
    expect(
      deepActiveElement() === second.shadowRoot!.querySelector('input'),
      'focus on the first invalid field',
    ).to.equal(true);
    expect(third.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
  });

  it('does not move focus when a script calls form.checkValidity()', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><input id="other"><bf-text-field name="b" label="Efternavn" required></bf-text-field></form>`,
    );
    const other = form.querySelector<HTMLInputElement>('#other')!;
    other.focus();
    expect(form.checkValidity()).to.equal(false);
    expect(document.activeElement === other, 'focus stays where it was').to.equal(true);
  });

  it('fires change from the host when the citizen leaves a changed field', async () => {
    const { control, input } = await field(
      html`<bf-text-field label="Navn"></bf-text-field><bf-text-field label="Næste"></bf-text-field>`,
    );
    input.focus();
    await sendKeys({ type: 'Ada' });
    const changed = oneEvent(control, 'change');
    await sendKeys({ press: 'Tab' });
    expect((await changed).target === control, 'change comes from the host').to.equal(true);
  });

  it('validity follows a value set from script at once, as with a native input', async () => {
    const { form, control } = await field(
      html`<bf-text-field name="n" label="Navn" required></bf-text-field>`,
    );
    control.value = 'Ada';
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('n')).to.equal('Ada');
  });

  it('is read-only: focusable, submitted, not validated, and says so to assistive technology', async () => {
    const { form, control, input } = await field(
      html`<bf-text-field name="n" label="Navn" readonly required></bf-text-field>`,
    );
    expect(input.readOnly).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('n')).to.equal('');
    control.focus();
    expect(deepActiveElement() === input, 'focus in the read-only input').to.equal(true);
  });
});
