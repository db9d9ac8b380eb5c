import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { BfForm, SubmitHandler } from '../../src/components/form/form.js';
import type { BfStep } from '../../src/components/wizard/step.js';
import type { BfWizard } from '../../src/components/wizard/wizard.js';

// What a resolved `submitHandler` can say besides "received" (issue 16, the parking page's JSON
// answers): the server refused answers (`errors`: shown as `setErrors` shows them, nothing else
// happens), or the host has a receipt page of its own (`receiptUrl`: the form goes there). And a
// rejected one (no connection): the Danish failure message takes focus.

const CLOSED_PORT = 'http://127.0.0.1:9';

const textOf = (element: Node | null | undefined) => element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
    await Promise.all(elements.map((element) => (element as BfStep).updateComplete));
    await aTimeout(5);
  }
}

/** A flow in three steps, on its last ("Tjek dine svar"), every answer given. */
async function wizardOnLastStep(handler: SubmitHandler) {
  const bfForm = await fixture<BfForm>(html`<bf-form>
    <form>
      <bf-wizard solution="Ansøg om beboerlicens">
        <bf-step heading="Om dig">
          <bf-text-field name="navn" label="Navn" value="Ada" required></bf-text-field>
          <bf-text-field name="cpr" label="CPR-nummer" value="0101901234" required></bf-text-field>
        </bf-step>
        <bf-step heading="Køretøj">
          <bf-text-field name="nummerplade" label="Registreringsnummer" value="AB12345" required></bf-text-field>
        </bf-step>
        <bf-step heading="Tjek dine svar"><bf-summary></bf-summary><button class="send">Send</button></bf-step>
      </bf-wizard>
    </form>
  </bf-form>`);
  bfForm.submitHandler = handler;
  await settle(bfForm);
  const wizard = bfForm.querySelector<BfWizard>('bf-wizard')!;
  const steps = [...bfForm.querySelectorAll<BfStep>('bf-step')];
  wizard.goTo(steps[2]);
  await settle(bfForm);
  const field = (name: string) => bfForm.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!;
  const shown = () => steps.filter((step) => !step.hidden).map((step) => step.heading);
  const send = async () => {
    bfForm.querySelector<HTMLButtonElement>('.send')!.click();
    await aTimeout(50);
    await settle(bfForm);
  };
  return { bfForm, field, shown, send, form: bfForm.querySelector('form')! };
}

describe('bf-form: what a submitHandler answers', () => {
  afterEach(() => window.history.replaceState(window.history.state, '', window.location.pathname));

  it('T-1.4: errors: the field on an earlier step shows the message, that step opens, the summary has focus; nothing else', async () => {
    let submitted = 0;
    const { bfForm, field, shown, send } = await wizardOnLastStep(() =>
      Promise.resolve({ errors: { cpr: 'Skriv dit eget CPR-nummer' } }),
    );
    bfForm.addEventListener('bf-submitted', () => submitted++);
    await send();
    expect(shown()).to.deep.equal(['Om dig']);
    const summary = bfForm.querySelector('bf-error-summary')!;
    expect(document.activeElement).to.equal(summary);
    const links = [...summary.shadowRoot!.querySelectorAll('a')].map((link) => textOf(link));
    expect(links).to.deep.equal(['Skriv dit eget CPR-nummer']);
    expect(textOf(field('cpr').shadowRoot)).to.contain('Skriv dit eget CPR-nummer');
    expect(field('cpr').value).to.equal('0101901234');
    expect(field('navn').value).to.equal('Ada');
    expect(bfForm.shadowRoot!.querySelector('[part~="alert"]'), 'no failure message').to.equal(null);
    expect(bfForm.querySelector('bf-receipt')).to.equal(null);
    expect(submitted).to.equal(0);
    expect(bfForm.pending).to.equal(false);
  });

  it('T-1.4: setErrors on the shown step: that step stays, the summary lists them and has focus', async () => {
    const { bfForm, shown } = await wizardOnLastStep(() => Promise.resolve({}));
    const steps = [...bfForm.querySelectorAll<BfStep>('bf-step')];
    bfForm.querySelector<BfWizard>('bf-wizard')!.goTo(steps[1]);
    await settle(bfForm);
    await bfForm.setErrors({ nummerplade: 'Registreringsnummeret findes ikke' });
    await settle(bfForm);
    expect(shown()).to.deep.equal(['Køretøj']);
    const summary = bfForm.querySelector('bf-error-summary')!;
    expect(document.activeElement).to.equal(summary);
    expect(textOf(summary.shadowRoot!.querySelector('a'))).to.equal('Registreringsnummeret findes ikke');
  });

  it('receiptUrl: bf-submitted with the reference, then the host’s receipt page; no bf-receipt, "Sender …" holds', async () => {
    const { bfForm, send } = await wizardOnLastStep(() =>
      Promise.resolve({ reference: 'BF-2026-0001', receiptUrl: '#kvittering' }),
    );
    const references: string[] = [];
    bfForm.addEventListener('bf-submitted', (event) =>
      references.push((event as CustomEvent<{ reference: string }>).detail.reference),
    );
    await send();
    expect(references).to.deep.equal(['BF-2026-0001']);
    expect(window.location.hash).to.equal('#kvittering');
    expect(bfForm.querySelector('bf-receipt')).to.equal(null);
    expect(bfForm.pending, 'until the page is left').to.equal(true);
    expect(bfForm.shadowRoot!.querySelector('[part~="alert"]')).to.equal(null);
  });

  it('T-1.5: no connection: the Danish failure message takes focus, every answer stays', async () => {
    const { bfForm, field, send } = await wizardOnLastStep(async (_payload, data) => {
      const response = await fetch(`${CLOSED_PORT}/modtag`, { method: 'POST', body: data });
      return (await response.json()) as { reference: string };
    });
    await send();
    await aTimeout(200);
    await settle(bfForm);
    const alert = bfForm.shadowRoot!.querySelector('[part~="alert"]')!;
    expect(textOf(alert.querySelector('.failure-text'))).to.equal(
      'Der skete en fejl, og vi har ikke modtaget dine oplysninger. Dine svar er ikke gået tabt. Prøv igen om lidt.',
    );
    expect(bfForm.shadowRoot!.activeElement).to.equal(alert);
    expect(field('cpr').value).to.equal('0101901234');
    expect(field('nummerplade').value).to.equal('AB12345');
    expect(bfForm.pending).to.equal(false);
  });
});
