import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import type { BfForm } from '../../src/components/form/form.js';
import type { BfReceipt } from '../../src/components/receipt/receipt.js';
import { deepActiveElement } from '../../src/testing/a11y.js';

// REQUIREMENTS §2.6 (the receipt) and §3.3 (the Digital Post sentence only when it is true).

const originalTitle = document.title;
afterEach(() => {
  document.title = originalTitle;
});

const textOf = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

async function receipt(markup: TemplateResult, lang = 'da'): Promise<BfReceipt> {
  const root = await fixture<HTMLElement>(html`<div lang=${lang}>${markup}</div>`);
  const element = root.querySelector('bf-receipt')!;
  await element.updateComplete;
  return element;
}

/** Sends a form in bf-form through a handler that resolves; `typed` values are entered from script first. */
async function sentForm(markup: TemplateResult, typed: Record<string, string> = {}) {
  const bfForm = await fixture<BfForm>(html`<bf-form>${markup}</bf-form>`);
  const form = bfForm.querySelector('form')!;
  await aTimeout(0);
  for (const [name, value] of Object.entries(typed)) {
    form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!.value = value;
  }
  bfForm.submitHandler = () => Promise.resolve({ reference: 'AB-123' });
  form.querySelector('button')!.click();
  for (let round = 0; round < 5 && !bfForm.querySelector('bf-receipt:not([hidden])'); round++)
    await aTimeout(10);
  await aTimeout(10);
  return { bfForm, form, receipt: bfForm.querySelector('bf-receipt')! };
}

describe('bf-receipt', () => {
  it('T-2.6: after a handler resolves { reference: "AB-123" }, the receipt replaces the form and its h1 has focus', async () => {
    const { form, receipt: shown } = await sentForm(
      html`<form>
      <bf-wizard solution="Anmeld flytning"><bf-step heading="Om dig">
        <bf-text-field name="navn" label="Navn"></bf-text-field>
        <bf-date-input name="dato" label="Flyttedato"></bf-date-input>
        <button>Send</button>
      </bf-step></bf-wizard>
    </form>`,
      { navn: 'Ada', dato: '2026-12-24' },
    );
    expect(form.hidden).to.equal(true);
    expect(shown.hidden).to.equal(false);
    const focused = deepActiveElement();
    expect(focused?.localName).to.equal('h1');
    expect(textOf(focused)).to.equal('Vi har modtaget din henvendelse');
    expect(textOf(shown.shadowRoot!.querySelector('[part~="reference"]'))).to.equal(
      'Referencenummer: AB-123',
    );
    expect(document.title).to.equal('Kvittering – Anmeld flytning');
    const rows = [...shown.shadowRoot!.querySelector('bf-summary')!.shadowRoot!.querySelectorAll('dd.value')];
    expect(rows.map(textOf)).to.deep.equal(['Ada', '24-12-2026']);
    expect(shown.shadowRoot!.querySelector('bf-summary')!.shadowRoot!.querySelector('a')).to.equal(null);
    expect([...new FormData(form).values()].filter((value) => value !== '')).to.deep.equal([]); // nothing to show again
  });

  it('uses the receipt the host placed, with its "Hvad sker der nu?" text', async () => {
    const { bfForm, receipt: shown } = await sentForm(html`<form>
        <bf-text-field name="navn" label="Navn" value="Ada"></bf-text-field><button>Send</button></form
      ><bf-receipt hidden heading="Tak for din anmeldelse"
        ><p>Vi behandler din sag inden for 14 dage.</p></bf-receipt
      >`);
    expect(bfForm.querySelectorAll('bf-receipt')).to.have.length(1);
    expect(textOf(shown.shadowRoot!.querySelector('h1'))).to.equal('Tak for din anmeldelse');
    expect(textOf(shown.shadowRoot!.querySelector('h2'))).to.equal('Hvad sker der nu?');
    expect(shown.textContent.trim()).to.equal('Vi behandler din sag inden for 14 dage.');
  });

  it('says when it was sent in Danish time, dd-mm-åååå kl. tt.mm', async () => {
    const shown = await receipt(
      html`<bf-receipt reference="X-1" sent-at="2026-12-05T13:07:00Z"></bf-receipt>`,
    );
    expect(textOf(shown.shadowRoot!.querySelector('.sent'))).to.equal('Sendt 05-12-2026 kl. 14.07');
  });

  it('T-3.3: the Digital Post sentence only with digital-post', async () => {
    const sentence = 'Du får en kopi af kvitteringen i Digital Post.';
    const without = await receipt(html`<bf-receipt reference="X-1"></bf-receipt>`);
    expect(textOf(without.shadowRoot!.querySelector('[part~="confirmation"]'))).to.not.contain(sentence);
    const withIt = await receipt(html`<bf-receipt reference="X-1" digital-post></bf-receipt>`);
    expect(textOf(withIt.shadowRoot!.querySelector('[part~="confirmation"]'))).to.contain(sentence);
  });

  it('"Udskriv kvittering" prints; the PDF link only with pdf-href', async () => {
    const shown = await receipt(html`<bf-receipt reference="X-1"></bf-receipt>`);
    expect(shown.shadowRoot!.querySelector('a.pdf')).to.equal(null);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      shown.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print"]')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    const withPdf = await receipt(
      html`<bf-receipt reference="X-1" pdf-href="/kvittering/X-1.pdf"></bf-receipt>`,
    );
    const link = withPdf.shadowRoot!.querySelector('a.pdf')!;
    expect([textOf(link), link.getAttribute('href')]).to.deep.equal([
      'Download kvittering som pdf',
      '/kvittering/X-1.pdf',
    ]);
  });

  it('shows a reference and answers with HTML in them as text', async () => {
    const shown = await receipt(html`<bf-receipt reference="<img src=x>"></bf-receipt>`);
    shown.rows = [{ step: '', name: 'navn', label: 'Navn', displayValue: '<b>Ada</b>' }];
    await shown.updateComplete;
    expect(shown.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(shown.shadowRoot!.querySelector('[part~="reference"]'))).to.equal(
      'Referencenummer: <img src=x>',
    );
  });

  it('speaks English under lang="en", and passes axe', async () => {
    const shown = await receipt(
      html`<bf-receipt reference="X-1" sent-at="2026-12-05T13:07:00Z"></bf-receipt>`,
      'en',
    );
    expect(textOf(shown.shadowRoot!.querySelector('h1'))).to.equal('We have received your request');
    expect(textOf(shown.shadowRoot!.querySelector('.sent'))).to.equal('Sent 05-12-2026 at 14.07');
    shown.rows = [{ step: 'About you', name: 'navn', label: 'Name', displayValue: 'Ada' }];
    await shown.updateComplete;
    await expect(shown.parentElement!).to.be.accessible();
  });
});
