import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import type { BfForm } from '../../src/components/form/form.js';
import type { BfErrorSummary } from '../../src/components/error-summary/error-summary.js';
import type { BfFormControl } from '../../src/base/form-control.js';
import { BfSubmitEvent, BfSubmittedEvent, type SubmitPayload } from '../../src/events/submit.js';
import { deepActiveElement } from '../../src/testing/a11y.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

/** An element as a short string, for comparing focus ("input day", "section summary"). */
function describeNode(node: Element | null): string {
  if (!node) return 'nothing';
  const host = (node.getRootNode() as ShadowRoot).host;
  return [host?.localName ?? '', node.localName, node.id || node.getAttribute('part') || '']
    .filter(Boolean)
    .join(' ');
}
const focused = () => describeNode(deepActiveElement());

async function page(markup: TemplateResult, lang = 'da') {
  const bfForm = await fixture<BfForm>(html`<bf-form lang=${lang}>${markup}</bf-form>`);
  const form = bfForm.querySelector('form')!;
  const controls = [...form.querySelectorAll<BfFormControl>('[name]')].filter((e) => 'revealErrors' in e);
  await Promise.all(controls.map((c) => c.updateComplete));
  await bfForm.updateComplete;
  const summary = () => form.querySelector<BfErrorSummary>('bf-error-summary')!;
  const links = () => [...(summary().shadowRoot?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  const field = <T extends BfFormControl>(name: string) => form.querySelector<T>(`[name="${name}"]`)!;
  return { bfForm, form, summary, links, field };
}

/** The citizen presses Enter in a text field (implicit submission, as in a native form). */
async function enterIn(control: BfFormControl) {
  control.focus();
  await sendKeys({ press: 'Enter' });
  await aTimeout(0);
  await control.updateComplete;
}

/** T-1.4: five fields, three of them invalid. */
const fiveFields = html`<form @submit=${(e: Event) => e.preventDefault()}>
  <bf-text-field name="fornavn" label="Fornavn" required></bf-text-field>
  <bf-text-field name="efternavn" label="Efternavn" value="Jensen" required></bf-text-field>
  <bf-date-input name="dato" label="Flyttedato" value="2024-02-31"></bf-date-input>
  <bf-radio-group name="bolig" label="Boligform" required
    ><bf-option value="eje">Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option></bf-radio-group
  >
  <bf-textarea name="note" label="Bemærkning"></bf-textarea>
  <button>Send</button>
</form>`;

describe('bf-form and bf-error-summary', () => {
  afterEach(() => {
    document.title = 'Borgerform tests';
  });

  it('gives a form without a summary one, first inside it, and makes the form novalidate', async () => {
    const { form, summary } = await page(
      html`<form><bf-text-field name="a" label="A"></bf-text-field></form>`,
    );
    expect(form.noValidate).to.equal(true);
    expect(form.firstElementChild?.localName).to.equal('bf-error-summary');
    expect(summary().count).to.equal(0);
    expect(text(summary().shadowRoot)).to.equal('', 'nothing before the first failed submit');
  });

  it("T-1.4: Enter with three invalid fields: no submission, focus on the summary, three links with the fields' messages (W-2.4.3, W-3.3.1)", async () => {
    const { bfForm, summary, links, field } = await page(fiveFields);
    let submits = 0;
    bfForm.addEventListener('bf-submit', () => submits++);
    // The date is typed as 31-02-2024 (a value that is no date); it arrives as parts the field judges.
    const date = field('dato');
    date.shadowRoot!.querySelector<HTMLInputElement>('#day')!.focus();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '02' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2024' });
    await enterIn(field('fornavn'));
    await summary().updateComplete;
    expect(submits).to.equal(0);
    expect(focused()).to.equal('bf-error-summary section summary');
    const messages = ['fornavn', 'dato', 'bolig'].map((name) => field(name).validationMessage);
    expect(messages.every(Boolean)).to.equal(true);
    expect(links().map((a) => text(a))).to.deep.equal(messages);
    // A real fragment (the field's id, else its name), never "#": a link to nowhere confuses tools and readers.
    expect(links().map((a) => a.getAttribute('href'))).to.deep.equal(['#fornavn', '#dato', '#bolig']);
    expect(text(summary().shadowRoot!.querySelector('h2'))).to.equal('Der er problemer');
    expect(document.title).to.equal('Fejl: Borgerform tests');
    // Link 2 (Enter): the wrong part of the date. Link 3: the first radio.
    links()[1].focus();
    await sendKeys({ press: 'Enter' });
    expect(focused()).to.equal('bf-date-input input day');
    links()[2].focus();
    await sendKeys({ press: 'Enter' });
    expect(describeNode(deepActiveElement())).to.match(/^bf-radio-group input/);
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('eje');
    // Fix Fornavn and leave it: its message goes, and its link with it; the rest wait for the next submit.
    field('fornavn').focus();
    await sendKeys({ type: 'Ada' });
    await sendKeys({ press: 'Tab' });
    await field('fornavn').updateComplete;
    await summary().updateComplete;
    expect(field('fornavn').userInvalid).to.equal(false);
    expect(links().map((a) => text(a))).to.deep.equal(messages.slice(1));
    await enterIn(field('fornavn'));
    await summary().updateComplete;
    expect(links().length).to.equal(2);
    expect(focused()).to.equal('bf-error-summary section summary');
  });

  it('sends once when the form is valid: one bf-submit with a JSON-safe payload, and the native submission goes on', async () => {
    const hostSubmits: SubmitEvent[] = [];
    const { bfForm, form, field } = await page(html`<form @submit=${(e: SubmitEvent) => {
      hostSubmits.push(e);
      e.preventDefault(); // stands in for the navigation of a plain POST
    }}>
      <bf-text-field name="navn" label="Navn" value="Ada 😀 <b>Jensen</b>" required></bf-text-field>
      <bf-checkbox-group name="ydelser" label="Ydelser" value="a,b"
        ><bf-option value="a">A</bf-option><bf-option value="b">B</bf-option></bf-checkbox-group
      >
      <bf-date-input name="dato" label="Dato" value="2026-12-24"></bf-date-input>
      <button>Send</button>
    </form>`);
    const submitted = oneEvent(bfForm, 'bf-submit');
    await enterIn(field('navn'));
    const event = (await submitted) as BfSubmitEvent;
    expect(hostSubmits.length).to.equal(1);
    expect(hostSubmits[0].defaultPrevented).to.equal(true); // by the host's own listener, not by bf-form
    const detail: SubmitPayload = event.detail;
    expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
    expect(detail.values).to.deep.equal({
      navn: 'Ada 😀 <b>Jensen</b>',
      ydelser: ['a', 'b'],
      dato: '2026-12-24',
    });
    expect(detail.summary, 'the rows every summary shows: option texts, a Danish date').to.deep.equal([
      { step: '', name: 'navn', label: 'Navn', displayValue: 'Ada 😀 <b>Jensen</b>' },
      { step: '', name: 'ydelser', label: 'Ydelser', displayValue: 'A, B' },
      { step: '', name: 'dato', label: 'Dato', displayValue: '24-12-2026' },
    ]);
    expect(detail.meta.lang).to.equal('da');
    expect(new Date(detail.meta.submittedAt).toString()).to.not.equal('Invalid Date');
    expect(form.querySelector('bf-error-summary')!.count).to.equal(0);
  });

  it('a second Enter or click while sending sends nothing; the button says "Sender …", announced, then comes back (T-2.5, W-3.3.4, W-4.1.3)', async () => {
    const { bfForm, form, field } = await page(html`<form>
      <bf-text-field name="navn" label="Navn" value="Ada" required></bf-text-field>
      <button><span class="icon"></span>Send ansøgning</button>
    </form>`);
    let resolve!: (value: { reference: string }) => void;
    const calls: SubmitPayload[] = [];
    bfForm.submitHandler = (payload) => {
      calls.push(payload);
      return new Promise((r) => (resolve = r));
    };
    let submits = 0;
    bfForm.addEventListener('bf-submit', () => submits++);
    const button = form.querySelector('button')!;
    await enterIn(field('navn'));
    await bfForm.updateComplete;
    expect(text(button)).to.equal('Sender …');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(bfForm.shadowRoot!.querySelector('[role="status"]'))).to.equal('Sender …');
    await enterIn(field('navn'));
    button.click();
    await aTimeout(0);
    expect(submits).to.equal(1);
    expect(calls.length).to.equal(1);
    const done = oneEvent(bfForm, 'bf-submitted');
    resolve({ reference: 'EK-2026-0042' });
    expect(((await done) as BfSubmittedEvent).detail.reference).to.equal('EK-2026-0042');
    await bfForm.updateComplete;
    expect(text(button)).to.equal('Send ansøgning');
    expect(button.querySelector('.icon')).to.exist;
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
    expect(bfForm.pending).to.equal(false);
  });

  it('a failing handler (TypeError "Failed to fetch") shows the Danish message, never the exception, and keeps every answer (T-1.5)', async () => {
    const { bfForm, form, field } = await page(html`<form>
      <bf-text-field name="navn" label="Navn" value="Ada" required></bf-text-field>
      <bf-textarea name="note" label="Bemærkning" value="To katte"></bf-textarea>
      <button>Send</button>
    </form>`);
    bfForm.submitHandler = () => Promise.reject(new TypeError('Failed to fetch'));
    await enterIn(field('navn'));
    await aTimeout(0);
    await bfForm.updateComplete;
    const alert = bfForm.shadowRoot!.querySelector('bf-alert')!;
    expect(alert.variant).to.equal('error');
    await aTimeout(150); // the alert becomes the live region first, then takes its text (announced)
    expect(alert.shadowRoot!.querySelector('[role="alert"]'), 'announced as an alert').to.not.equal(null);
    expect(text(alert.querySelector('.failure-text'))).to.equal(
      'Der skete en fejl, og vi har ikke modtaget dine oplysninger. Dine svar er ikke gået tabt. Prøv igen om lidt.',
    );
    expect(text(alert.querySelector('[part~="retry"]'))).to.equal('Prøv at sende igen');
    const everything = [bfForm.shadowRoot!, ...form.querySelectorAll('*')].map((n) =>
      n instanceof Element && n.shadowRoot ? text(n.shadowRoot) : text(n),
    );
    expect(everything.join(' ')).to.not.include('Failed to fetch');
    expect(new FormData(form).get('navn')).to.equal('Ada');
    expect(new FormData(form).get('note')).to.equal('To katte');
    expect(bfForm.pending).to.equal(false);
  });

  it("shows a handler error's userMessage (as text) instead", async () => {
    const { bfForm, field } = await page(html`<form>
      <bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field><button>Send</button>
    </form>`);
    bfForm.submitHandler = () =>
      Promise.reject(Object.assign(new Error('500'), { userMessage: 'Systemet er <b>lukket</b> til kl. 8' }));
    await enterIn(field('navn'));
    await aTimeout(0);
    await bfForm.updateComplete;
    expect(text(bfForm.shadowRoot!.querySelector('[part="alert"] .failure-text'))).to.equal(
      'Systemet er <b>lukket</b> til kl. 8',
    );
    expect(bfForm.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('on load, lists the fields the server sent back with an error and takes focus', async () => {
    const { summary, links } = await page(html`<form>
      <bf-error-summary></bf-error-summary>
      <bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field>
      <bf-cpr-input name="cpr" label="CPR-nummer" value="0101901234" error="CPR-nummeret hører ikke til en borger i kommunen"></bf-cpr-input>
      <bf-text-field name="email" label="E-mail" value="ada@" error="Indtast en e-mailadresse i det rigtige format"></bf-text-field>
      <button>Send</button>
    </form>`);
    for (let i = 0; i < 5 && summary().count === 0; i++) await aTimeout(10);
    await summary().updateComplete;
    expect(links().map((a) => text(a))).to.deep.equal([
      'CPR-nummeret hører ikke til en borger i kommunen',
      'Indtast en e-mailadresse i det rigtige format',
    ]);
    expect(focused()).to.equal('bf-error-summary section summary');
    expect(document.title).to.equal('Fejl: Borgerform tests');
  });

  it('keeps one "Fejl: " when the server wrote it in the title, and drops it once the summary is empty', async () => {
    document.title = 'Fejl: Borgerform tests'; // as a page sent back with errors arrives
    const { form, summary } = await page(html`<form>
      <bf-error-summary></bf-error-summary>
      <bf-text-field name="email" label="E-mail" value="ada@" error="Indtast en e-mailadresse i det rigtige format"></bf-text-field>
      <button>Send</button>
    </form>`);
    for (let i = 0; i < 5 && summary().count === 0; i++) await aTimeout(10);
    await summary().updateComplete;
    expect(summary().count).to.equal(1);
    expect(document.title).to.equal('Fejl: Borgerform tests');
    form.reset();
    await summary().updateComplete;
    expect(summary().count).to.equal(0);
    expect(document.title).to.equal('Borgerform tests');
  });

  it('Enter in a field the server flagged and the citizen corrected is a change first: the form is sent', async () => {
    const { bfForm, form, field } = await page(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <bf-text-field name="email" label="E-mail" error="Indtast e-mail"></bf-text-field>
      <button>Send</button>
    </form>`);
    let changes = 0;
    form.addEventListener('change', () => changes++);
    const input = field('email').shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'ada@eksempel.dk' });
    const sent = oneEvent(bfForm, 'bf-submit');
    await sendKeys({ press: 'Enter' });
    expect(((await sent) as BfSubmitEvent).detail.values).to.deep.include({ email: 'ada@eksempel.dk' });
    expect(changes).to.equal(1); // as a native field fires `change` before its implicit submission
    expect(field('email').validity?.valid).to.equal(true);
  });

  it("setErrors shows the server's messages through the same summary, field markup and focus", async () => {
    const { bfForm, summary, links, field } = await page(html`<form>
      <bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field>
      <bf-text-field name="email" label="E-mail" value="ada@eksempel.dk"></bf-text-field>
      <button>Send</button>
    </form>`);
    await bfForm.setErrors({ email: 'Mailadressen er allerede i brug' });
    await summary().updateComplete;
    expect(links().map((a) => text(a))).to.deep.equal(['Mailadressen er allerede i brug']);
    expect(focused()).to.equal('bf-error-summary section summary');
    const email = field('email');
    expect(text(email.shadowRoot!.querySelector('[part~="error"]'))).to.equal(
      'Fejl: Mailadressen er allerede i brug',
    );
    expect(email.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('form.reset() empties the summary and gives the page its title back', async () => {
    const { form, summary, field } = await page(html`<form>
      <bf-text-field name="navn" label="Navn" required></bf-text-field><button>Send</button>
    </form>`);
    await enterIn(field('navn'));
    await summary().updateComplete;
    expect(summary().count).to.equal(1);
    form.reset();
    await summary().updateComplete;
    expect(summary().count).to.equal(0);
    expect(document.title).to.equal('Borgerform tests');
  });

  it('marking="required" marks required fields "(skal udfyldes)"', async () => {
    const { bfForm, field } = await page(html`<form>
      <bf-text-field name="navn" label="Navn" required></bf-text-field>
      <bf-text-field name="tlf" label="Telefon"></bf-text-field>
    </form>`);
    bfForm.marking = 'required';
    await bfForm.updateComplete;
    field('navn').requestUpdate();
    field('tlf').requestUpdate();
    await field('navn').updateComplete;
    await field('tlf').updateComplete;
    expect(text(field('navn').shadowRoot!.querySelector('label'))).to.equal('Navn (skal udfyldes)');
    expect(text(field('tlf').shadowRoot!.querySelector('label'))).to.equal('Telefon');
  });

  it('speaks English under lang="en"', async () => {
    const { summary, field } = await page(
      html`<form><bf-text-field name="navn" label="Name" required></bf-text-field><button>Send</button></form>`,
      'en',
    );
    await enterIn(field('navn'));
    await summary().updateComplete;
    expect(text(summary().shadowRoot!.querySelector('h2'))).to.equal('There is a problem');
    expect(document.title).to.equal('Error: Borgerform tests');
  });

  it('passes axe with the summary filled, and after a failed send', async () => {
    const { bfForm, summary, field } = await page(html`<form>
      <bf-text-field name="navn" label="Navn" required></bf-text-field>
      <bf-radio-group name="bolig" label="Boligform" required
        ><bf-option value="eje">Ejerbolig</bf-option><bf-option value="leje">Lejebolig</bf-option></bf-radio-group
      ><button>Send</button>
    </form>`);
    await enterIn(field('navn'));
    await summary().updateComplete;
    await expect(bfForm).to.be.accessible();
    field('navn').value = 'Ada';
    field('bolig').value = 'eje';
    bfForm.submitHandler = () => Promise.reject(new Error('nede'));
    await enterIn(field('navn'));
    await aTimeout(0);
    await bfForm.updateComplete;
    await expect(bfForm).to.be.accessible();
  });
});
