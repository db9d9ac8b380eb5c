import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import { sampleAddresses } from '../../src/address/sample-addresses.js';
import type { BfAddressInput } from '../../src/components/address-input/address-input.js';
import type { BfForm } from '../../src/components/form/form.js';
import type { BfPrefilled } from '../../src/components/prefilled/prefilled.js';
import { DRAFT_SAVE_DELAY } from '../../src/components/form/draft-controller.js';
import type { BfStep } from '../../src/components/wizard/step.js';
import { IndexedDbDraftStore } from '../../src/drafts/indexeddb-draft-store.js';
import { deepActiveElement } from '../../src/testing/a11y.js';
import { FakeClock } from '../../src/testing/fake-clock.js';

// Issue 13 item 3: bf-form draft-key with the browser's real IndexedDB (Chromium and Firefox).

let database = 0;
const textOf = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
    await Promise.all(elements.map((element) => (element as BfStep).updateComplete));
    await aTimeout(5);
  }
}

/** A two-step flow with a draft key, on a store of its own database. */
async function page(store: IndexedDbDraftStore, clock = new FakeClock()) {
  const bfForm = await fixture<BfForm>(html`<bf-form draft-key="flytning">
    <form @submit=${(event: Event) => event.preventDefault()}>
      <bf-wizard>
        <bf-step heading="Om dig">
          <bf-text-field name="navn" label="Navn"></bf-text-field>
          <bf-cpr-input name="cpr" label="CPR-nummer"></bf-cpr-input>
        </bf-step>
        <bf-step heading="Din bolig">
          <bf-checkbox-group name="ydelser" label="Ydelser"
            ><bf-option value="bolig">Boligstøtte</bf-option><bf-option value="pension">Pension</bf-option></bf-checkbox-group
          >
          <bf-date-input name="dato" label="Flyttedato"></bf-date-input>
        </bf-step>
        <bf-step heading="Tjek dine svar"><bf-summary></bf-summary><button>Send</button></bf-step>
      </bf-wizard>
    </form>
  </bf-form>`);
  bfForm.clock = clock;
  bfForm.draftStore = store;
  await settle(bfForm);
  await bfForm.drafts.ready;
  await settle(bfForm);
  const field = <T extends HTMLElement = HTMLElement & { value: string }>(name: string) =>
    bfForm.querySelector<T>(`[name="${name}"]`)!;
  return { bfForm, clock, field, root: bfForm.shadowRoot! };
}

function newStore(): IndexedDbDraftStore {
  database++;
  return new IndexedDbDraftStore({ databaseName: `borgerform-form-drafts-${Date.now()}-${database}` });
}

