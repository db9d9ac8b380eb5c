import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import type { BfDeclaration } from '../../src/components/declaration/declaration.js';
import type { BfErrorSummary } from '../../src/components/error-summary/error-summary.js';
import type { BfForm } from '../../src/components/form/form.js';
import type { BfReceipt } from '../../src/components/receipt/receipt.js';
import type { BfSummary } from '../../src/components/summary/summary.js';
import type { BfSubmitEvent } from '../../src/events/submit.js';
import {
  createField,
  fieldInForm,
  runFormControlSuite,
  shownError,
  submitAndRead,
  type FieldAttributes,
} from '../../src/testing/index.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
} from '../../src/testing/a11y.js';

// REQUIREMENTS 2.5/2.6: the declaration a citizen confirms before sending (issue 14 item 3).

const TEXT = 'Jeg erklærer på tro og love, at de oplysninger, jeg har givet, er rigtige og fuldstændige.';
const NAME = 'erklaering';
const REQUIRED = {
  da: 'Du skal bekræfte erklæringen, før du kan sende',
  en: 'You must confirm the declaration before you can send',
};

runFormControlSuite('bf-declaration', {
  validValue: TEXT,
  content: html`${TEXT}`,
  valueAttributes: { checked: '' },
  summaryValue: `Bekræftet: ${TEXT}`,
  emptySummary: { da: 'Ikke bekræftet', en: 'Not confirmed' },
  clear: (control) => {
    (control as BfDeclaration).checked = false;
  },
  fill: async (control) => {
    control.focus();
    await sendKeys({ press: ' ' });
  },
  requiredMessage: REQUIRED,
  role: 'group',
  invalidRole: 'checkbox',
  unlabelled: 'default',
  optionalMarker: false,
});

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

const inForm = (markup: TemplateResult | Element, lang = 'da') =>
  fieldInForm<BfDeclaration>(markup, 'bf-declaration', lang, 'input[type="checkbox"]');

/** The declaration as a host writes it, with attributes: the text on its own lines, indented. */
function declaration(attributes: FieldAttributes = {}): BfDeclaration {
  const element = createField<BfDeclaration>('bf-declaration', { name: NAME, ...attributes });
  element.append(
    '\n    Jeg erklærer på tro og love, at de oplysninger,\n       jeg har givet, er rigtige og fuldstændige.\n  ',
  );
  return element;
}

/** Ticks or clears the box the way a citizen does: focus it and press Space. */
async function pressSpace(control: BfDeclaration) {
  control.focus();
  await sendKeys({ press: ' ' });
  await control.updateComplete;
}

/** Lets the element see a change of its content (a MutationObserver), then render. */
async function contentSeen(control: BfDeclaration) {
  await aTimeout(0);
  await control.updateComplete;
}

const part = (control: Element, name: string) => control.shadowRoot!.querySelector(`[part~="${name}"]`);

