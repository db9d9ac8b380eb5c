import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define/form.js';
import '../../src/define/text-field.js';
import type { BfForm } from '../../src/components/form/form.js';
import { deepActiveElement } from '../../src/testing/a11y.js';
import { DRAFT_SCHEMA, type Draft } from '../../src/drafts/draft.js';
import type { DraftStore } from '../../src/drafts/draft-store.js';

describe('bf-form: what it loads on demand (define/form.js alone)', () => {
  it('defines bf-alert on a failure and focuses it', async () => {
    expect(customElements.get('bf-alert')).to.equal(undefined);
    const bfForm = await fixture<BfForm>(
      html`<bf-form><form><bf-text-field name="navn" label="Navn"></bf-text-field><button class="send">Send</button></form></bf-form>`,
    );
    bfForm.submitHandler = () => Promise.reject(new Error('down'));
    bfForm.querySelector<HTMLButtonElement>('.send')!.click();
    await aTimeout(300);
    const alert = bfForm.shadowRoot!.querySelector('[part~="alert"]')!;
    expect(customElements.get('bf-alert')).to.not.equal(undefined);
    expect(alert.shadowRoot!.contains(deepActiveElement())).to.equal(true);
    expect(alert.shadowRoot!.textContent).to.include('Fejl');
  });
  it('offers a draft with define/form.js alone', async () => {
    const saved: Draft = { schema: DRAFT_SCHEMA, savedAt: Date.now(), step: 0, values: { navn: 'Ada' } };
    const store = {
      inBrowser: true,
      load: () => Promise.resolve(saved),
      save: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    } as unknown as DraftStore;
    const bfForm = await fixture<BfForm>(
      html`<bf-form draft-key="k"><form><bf-text-field name="navn" label="Navn"></bf-text-field></form></bf-form>`,
    );
    bfForm.draftStore = store;
    await bfForm.updateComplete;
    await bfForm.drafts.ready;
    await bfForm.updateComplete;
    expect(bfForm.drafts.status.kind).to.equal('offer');
    const offer = bfForm.shadowRoot!.querySelector('[part~="draft-offer"]')!;
    expect(offer.textContent).to.include('kladde');
    await (offer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(offer.shadowRoot).to.not.equal(null);
  });
});
