import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { BfForm } from '../../src/components/form/form.js';
import type { BfStepIndicator } from '../../src/components/step-indicator/step-indicator.js';
import type { BfSummary } from '../../src/components/summary/summary.js';
import type { BfStep } from '../../src/components/wizard/step.js';
import type { BfStepChangeEvent } from '../../src/events/step-change.js';
import type { BfSubmitEvent } from '../../src/events/submit.js';
import { deepActiveElement } from '../../src/testing/a11y.js';

// REQUIREMENTS §2.3 (a logical flow: steps, focus, title, back, history) and §2.4 (check answers).

const originalTitle = document.title;
afterEach(() => {
  document.title = originalTitle;
});

async function flow({ history = false, allClickable = false, lang = 'da' } = {}) {
  const bfForm = await fixture<BfForm>(html`<bf-form lang=${lang}>
    <form @submit=${(event: Event) => event.preventDefault()}>
      <bf-wizard solution="Anmeld flytning" ?history=${history} ?all-clickable=${allClickable}>
        <bf-step-indicator></bf-step-indicator>
        <bf-step heading="Om dig">
          <bf-text-field name="fornavn" label="Fornavn" required></bf-text-field>
          <bf-text-field name="efternavn" label="Efternavn" required></bf-text-field>
        </bf-step>
        <bf-step heading="Din bolig">
          <bf-radio-group name="bolig" label="Boligform" required
            ><bf-option value="own">Ejerbolig</bf-option><bf-option value="rent">Lejebolig</bf-option></bf-radio-group
          >
        </bf-step>
        <bf-step heading="Lejemål" when="bolig=rent">
          <bf-text-field name="udlejer" label="Udlejer" required></bf-text-field>
        </bf-step>
        <bf-step heading="Tjek dine svar">
          <bf-summary></bf-summary>
          <button class="send">Send anmeldelse</button>
        </bf-step>
      </bf-wizard>
    </form>
  </bf-form>`);
  const wizard = bfForm.querySelector('bf-wizard')!;
  const steps = [...bfForm.querySelectorAll('bf-step')];
  const indicator = bfForm.querySelector('bf-step-indicator')!;
  await settle(bfForm);
  return { bfForm, form: bfForm.querySelector('form')!, wizard, steps, indicator };
}

/** Lets every element render (and a step change reach its heading). */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
    await Promise.all(elements.map((element) => (element as BfStep).updateComplete));
    await aTimeout(0);
  }
}

const shown = (steps: readonly BfStep[]) => steps.filter((step) => !step.hidden).map((step) => step.heading);
const focusedText = () => deepActiveElement()?.textContent?.trim() ?? '';
const field = (root: Element, name: string) =>
  root.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!;

function items(indicator: BfStepIndicator) {
  return [...indicator.shadowRoot!.querySelectorAll('nav > ol > li')].map((item) => ({
    text: [...item.querySelectorAll('.number, .name, .visually-hidden')]
      .map((part) => part.textContent.trim())
      .join(' '),
    current: item.getAttribute('aria-current'),
    link: item.querySelector('a') !== null,
  }));
}

async function typeInto(root: Element, name: string, text: string): Promise<void> {
  field(root, name).focus();
  await sendKeys({ type: text });
}

function stepButton(step: BfStep, part: string): HTMLButtonElement | null {
  return step.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
}

