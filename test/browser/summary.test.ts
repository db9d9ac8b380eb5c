import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import type { BfSummary } from '../../src/components/summary/summary.js';
import type { BfSubmitEvent } from '../../src/events/submit.js';
import { deepActiveElement, findAxNodes, itWithAccessibilityTree } from '../../src/testing/a11y.js';

// REQUIREMENTS §2.4 (check answers) and §3.3 (the payload's rows equal the rendered rows).

async function page(markup: TemplateResult, lang = 'da') {
  const root = await fixture<HTMLElement>(html`<div lang=${lang}>${markup}</div>`);
  const summary = root.querySelector('bf-summary')!;
  const fields = [...root.querySelectorAll('form *')].filter((element) => 'updateComplete' in element);
  await Promise.all(fields.map((field) => (field as unknown as BfSummary).updateComplete));
  summary.refresh();
  await summary.updateComplete;
  return { root, summary, form: root.querySelector('form')! };
}

/** The rendered rows: [label, answer] of each `dt`/`dd` pair. */
function renderedRows(summary: BfSummary): string[][] {
  return [...summary.shadowRoot!.querySelectorAll('[part~="row"]')].map((row) => [
    row.querySelector('dt')!.textContent.trim(),
    row.querySelector('dd.value')!.textContent.trim(),
  ]);
}

function editLinks(summary: BfSummary): HTMLAnchorElement[] {
  return [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="edit"]')];
}

const answers = html`<form @submit=${(event: Event) => event.preventDefault()}>
  <bf-text-field name="fornavn" label="Fornavn" value="Ada" required></bf-text-field>
  <bf-date-input name="foedt" label="Fødselsdato" value="1985-12-05"></bf-date-input>
  <bf-radio-group name="bolig" label="Boligform" required>
    <bf-option value="own" checked>Ejerbolig</bf-option><bf-option value="rent">Lejebolig</bf-option>
  </bf-radio-group>
  <bf-checkbox-group name="ydelser" label="Ydelser" value="a,b">
    <bf-option value="a">Boligstøtte</bf-option><bf-option value="b">Folkepension</bf-option>
  </bf-checkbox-group>
  <bf-textarea name="besked" label="Besked"></bf-textarea>
  <bf-cpr-input name="cpr" label="CPR-nummer" value="0101901234"></bf-cpr-input>
  <bf-text-field name="intern" label="Intern note" value="x" summary-hidden></bf-text-field>
  <bf-text-field name="slukket" label="Slukket" value="y" disabled></bf-text-field>
  <bf-summary></bf-summary>
  <button>Send</button>
</form>`;