/** A `bf-form` page around the markup; resolves once its controls have rendered. */
async function formPage(markup: TemplateResult, lang = 'da') {
  const bfForm = await fixture<BfForm>(html`<bf-form lang=${lang}>${markup}</bf-form>`);
  const form = bfForm.querySelector('form')!;
  const control = form.querySelector<BfDeclaration>('bf-declaration')!;
  await control.updateComplete;
  await bfForm.updateComplete;
  await aTimeout(0);
  const summary = form.querySelector<BfErrorSummary>('bf-error-summary')!;
  const links = () => [...(summary.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  return { bfForm, form, control, summary, links };
}

describe('bf-declaration', () => {
  describe('the page shows', () => {
    it('a group with the heading "Erklæring", the host\'s text and one checkbox "Jeg bekræfter", with no marker (T-2.5)', async () => {
      const { control } = await inForm(declaration());
      const root = control.shadowRoot!;
      const fieldset = root.querySelector('fieldset')!;
      expect(text(fieldset.querySelector(':scope > legend'))).to.equal('Erklæring');
      expect(root.querySelectorAll('input')).to.have.length(1);
      expect(root.querySelector('input')!.type).to.equal('checkbox');
      expect(root.querySelector('input')!.required, 'required by default').to.equal(true);
      expect(text(part(control, 'confirm-label'))).to.equal('Jeg bekræfter');
      const slot = part(control, 'text')!.querySelector('slot')!;
      expect(text(slot.assignedNodes()[0])).to.equal(TEXT.replace(/\s+/gu, ' '));
      expect(control.text).to.equal(TEXT);
      expect(idReferenceProblems(root)).to.deep.equal([]);
    });

    it('takes its heading and checkbox label from label and confirm-label, as text', async () => {
      const { control } = await inForm(
        declaration({ label: 'Tro og <b>love</b>', 'confirm-label': 'Ja, <i>jeg</i> bekræfter' }),
      );
      expect(text(part(control, 'label'))).to.equal('Tro og <b>love</b>');
      expect(text(part(control, 'confirm-label'))).to.equal('Ja, <i>jeg</i> bekræfter');
      expect(control.shadowRoot!.querySelector('b, i')).to.equal(null);
      expect(control.summaryAnswer.label).to.equal('Tro og <b>love</b>');
    });

    it('is never marked, not even in a form that marks required fields', async () => {
      const { control } = await inForm(html`<div marking="required">${declaration()}</div>`);
      expect(text(part(control, 'label'))).to.equal('Erklæring');
      expect(control.required).to.equal(true);
    });

    it('takes catalogue overrides per instance (message-declaration-label, message-declaration-confirm)', async () => {
      const { control } = await inForm(
        declaration({
          'message-declaration-label': 'Tro og love',
          'message-declaration-confirm': 'Ja, jeg bekræfter',
        }),
      );
      expect(text(part(control, 'label'))).to.equal('Tro og love');
      expect(text(part(control, 'confirm-label'))).to.equal('Ja, jeg bekræfter');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the checkbox, Space confirms and clears it, with input and change from the host', async () => {
      const { form, control, input } = await inForm(
        html`<button type="button" id="before">Før</button>${declaration()}`,
      );
      const seen: string[] = [];
      control.addEventListener('input', () => seen.push(`input:${control.checked}`));
      control.addEventListener('change', () => seen.push(`change:${control.checked}`));
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(input);
      await sendKeys({ press: ' ' });
      await control.updateComplete;
      expect(control.checked).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal(TEXT);
      expect(form.checkValidity()).to.equal(true);
      await sendKeys({ press: ' ' });
      await control.updateComplete;
      expect(control.checked).to.equal(false);
      expect(new FormData(form).has(NAME)).to.equal(false);
      expect(seen).to.deep.equal(['input:true', 'change:true', 'input:false', 'change:false']);
    });

    it('is confirmed by clicking "Jeg bekræfter"', async () => {
      const { control } = await inForm(declaration());
      (part(control, 'confirm-label') as HTMLElement).click();
      await control.updateComplete;
      expect(control.checked).to.equal(true);
    });
  });

  describe('name and description', () => {
    it('the checkbox is named "Jeg bekræfter" and described by the declaration (from its own root, both browsers)', async () => {
      const { control, input } = await inForm(declaration({ hint: 'Læs erklæringen, før du bekræfter' }));
      expect(labelAndDescription(input)).to.deep.equal({ name: 'Jeg bekræfter', description: TEXT });
      const group = labelAndDescription(control.shadowRoot!.querySelector('fieldset')!);
      expect(group).to.deep.equal({ name: 'Erklæring', description: 'Læs erklæringen, før du bekræfter' });
    });

    itWithAccessibilityTree(
      'the accessibility tree: group "Erklæring", checkbox "Jeg bekræfter" described by the text; invalid after a submit',
      async () => {
        const { form, control } = await inForm(declaration());
        const fieldset = control.shadowRoot!.querySelector('fieldset')!;
        const [box] = await findAxNodes((n) => n.role === 'checkbox');
        expect([box.name, box.description]).to.deep.equal(['Jeg bekræfter', TEXT]);
        await submitAndRead(form, control);
        const groups = await findAxNodes((n) => n.role === 'group' && n.name === 'Erklæring', [fieldset]);
        expect(groups.map((n) => n.description)).to.deep.equal([`Fejl: ${REQUIRED.da}`]);
        const [invalid] = await findAxNodes((n) => n.role === 'checkbox');
        expect([invalid.name, invalid.description, invalid.invalid]).to.deep.equal([
          'Jeg bekræfter',
          TEXT,
          'true',
        ]);
      },
    );

    itWithAccessibilityTree('a link in the text is read as part of the description', async () => {
      await inForm(
        html`<bf-declaration name=${NAME}
          >Jeg har læst <a href="/vilkaar">vilkårene</a> og erklærer, at oplysningerne er rigtige.</bf-declaration
        >`,
      );
      const [box] = await findAxNodes((n) => n.role === 'checkbox');
      expect(box.description).to.equal('Jeg har læst vilkårene og erklærer, at oplysningerne er rigtige.');
    });
  });

  describe('value', () => {
    it('submits the text as the citizen saw it (white space collapsed, link text, no HTML, no hint), nothing while unconfirmed', async () => {
      const { form, control } = await inForm(
        html`<bf-declaration name=${NAME}>
          <span slot="hint">Du kan straffes for at give urigtige oplysninger.</span>
          Jeg har læst <a href="/vilkaar"><b>vilkårene</b></a>
          og erklærer,<br>at alt er rigtigt.<script type="text/plain">ikke tekst</script>
        </bf-declaration>`,
      );
      expect(new FormData(form).has(NAME)).to.equal(false);
      await pressSpace(control);
      expect(new FormData(form).getAll(NAME)).to.deep.equal([
        'Jeg har læst vilkårene og erklærer, at alt er rigtigt.',
      ]);
    });

    it('shows and submits markup and script characters as text', async () => {
      const hostile =
        'Jeg erklærer, at <script>window.__bfInjected=1</script> & <img src=x onerror=alert(1)> er tekst.';
      const { form, control } = await inForm(
        html`<bf-declaration name=${NAME} checked>${hostile}</bf-declaration>`,
      );
      expect(new FormData(form).get(NAME)).to.equal(hostile);
      expect(control.querySelector('script, img')).to.equal(null);
      expect(control.shadowRoot!.querySelector('script, img')).to.equal(null);
      expect(text(control)).to.equal(hostile);
      expect(control.summaryAnswer.displayValue).to.equal(`Bekræftet: ${hostile}`);
      expect((window as unknown as { __bfInjected?: number }).__bfInjected).to.equal(undefined);
    });
  });

  describe('a confirmation belongs to its text', () => {
    it('a text the host changes after the citizen confirmed clears the confirmation', async () => {
      const { form, control } = await inForm(declaration());
      await pressSpace(control);
      expect(new FormData(form).get(NAME)).to.equal(TEXT);
      control.firstChild!.textContent = 'Jeg erklærer, at jeg bor på adressen.';
      await contentSeen(control);
      expect(control.checked).to.equal(false);
      expect(control.shadowRoot!.querySelector('input')!.checked).to.equal(false);
      expect(new FormData(form).has(NAME)).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      await pressSpace(control);
      expect(new FormData(form).get(NAME)).to.equal('Jeg erklærer, at jeg bor på adressen.');
    });

    it('a change that leaves the text the same (white space, a wrapper) keeps it', async () => {
      const { form, control } = await inForm(declaration());
      await pressSpace(control);
      control.firstChild!.textContent = `  ${TEXT}\n`;
      control.append(document.createComment('no text'));
      await contentSeen(control);
      expect(control.checked).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal(TEXT);
    });

    it('back/forward, reload and drafts bring a confirmation back only for the same text', async () => {
      const { control: confirmed } = await inForm(declaration({ checked: true }));
      const state = confirmed.draftState();
      expect(state).to.equal(TEXT);
      const { form, control } = await inForm(declaration());
      control.restoreDraftState(structuredClone(state!));
      await control.updateComplete;
      expect(new FormData(form).get(NAME)).to.equal(TEXT);

      const changed = html`<bf-declaration name=${NAME}>Jeg erklærer, at jeg har ændret mine oplysninger.</bf-declaration>`;
      const { form: other, control: newer } = await inForm(changed);
      newer.restoreDraftState(state!);
      newer.formStateRestoreCallback(TEXT);
      await newer.updateComplete;
      expect(newer.checked).to.equal(false);
      expect(new FormData(other).has(NAME)).to.equal(false);
    });

    it('a cleared box is kept as cleared, even where the server sent it confirmed', async () => {
      const { form, control } = await inForm(declaration({ checked: true }));
      await pressSpace(control);
      const state = control.draftState();
      expect(state).to.equal('');
      const { form: again, control: restored } = await inForm(declaration({ checked: true }));
      restored.restoreDraftState(state!);
      await restored.updateComplete;
      expect(new FormData(again).has(NAME)).to.equal(false);
      expect(new FormData(form).has(NAME)).to.equal(false);
    });

    it('while the page is still loading, the confirmation (the checked attribute) follows the text as it arrives', async () => {
      const { form, control } = await inForm(declaration({ checked: true }));
      const loading = Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')!;
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
      try {
        control.append(' Det gælder også mine børn.');
        await contentSeen(control);
      } finally {
        delete (document as unknown as Record<string, unknown>).readyState;
      }
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')).to.deep.equal(loading);
      expect(document.readyState).to.equal('complete');
      expect(control.checked).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal(`${TEXT} Det gælder også mine børn.`);
    });

    it('a confirmation set before the text arrives (script) belongs to the text that comes', async () => {
      const control = document.createElement('bf-declaration');
      control.setAttribute('name', NAME);
      control.checked = true;
      const form = await fixture<HTMLFormElement>(html`<form>${control}</form>`);
      await control.updateComplete;
      control.append(TEXT);
      await contentSeen(control);
      expect(control.checked).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal(TEXT);
    });
  });

  describe('in a bf-form', () => {
    const page = (lang = 'da', attributes: FieldAttributes = {}) =>
      formPage(
        html`<form @submit=${(event: Event) => event.preventDefault()}>
          <bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field>
          ${declaration(attributes)}
          <bf-summary></bf-summary>
          <button>Send ansøgning</button>
        </form>`,
        lang,
      );

    it('an unconfirmed declaration stops the submit with the Danish message, in the error summary, whose link focuses the checkbox', async () => {
      const { bfForm, form, control, summary, links } = await page();
      let submits = 0;
      bfForm.addEventListener('bf-submit', () => submits++);
      form.querySelector('button')!.click();
      await control.updateComplete;
      await summary.updateComplete;
      expect(submits).to.equal(0);
      expect(shownError(control)).to.equal(`Fejl: ${REQUIRED.da}`);
      expect(links().map((a) => text(a))).to.deep.equal([REQUIRED.da]);
      links()[0].click();
      expect(deepActiveElement()).to.equal(control.shadowRoot!.querySelector('input'));
      await sendKeys({ press: ' ' });
      await control.updateComplete;
      expect(shownError(control)).to.equal('');
    });

    it('a confirmed declaration goes into bf-submit: the text in values, "Bekræftet: …" in summary, as bf-summary shows it', async () => {
      const { bfForm, form, control } = await page();
      const shown = form.querySelector<BfSummary>('bf-summary')!;
      shown.refresh();
      await shown.updateComplete;
      const rows = () =>
        [...shown.shadowRoot!.querySelectorAll('[part~="row"]')].map((row) => [
          text(row.querySelector('dt')),
          text(row.querySelector('dd.value')),
        ]);
      expect(rows()).to.deep.equal([
        ['Navn', 'Ada'],
        ['Erklæring', 'Ikke bekræftet'],
      ]);
      await pressSpace(control);
      const submitted = oneEvent(bfForm, 'bf-submit');
      form.querySelector('button')!.click();
      const { detail } = (await submitted) as BfSubmitEvent;
      expect(detail.values).to.deep.equal({ navn: 'Ada', [NAME]: TEXT });
      expect(detail.summary.map((row) => [row.label, row.displayValue])).to.deep.equal([
        ['Navn', 'Ada'],
        ['Erklæring', `Bekræftet: ${TEXT}`],
      ]);
      shown.refresh();
      await shown.updateComplete;
      expect(rows()).to.deep.equal([
        ['Navn', 'Ada'],
        ['Erklæring', `Bekræftet: ${TEXT}`],
      ]);
    });

    it('the receipt lists the confirmed declaration', async () => {
      const { bfForm, form } = await page('da', { checked: true });
      bfForm.submitHandler = () => Promise.resolve({ reference: 'AB-123' });
      form.querySelector('button')!.click();
      for (let round = 0; round < 10 && !bfForm.querySelector('bf-receipt:not([hidden])'); round++)
        await aTimeout(10);
      const receipt = bfForm.querySelector<BfReceipt>('bf-receipt')!;
      await receipt.updateComplete;
      const summary = receipt.shadowRoot!.querySelector('bf-summary')!;
      await summary.updateComplete;
      const rows = [...summary.shadowRoot!.querySelectorAll('[part~="row"]')].map((row) => [
        text(row.querySelector('dt')),
        text(row.querySelector('dd.value')),
      ]);
      expect(rows).to.deep.equal([
        ['Navn', 'Ada'],
        ['Erklæring', `Bekræftet: ${TEXT}`],
      ]);
    });

    it('speaks English under lang="en": heading, checkbox, message and summary', async () => {
      const { form, control, summary, links } = await formPage(
        html`<form @submit=${(event: Event) => event.preventDefault()}>
          <bf-declaration name=${NAME}>I declare that the information I have given is true and complete.</bf-declaration>
          <button>Send</button>
        </form>`,
        'en',
      );
      expect(text(part(control, 'label'))).to.equal('Declaration');
      expect(text(part(control, 'confirm-label'))).to.equal('I confirm');
      expect(control.summaryAnswer).to.deep.equal({
        name: NAME,
        label: 'Declaration',
        displayValue: 'Not confirmed',
      });
      form.querySelector('button')!.click();
      await control.updateComplete;
      await summary.updateComplete;
      expect(shownError(control)).to.equal(`Error: ${REQUIRED.en}`);
      expect(links().map((a) => text(a))).to.deep.equal([REQUIRED.en]);
      await pressSpace(control);
      expect(control.summaryAnswer.displayValue).to.equal(
        'Confirmed: I declare that the information I have given is true and complete.',
      );
      await expect(form).to.be.accessible();
    });
  });

  describe('server round trip', () => {
    it('checked: confirmed from the start, submitted, and what form.reset() returns to', async () => {
      const { form, control, input } = await inForm(declaration({ checked: true }));
      expect(input.checked).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal(TEXT);
      await pressSpace(control);
      expect(new FormData(form).has(NAME)).to.equal(false);
      form.reset();
      await control.updateComplete;
      expect(input.checked).to.equal(true);
      expect(new FormData(form).get(NAME)).to.equal(TEXT);
    });

    it("error: the server's message at once, in the error summary on load, until the citizen changes the box", async () => {
      const { form, control, summary, links } = await formPage(
        html`<form @submit=${(event: Event) => event.preventDefault()}>
          <bf-error-summary></bf-error-summary>
          ${declaration({ error: 'Erklæringen er ændret. Bekræft den igen' })}
          <button>Send</button>
        </form>`,
      );
      for (let round = 0; round < 10 && summary.count === 0; round++) await aTimeout(10);
      await summary.updateComplete;
      expect(shownError(control)).to.equal('Fejl: Erklæringen er ændret. Bekræft den igen');
      expect(links().map((a) => text(a))).to.deep.equal(['Erklæringen er ændret. Bekræft den igen']);
      expect(form.checkValidity()).to.equal(false);
      await pressSpace(control);
      expect(shownError(control)).to.equal('');
      expect(form.checkValidity()).to.equal(true);
    });
  });

  describe('passes axe in every state', () => {
    const states: [string, TemplateResult | Element, string, boolean][] = [
      ['default', declaration(), 'da', false],
      ['confirmed', declaration({ checked: true }), 'da', false],
      ['with hint', declaration({ hint: 'Du kan straffes for at give urigtige oplysninger' }), 'da', false],
      ['unconfirmed, after a failed submit', declaration(), 'da', true],
      [
        'with a server error',
        declaration({ checked: true, error: 'Serveren afviste erklæringen' }),
        'da',
        false,
      ],
      ['disabled', declaration({ disabled: true }), 'da', false],
      ['disabled and confirmed', declaration({ disabled: true, checked: true }), 'da', false],
      [
        'with a link in the text',
        html`<bf-declaration name=${NAME}>Jeg har læst <a href="/vilkaar">vilkårene</a>.</bf-declaration>`,
        'da',
        false,
      ],
      ['English, after a failed submit', declaration(), 'en', true],
    ];
    for (const [state, markup, lang, afterSubmit] of states) {
      it(state, async () => {
        const { form, control } = await inForm(markup, lang);
        if (afterSubmit) {
          await submitAndRead(form, control);
          expect(shownError(control)).to.not.equal('');
        }
        await expect(form).to.be.accessible();
      });
    }
  });
});