describe('bf-form draft-key (drafts)', () => {
  it('saves after a pause in typing, says "Gemt kl. …" quietly, and never keeps the CPR number in the browser', async () => {
    const store = newStore();
    const { bfForm, clock, field, root } = await page(store);
    field('navn').focus();
    await sendKeys({ type: 'Ada' });
    field('cpr').focus();
    await sendKeys({ type: '010190-1234' });
    await settle(bfForm);
    expect(await store.load('flytning'), 'not on every keystroke').to.equal(null);
    clock.advance(DRAFT_SAVE_DELAY);
    await aTimeout(50);
    await settle(bfForm);
    const saved = (await store.load('flytning'))!;
    expect(saved.values.navn).to.equal('Ada');
    expect(Object.keys(saved.values)).to.not.include('cpr');
    expect(JSON.stringify(saved)).to.not.contain('0101901234');
    const status = root.querySelector('[part~="draft-status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(textOf(status)).to.match(/^Gemt kl\. \d\d\.\d\d$/u);
  });

  it('offers the draft on arrival; "Fortsæt med kladden" brings back every value and the step', async () => {
    const store = newStore();
    {
      const { bfForm, field } = await page(store);
      field('navn').value = 'Ada Lovelace';
      bfForm.querySelector('bf-wizard')!.goTo(bfForm.querySelectorAll<BfStep>('bf-step')[1]);
      field<HTMLElement & { values: string[] }>('ydelser').values = ['bolig', 'pension'];
      field('dato').value = '2027-03-01';
      await bfForm.drafts.save();
      bfForm.remove();
    }
    const { bfForm, field, root } = await page(store);
    const offer = root.querySelector('[part~="draft-offer"]')!;
    expect(textOf(offer)).to.match(
      /^Du har en kladde fra \d\d-\d\d-\d{4} kl\. \d\d\.\d\d\. Fortsæt med kladden Start forfra$/u,
    );
    expect(field('navn').value, 'nothing filled in before the citizen chooses').to.equal('');
    root.querySelector<HTMLButtonElement>('.draft-continue')!.click();
    await settle(bfForm);
    expect(field('navn').value).to.equal('Ada Lovelace');
    expect(field<HTMLElement & { values: string[] }>('ydelser').values).to.deep.equal(['bolig', 'pension']);
    expect(field('dato').value).to.equal('2027-03-01');
    const shown = [...bfForm.querySelectorAll<BfStep>('bf-step')].filter((step) => !step.hidden);
    expect(shown.map((step) => step.heading)).to.deep.equal(['Din bolig']);
    expect(textOf(deepActiveElement())).to.equal('Din bolig');
    expect(root.querySelector('[part~="draft-offer"]')).to.equal(null);
  });

  it('brings back the address with its parts and register id, a corrected prefilled value (still marked), and chosen files', async () => {
    const store = newStore();
    const markup =
      () => html`<bf-form draft-key="adresse"><form @submit=${(event: Event) => event.preventDefault()}>
      <bf-address-input name="adresse" label="Adresse"></bf-address-input>
      <bf-prefilled name="navn" label="Navn" value="Ada Jensen" source="CPR-registret" editable></bf-prefilled>
      <bf-file-upload name="bilag" label="Bilag" multiple></bf-file-upload>
    </form></bf-form>`;
    const open = async () => {
      const bfForm = await fixture<BfForm>(markup());
      bfForm.clock = new FakeClock();
      bfForm.draftStore = store;
      await settle(bfForm);
      await bfForm.drafts.ready;
      await settle(bfForm);
      return bfForm;
    };
    const entries = (bfForm: BfForm) =>
      [...new FormData(bfForm.querySelector('form')!)].map(([name, value]) => [
        name,
        value instanceof File ? `${value.name} (${value.size} B, ${value.type})` : value,
      ]);
    let before: unknown[];
    {
      const bfForm = await open();
      bfForm.querySelector<BfAddressInput>('bf-address-input')!.address = sampleAddresses[3]!;
      const prefilled = bfForm.querySelector<BfPrefilled>('bf-prefilled')!;
      await prefilled.edit();
      await sendKeys({ type: ' Åberg' });
      const picker = bfForm
        .querySelector('bf-file-upload')!
        .shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const chosen = new DataTransfer();
      chosen.items.add(new File([new Uint8Array(4800)], 'lejekontrakt.pdf', { type: 'application/pdf' }));
      picker.files = chosen.files;
      picker.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(bfForm);
      before = entries(bfForm);
      expect(before).to.deep.include(['adresse-id', sampleAddresses[3].id]);
      expect(before).to.deep.include(['bf-prefill-changed', 'navn']);
      await bfForm.drafts.save();
      bfForm.remove();
    }
    const bfForm = await open();
    bfForm.shadowRoot!.querySelector<HTMLButtonElement>('.draft-continue')!.click();
    await settle(bfForm);
    expect(entries(bfForm)).to.deep.equal(before);
    expect(bfForm.querySelector<BfPrefilled>('bf-prefilled')!.changed).to.equal(true);
  });

  it('a step change while the store is still asked (a flow that opens on its first step) keeps the draft and offers it', async () => {
    const store = newStore();
    {
      const { bfForm, field } = await page(store);
      field('navn').value = 'Ada Lovelace';
      await bfForm.drafts.save();
      bfForm.remove();
    }
    // A store that answers slowly, as a server does: the flow moves on before it has answered.
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const slow = Object.assign(Object.create(store) as IndexedDbDraftStore, {
      load: async (key: string) => {
        await answered;
        return store.load(key);
      },
    });
    const bfForm = await fixture<BfForm>(html`<bf-form draft-key="flytning">
      <form @submit=${(event: Event) => event.preventDefault()}>
        <bf-wizard>
          <bf-step heading="Om dig"><bf-text-field name="navn" label="Navn"></bf-text-field></bf-step>
          <bf-step heading="Tjek dine svar"><bf-summary></bf-summary></bf-step>
        </bf-wizard>
      </form>
    </bf-form>`);
    bfForm.draftStore = slow;
    await settle(bfForm);
    bfForm.querySelector('form')!.dispatchEvent(new Event('bf-step-change', { bubbles: true }));
    const saving = bfForm.drafts.save();
    answer();
    await saving;
    await bfForm.drafts.ready;
    await settle(bfForm);
    expect(bfForm.drafts.status.kind).to.equal('offer');
    bfForm.shadowRoot!.querySelector<HTMLButtonElement>('.draft-continue')!.click();
    await settle(bfForm);
    expect(bfForm.querySelector<HTMLElement & { value: string }>('[name="navn"]')!.value).to.equal(
      'Ada Lovelace',
    );
  });

  it('"Start forfra" throws the draft away', async () => {
    const store = newStore();
    {
      const { bfForm, field } = await page(store);
      field('navn').value = 'Ada';
      await bfForm.drafts.save();
      bfForm.remove();
    }
    const { bfForm, field, root } = await page(store);
    root.querySelector<HTMLButtonElement>('.draft-start-over')!.click();
    await settle(bfForm);
    expect(field('navn').value).to.equal('');
    expect(await store.load('flytning')).to.equal(null);
  });

  it('clears the draft once the form is sent', async () => {
    const store = newStore();
    const { bfForm, field } = await page(store);
    field('navn').value = 'Ada';
    await bfForm.drafts.save();
    bfForm.submitHandler = () => Promise.resolve({ reference: 'X-1' });
    const wizard = bfForm.querySelector('bf-wizard')!;
    await wizard.next();
    await wizard.next();
    await settle(bfForm);
    bfForm.querySelector<HTMLButtonElement>('form button')!.click();
    await aTimeout(50);
    await settle(bfForm);
    expect(bfForm.querySelector('bf-receipt')?.hidden).to.equal(false);
    await bfForm.drafts.settled;
    expect(await store.load('flytning')).to.equal(null);
  });

  it('a store that cannot save (no IndexedDB, as in some private windows) is told in Danish and never blocks filling in', async () => {
    const store = newStore();
    const { bfForm, clock, field, root } = await page(store);
    const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      field('navn').focus();
      await sendKeys({ type: 'Ada' });
      clock.advance(DRAFT_SAVE_DELAY);
      await aTimeout(50);
      await settle(bfForm);
    } finally {
      if (own) Object.defineProperty(window, 'indexedDB', own);
      else delete (window as { indexedDB?: unknown }).indexedDB;
    }
    expect(textOf(root.querySelector('[part~="draft-alert"]'))).to.equal(
      'Vi kunne ikke gemme din kladde. Du kan blive ved med at udfylde, men dine svar er ikke gemt.',
    );
    await sendKeys({ type: ' Lovelace' });
    expect(field('navn').value).to.equal('Ada Lovelace');
  });

  it('two windows with the same draft: the later save wins, and the other window is told', async () => {
    const name = `borgerform-two-windows-${Date.now()}`;
    const first = await page(new IndexedDbDraftStore({ databaseName: name }));
    const second = await page(new IndexedDbDraftStore({ databaseName: name }));
    first.field('navn').value = 'Ada';
    await first.bfForm.drafts.save();
    await aTimeout(50);
    await settle(second.bfForm);
    expect(textOf(second.root.querySelector('[part~="draft-alert"]'))).to.match(
      /^Kladden blev gemt i et andet vindue kl\. \d\d\.\d\d\. Gemmer du her, erstatter det den\.$/u,
    );
    second.field('navn').value = 'Ada Lovelace';
    await second.bfForm.drafts.save();
    await aTimeout(50);
    await settle(first.bfForm);
    expect(first.bfForm.drafts.status.kind).to.equal('elsewhere');
    expect((await new IndexedDbDraftStore({ databaseName: name }).load('flytning'))!.values.navn).to.equal(
      'Ada Lovelace',
    );
  });

  it('is off without a store: nothing saved, no draft bar', async () => {
    const bfForm = await fixture<BfForm>(html`<bf-form draft-key="flytning"><form>
      <bf-text-field name="navn" label="Navn"></bf-text-field></form></bf-form>`);
    await settle(bfForm);
    expect(bfForm.drafts.enabled).to.equal(false);
    expect(bfForm.shadowRoot!.querySelector('[part~="draft-bar"]')).to.equal(null);
  });

  it('passes axe with the offer and with the draft bar', async () => {
    const store = newStore();
    {
      const { bfForm, field } = await page(store);
      field('navn').value = 'Ada';
      await bfForm.drafts.save();
      await expect(bfForm).to.be.accessible();
      bfForm.remove();
    }
    const { bfForm } = await page(store);
    await expect(bfForm).to.be.accessible();
  });
});