describe('bf-summary', () => {
  it('lists every answer as label → answer, formatted as the citizen reads it (T-2.4) (W-3.3.4)', async () => {
    const { summary } = await page(answers);
    expect(renderedRows(summary)).to.deep.equal([
      ['Fornavn', 'Ada'],
      ['Fødselsdato', '05-12-1985'],
      ['Boligform', 'Ejerbolig'],
      ['Ydelser', 'Boligstøtte, Folkepension'],
      ['Besked', 'Ikke udfyldt'],
      ['CPR-nummer', '010190-1234'],
    ]);
    expect(summary.shadowRoot!.querySelector('dl')).to.not.equal(null);
  });

  it("shows the same rows as the bf-submit payload's summary (T-3.3)", async () => {
    const { root, summary, form } = await page(html`<bf-form>${answers}</bf-form>`);
    const submitted = oneEvent(root.querySelector('bf-form')!, 'bf-submit');
    form.requestSubmit();
    const { detail } = (await submitted) as BfSubmitEvent;
    expect(detail.summary).to.deep.equal(summary.shownRows);
    expect(detail.summary.map((row) => [row.label, row.displayValue])).to.deep.equal(renderedRows(summary));
    expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
  });

  it('"Rediger {label}" focuses the field\'s input and tells the flow (bf-summary-edit)', async () => {
    const { summary } = await page(answers);
    const [first] = editLinks(summary);
    expect(first.getAttribute('aria-label')).to.equal('Rediger fornavn');
    expect(first.textContent.trim()).to.equal('Rediger');
    const told = oneEvent(summary, 'bf-summary-edit');
    first.focus();
    await sendKeys({ press: 'Enter' });
    expect((await told).detail).to.deep.equal({ name: 'fornavn' });
    const focused = deepActiveElement();
    expect(focused?.localName).to.equal('input');
    expect(((focused?.getRootNode() as ShadowRoot).host as HTMLElement).getAttribute('name')).to.equal(
      'fornavn',
    );
  });

  it('a flow that cancels bf-summary-edit keeps focus where it is (the wizard opens the step itself)', async () => {
    const { summary } = await page(answers);
    summary.addEventListener('bf-summary-edit', (event) => event.preventDefault());
    const link = editLinks(summary)[2];
    link.focus();
    link.click();
    expect(deepActiveElement()).to.equal(link);
  });

  it('follows the answers as the citizen changes them, and focusEdit returns to the same link', async () => {
    const { root, summary } = await page(answers);
    const field = root.querySelector('bf-text-field')!;
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Lovelace' });
    await summary.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await summary.updateComplete;
    expect(renderedRows(summary)[0]).to.deep.equal(['Fornavn', 'Ada Lovelace']);
    expect(summary.focusEdit('fornavn')).to.equal(true);
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Rediger fornavn');
    expect(summary.focusEdit('findes-ikke')).to.equal(false);
  });

  it('shows HTML and script in an answer as text and creates no element from it', async () => {
    const markup = '<img src=x onerror="globalThis.__bfSummaryInjected=1">';
    const { summary } = await page(html`<form>
      <bf-text-field name="navn" label="Navn" value=${markup}></bf-text-field><bf-summary></bf-summary>
    </form>`);
    expect(renderedRows(summary)).to.deep.equal([['Navn', markup]]);
    expect(summary.shadowRoot!.querySelector('img')).to.equal(null);
    expect((globalThis as { __bfSummaryInjected?: number }).__bfSummaryInjected).to.equal(undefined);
  });

  it("groups rows by their step's heading, one section with an h2 each", async () => {
    const { summary } = await page(html`<form>
      <bf-step heading="Om dig"><bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field></bf-step>
      <bf-step heading="Din bolig" hidden
        ><bf-select name="kommune" label="Kommune" value="0101"><bf-option value="0101">København</bf-option></bf-select
      ></bf-step>
      <bf-summary></bf-summary>
    </form>`);
    const headings = [...summary.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['Om dig', 'Din bolig']);
    expect(renderedRows(summary)).to.deep.equal([
      ['Navn', 'Ada'],
      ['Kommune', 'København'],
    ]);
  });

  it('readonly (the receipt): the given rows, no links; a host formatter shapes one answer', async () => {
    const { summary } = await page(html`<bf-summary readonly></bf-summary>`);
    summary.rows = [{ step: '', name: 'beloeb', label: 'Beløb', displayValue: '1200' }];
    await summary.updateComplete;
    expect(renderedRows(summary)).to.deep.equal([['Beløb', '1200']]);
    expect(editLinks(summary)).to.have.length(0);
    const { summary: formatted } = await page(answers);
    formatted.formatters = { fornavn: (answer) => `${answer.displayValue} (fra MitID)` };
    await formatted.updateComplete;
    expect(renderedRows(formatted)[0]).to.deep.equal(['Fornavn', 'Ada (fra MitID)']);
  });

  it('reads the form named by its form attribute when it stands outside it', async () => {
    const { summary } = await page(html`<form id="ansoegning">
        <bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field></form
      ><bf-summary form="ansoegning"></bf-summary>`);
    expect(renderedRows(summary)).to.deep.equal([['Navn', 'Ada']]);
  });

  it('speaks English under lang="en"', async () => {
    const { summary } = await page(answers, 'en');
    expect(renderedRows(summary)[4]).to.deep.equal(['Besked', 'Not answered']);
    expect(editLinks(summary)[0].textContent.trim()).to.equal('Change');
    expect(editLinks(summary)[0].getAttribute('aria-label')).to.equal('Change fornavn');
  });

  itWithAccessibilityTree(
    'each link is named "Rediger {label}" in the accessibility tree (W-2.4.4, W-2.5.3)',
    async () => {
      await page(answers);
      const names = (await findAxNodes((node) => node.role === 'link')).map((node) => node.name);
      expect(names).to.include.members(['Rediger fornavn', 'Rediger fødselsdato', 'Rediger CPR-nummer']);
    },
  );

  it('passes axe, with links and read-only', async () => {
    const { root } = await page(answers);
    await expect(root).to.be.accessible();
    const { root: receipt, summary } = await page(html`<bf-summary readonly></bf-summary>`);
    summary.rows = [{ step: 'Om dig', name: 'navn', label: 'Navn', displayValue: 'Ada' }];
    await summary.updateComplete;
    await expect(receipt).to.be.accessible();
  });
});