describe('bf-wizard, bf-step, bf-step-indicator', () => {
  it('shows the first step that applies, with its h1, "Næste" and no "Tilbage"; the indicator lists the steps that apply', async () => {
    const { steps, indicator, form } = await flow();
    expect(shown(steps)).to.deep.equal(['Om dig']);
    expect(steps[0].shadowRoot!.querySelector('h1')!.textContent).to.equal('Om dig');
    expect(stepButton(steps[0], 'back')).to.equal(null);
    expect(stepButton(steps[0], 'next')!.textContent.trim()).to.equal('Næste');
    expect(items(indicator).map((item) => item.text)).to.deep.equal([
      '1 Om dig',
      '2 Din bolig',
      '3 Tjek dine svar',
    ]);
    expect(items(indicator).filter((item) => item.current === 'step')).to.have.length(1);
    expect(field(form, 'udlejer').hasAttribute('disabled'), 'a skipped step’s field is disabled').to.equal(
      true,
    );
  });

  it('"Næste" checks only the shown step: its problems in the error summary, which takes focus', async () => {
    const { bfForm, steps } = await flow();
    stepButton(steps[0], 'next')!.click();
    await settle(bfForm);
    const summary = bfForm.errorSummary!;
    expect(summary.controls.map((control) => control.getAttribute('name'))).to.deep.equal([
      'fornavn',
      'efternavn',
    ]);
    expect(deepActiveElement()?.closest?.('.summary') ?? deepActiveElement()).to.not.equal(null);
    expect(shown(steps)).to.deep.equal(['Om dig']);
  });

  it('Enter in a field is "Næste": focus on the new h1, the title changes, bf-step-change fires, one aria-current (T-2.3, W-2.4.2, W-2.4.3)', async () => {
    const { bfForm, wizard, steps, indicator } = await flow();
    await typeInto(bfForm, 'fornavn', 'Ada');
    await typeInto(bfForm, 'efternavn', 'Lovelace');
    const changed = oneEvent(wizard, 'bf-step-change');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await changed) as BfStepChangeEvent;
    await settle(bfForm);
    expect(detail).to.deep.equal({ from: 0, to: 1, heading: 'Din bolig' });
    expect(shown(steps)).to.deep.equal(['Din bolig']);
    expect(deepActiveElement()?.localName).to.equal('h1');
    expect(focusedText()).to.equal('Din bolig');
    expect(document.title).to.equal('Din bolig – Anmeld flytning');
    expect(items(indicator)).to.deep.equal([
      { text: '1 Om dig Udfyldt', current: null, link: true },
      { text: '2 Din bolig', current: 'step', link: false },
      { text: '3 Tjek dine svar', current: null, link: false },
    ]);
    expect(stepButton(steps[1], 'back')!.textContent.trim()).to.equal('Tilbage');
  });

  it('a condition from plain HTML adds a step as the answer changes, and "Tilbage" keeps every value', async () => {
    const { bfForm, steps, indicator, form } = await flow();
    await typeInto(bfForm, 'fornavn', 'Ada');
    await typeInto(bfForm, 'efternavn', 'Lovelace');
    stepButton(steps[0], 'next')!.click();
    await settle(bfForm);
    field(form, 'bolig').focus();
    await sendKeys({ press: 'ArrowDown' }); // the second option: Lejebolig
    await settle(bfForm);
    expect(field(form, 'bolig').value).to.equal('rent');
    expect(items(indicator).map((item) => item.text)).to.deep.equal([
      '1 Om dig Udfyldt',
      '2 Din bolig',
      '3 Lejemål',
      '4 Tjek dine svar',
    ]);
    expect(field(form, 'udlejer').hasAttribute('disabled')).to.equal(false);
    stepButton(steps[1], 'next')!.click();
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Lejemål']);
    stepButton(steps[2], 'back')!.click();
    await settle(bfForm);
    stepButton(steps[1], 'back')!.click();
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Om dig']);
    expect([
      field(form, 'fornavn').value,
      field(form, 'efternavn').value,
      field(form, 'bolig').value,
    ]).to.deep.equal(['Ada', 'Lovelace', 'rent']);
  });

  it('check answers: "Rediger" opens the step and focuses the field; "Tilbage til opsummering" returns to the same link; the send carries every answer once', async () => {
    const { bfForm, steps, form } = await flow();
    await typeInto(bfForm, 'fornavn', 'Ada');
    await typeInto(bfForm, 'efternavn', 'Lovelace');
    await sendKeys({ press: 'Enter' });
    await settle(bfForm);
    field(form, 'bolig').focus();
    await sendKeys({ press: ' ' }); // Ejerbolig
    stepButton(steps[1], 'next')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Tjek dine svar']);
    const summary = form.querySelector<BfSummary>('bf-summary')!;
    summary.refresh();
    await summary.updateComplete;
    const rows = () =>
      [...summary.shadowRoot!.querySelectorAll('dd.value')].map((dd) => dd.textContent.trim());
    expect(rows()).to.deep.equal(['Ada', 'Lovelace', 'Ejerbolig']);
    const edit = summary.shadowRoot!.querySelector<HTMLAnchorElement>('a[aria-label="Rediger efternavn"]')!;
    edit.focus();
    await sendKeys({ press: 'Enter' });
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Om dig']);
    expect((deepActiveElement()?.getRootNode() as ShadowRoot).host.getAttribute('name')).to.equal(
      'efternavn',
    );
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '-Byron' });
    const back = stepButton(steps[0], 'return')!;
    expect(back.textContent.trim()).to.equal('Tilbage til opsummering');
    back.click();
    await settle(bfForm);
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Tjek dine svar']);
    expect(rows()[1]).to.equal('Lovelace-Byron');
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Rediger efternavn');

    let submits = 0;
    bfForm.addEventListener('bf-submit', () => submits++);
    const sent = oneEvent(bfForm, 'bf-submit');
    form.querySelector<HTMLButtonElement>('button.send')!.click();
    const { detail } = (await sent) as BfSubmitEvent;
    expect(detail.values).to.deep.equal({ fornavn: 'Ada', efternavn: 'Lovelace-Byron', bolig: 'own' });
    expect(detail.summary.map((row) => row.step)).to.deep.equal(['Om dig', 'Om dig', 'Din bolig']);
    expect(submits).to.equal(1);
  });

  it('sending from the last step shows an earlier step that has a problem, with its summary', async () => {
    const { bfForm, steps, form, wizard } = await flow();
    await typeInto(bfForm, 'fornavn', 'Ada');
    await typeInto(bfForm, 'efternavn', 'Lovelace');
    await wizard.next();
    field(form, 'bolig').value = 'own';
    await wizard.next();
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Tjek dine svar']);
    field(form, 'fornavn').value = '';
    let submits = 0;
    bfForm.addEventListener('bf-submit', () => submits++);
    form.querySelector<HTMLButtonElement>('button.send')!.click();
    await settle(bfForm);
    expect(submits).to.equal(0);
    expect(shown(steps)).to.deep.equal(['Om dig']);
    expect(bfForm.errorSummary!.controls.map((control) => control.getAttribute('name'))).to.deep.equal([
      'fornavn',
    ]);
  });

  it('with history, the browser’s back and forward buttons move between steps and keep the values', async () => {
    const { bfForm, steps, form, wizard } = await flow({ history: true });
    await typeInto(bfForm, 'fornavn', 'Ada');
    await typeInto(bfForm, 'efternavn', 'Lovelace');
    await wizard.next();
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Din bolig']);
    const back = oneEvent(wizard, 'bf-step-change');
    window.history.back();
    await back;
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Om dig']);
    expect(field(form, 'fornavn').value).to.equal('Ada');
    const forward = oneEvent(wizard, 'bf-step-change');
    window.history.forward();
    await forward;
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Din bolig']);
  });

  it('all-clickable: every step is a link; a step left with a problem says "Fejl" in its name', async () => {
    const { bfForm, steps, indicator } = await flow({ allClickable: true });
    expect(items(indicator).map((item) => item.link)).to.deep.equal([false, true, true]);
    indicator.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav > ol a')[1].click(); // to "Tjek dine svar"
    await settle(bfForm);
    expect(shown(steps)).to.deep.equal(['Tjek dine svar']);
    const first = items(indicator)[0];
    expect(first.text).to.equal('1 Om dig Fejl');
    expect(indicator.shadowRoot!.querySelector('nav > ol li svg[aria-hidden="true"]')).to.not.equal(null);
  });

  it('below 768 px the list collapses into "Trin 1 af 3", which opens the list in a dialog', async () => {
    await setViewport({ width: 400, height: 800 });
    try {
      const { indicator } = await flow();
      const root = indicator.shadowRoot!;
      const toggle = root.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(getComputedStyle(root.querySelector('nav > ol')!).display).to.equal('none');
      expect(toggle.textContent.trim()).to.equal('Trin 1 af 3');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = root.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelectorAll('li')).to.have.length(3);
      await sendKeys({ press: 'Escape' });
      expect(dialog.open).to.equal(false);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks English under lang="en"', async () => {
    const { steps, indicator } = await flow({ lang: 'en' });
    expect(stepButton(steps[0], 'next')!.textContent.trim()).to.equal('Next');
    expect(indicator.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Steps');
  });

  it('passes axe on a step with the indicator, and with errors shown', async () => {
    const { bfForm, steps } = await flow();
    await expect(bfForm).to.be.accessible();
    stepButton(steps[0], 'next')!.click();
    await settle(bfForm);
    await expect(bfForm).to.be.accessible();
  });

  it('a page the server sent back with errors opens on the first step that has one, past the start page', async () => {
    const bfForm = await fixture<BfForm>(html`<bf-form>
      <form @submit=${(event: Event) => event.preventDefault()}>
        <bf-wizard solution="Anmeld flytning">
          <bf-intro heading="Anmeld flytning"><p>Det tager 5 minutter.</p></bf-intro>
          <bf-step heading="Om dig"><bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field></bf-step>
          <bf-step heading="Din bolig">
            <bf-text-field name="udlejer" label="Udlejer" value="x" error="Skriv udlejerens fulde navn"></bf-text-field>
          </bf-step>
          <bf-step heading="Tjek dine svar"><bf-summary></bf-summary><button>Send</button></bf-step>
        </bf-wizard>
      </form>
    </bf-form>`);
    await settle(bfForm);
    const steps = [...bfForm.querySelectorAll<BfStep>('bf-step')];
    expect(shown(steps)).to.deep.equal(['Din bolig']);
    expect(bfForm.querySelector<HTMLElement>('bf-intro')!.hidden).to.equal(true);
    const summary = bfForm.querySelector('bf-error-summary')!;
    const link = summary.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    expect(link.textContent?.trim()).to.equal('Skriv udlejerens fulde navn');
    link.click();
    expect(deepActiveElement()).to.equal(
      bfForm.querySelector('[name="udlejer"]')!.shadowRoot!.querySelector('input'),
    );
  });
});
