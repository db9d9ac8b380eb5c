import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { BfForm } from '../../src/components/form/form.js';
import { DRAFT_SAVE_DELAY } from '../../src/components/form/draft-controller.js';
import type { BfStep } from '../../src/components/wizard/step.js';
import type { Draft } from '../../src/drafts/draft.js';
import { DraftStoreError, type DraftStore } from '../../src/drafts/draft-store.js';
import { HttpDraftStore, type DraftFetch } from '../../src/drafts/http-draft-store.js';
import { deepActiveElement } from '../../src/testing/a11y.js';
import { FakeClock } from '../../src/testing/fake-clock.js';

// Issue 13 item 6: a store that fails, and a server that is down when the citizen sends, are told in
// Danish and never block filling in or sending; nothing typed is lost. The draft endpoint and the
// case system are real HTTP endpoints on the test server (test/browser/support/test-endpoints.mjs);
// "no connection" is a real request to a closed port.

const DRAFTS = '/test-endpoints/kladder';
const RECEIVER = '/test-endpoints/modtag';
const CLOSED_PORT = 'http://127.0.0.1:9';

const textOf = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
    await Promise.all(elements.map((element) => (element as BfStep).updateComplete));
    await aTimeout(5);
  }
}

/** Sends the form data to `url` as a host's handler would; a failed request or answer rejects. */
function sendTo(url: () => string) {
  return async (_payload: unknown, data: FormData) => {
    const response = await fetch(url(), { method: 'POST', body: data });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as { reference: string };
  };
}

async function page(store: DraftStore | null, key = `kladde-${Date.now()}-${Math.random()}`) {
  const bfForm = await fixture<BfForm>(html`<bf-form draft-key=${key}>
    <form>
      <bf-text-field name="navn" label="Navn" required></bf-text-field>
      <bf-textarea name="note" label="Bemærkning"></bf-textarea>
      <button class="send">Send ansøgning</button>
    </form>
  </bf-form>`);
  const clock = new FakeClock();
  bfForm.clock = clock;
  bfForm.draftStore = store;
  await settle(bfForm);
  await bfForm.drafts.ready;
  await settle(bfForm);
  const field = (name: string) => bfForm.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!;
  const warning = () => textOf(bfForm.shadowRoot!.querySelector('[part~="draft-alert"]'));
  /** Types, then the pause after which a draft is saved, then waits for the store's answer. */
  const typeAndPause = async (name: string, text: string) => {
    field(name).focus();
    await sendKeys({ type: text });
    clock.advance(DRAFT_SAVE_DELAY);
    await aTimeout(0);
    await bfForm.drafts.settled;
    await settle(bfForm);
  };
  return { bfForm, field, warning, typeAndPause, form: bfForm.querySelector('form')! };
}

/** A host's own store that reports a full disk (what IndexedDB's QuotaExceededError becomes). */
class FullDiskStore implements DraftStore {
  readonly inBrowser = true;
  load(): Promise<Draft | null> {
    return Promise.resolve(null);
  }
  save(): Promise<void> {
    return Promise.reject(new DraftStoreError('quota'));
  }
  clear(): Promise<void> {
    return Promise.resolve();
  }
}

describe('bf-form: a draft store that fails', () => {
  it('on the host’s server (HTTP): saves, and the draft is there to load', async () => {
    const store = new HttpDraftStore({ baseUrl: DRAFTS });
    const key = `http-${Date.now()}-${Math.random()}`; // the endpoint outlives one browser's run
    const { bfForm, typeAndPause } = await page(store, key);
    await typeAndPause('navn', 'Ada Åberg 😀');
    expect(bfForm.drafts.status.kind).to.equal('saved');
    expect((await store.load(key))?.values.navn).to.equal('Ada Åberg 😀');
  });

  it('HTTP 500: a Danish warning, the answers stay, and sending still works', async () => {
    const { bfForm, field, warning, typeAndPause, form } = await page(
      new HttpDraftStore({ baseUrl: DRAFTS }),
      'fails',
    );
    await typeAndPause('navn', 'Ada');
    expect(warning()).to.equal(
      'Din kladde blev ikke gemt på grund af en fejl hos os. Dine svar er her stadig, og vi prøver igen, når du skriver videre.',
    );
    await typeAndPause('navn', ' Åberg');
    expect(field('navn').value).to.equal('Ada Åberg');
    bfForm.submitHandler = sendTo(() => RECEIVER);
    form.querySelector<HTMLButtonElement>('.send')!.click();
    await aTimeout(100);
    await settle(bfForm);
    expect(bfForm.querySelector('bf-receipt')!.shadowRoot!.textContent).to.match(/BF-\d{4}/u);
  });

  it('no connection: says so, and saves by itself once the connection is back', async () => {
    let online = false;
    // The host's fetch: while "offline", the request goes to a closed port and fails as a lost connection does.
    const viaNetwork: DraftFetch = (input, init) => fetch(online ? input : `${CLOSED_PORT}/kladder`, init);
    const store = new HttpDraftStore({ baseUrl: DRAFTS, fetch: viaNetwork });
    const key = `offline-${Date.now()}-${Math.random()}`;
    const { bfForm, warning, typeAndPause } = await page(store, key);
    await typeAndPause('navn', 'Ada');
    expect(warning()).to.equal(
      'Din kladde blev ikke gemt, fordi du ikke har forbindelse til internettet. Dine svar er her stadig. Vi prøver igen, når du har forbindelse igen.',
    );
    expect(bfForm.leaveGuard.wouldLoseAnswers, 'leaving now would lose the answers').to.equal(true);
    online = true;
    window.dispatchEvent(new Event('online')); // what the browser fires when the connection is back
    await aTimeout(0);
    await bfForm.drafts.settled;
    await settle(bfForm);
    expect(bfForm.drafts.status.kind).to.equal('saved');
    expect(warning()).to.equal('');
    expect((await store.load(key))?.values.navn).to.equal('Ada');
  });

  it('a slow store: "too long" after its time limit, and it never holds up the receipt', async () => {
    const store = new HttpDraftStore({ baseUrl: DRAFTS, timeoutMs: 300 });
    const { bfForm, warning, typeAndPause, form } = await page(store, 'slow');
    await typeAndPause('navn', 'Ada');
    expect(warning()).to.equal(
      'Det tog for lang tid at gemme din kladde. Dine svar er her stadig, og vi prøver igen, når du skriver videre.',
    );
    bfForm.submitHandler = sendTo(() => RECEIVER);
    form.querySelector<HTMLButtonElement>('.send')!.click();
    await aTimeout(150); // well before the store's 300 ms and the endpoint's 2 s
    await settle(bfForm);
    expect(bfForm.querySelector('bf-receipt')?.hidden).to.equal(false);
  });

  it('a full disk (quota): says so, and the citizen can go on and send', async () => {
    const { bfForm, warning, typeAndPause } = await page(new FullDiskStore());
    await typeAndPause('navn', 'Ada');
    expect(warning()).to.equal(
      'Din kladde blev ikke gemt, fordi der ikke er mere plads på din enhed. Du kan stadig udfylde og sende.',
    );
    expect(bfForm.drafts.status).to.deep.include({ kind: 'failed', cause: 'quota' });
  });

  it('no connection when the draft is looked for: says so; the form is there to fill in', async () => {
    const { field, warning } = await page(new HttpDraftStore({ baseUrl: `${CLOSED_PORT}/kladder` }));
    expect(warning()).to.equal(
      'Vi kunne ikke hente din kladde, fordi du ikke har forbindelse til internettet. Genindlæs siden, når du har forbindelse igen, eller udfyld formularen forfra.',
    );
    field('navn').focus();
    await sendKeys({ type: 'Ada' });
    expect(field('navn').value).to.equal('Ada');
  });
});

describe('bf-form: sending while the server is down', () => {
  it('keeps every value, says so in Danish, and "Prøv at sende igen" sends once the server is back', async () => {
    const { bfForm, field, form } = await page(null);
    let receiver = `${CLOSED_PORT}/modtag`; // the server is down
    bfForm.submitHandler = sendTo(() => receiver);
    field('navn').focus();
    await sendKeys({ type: 'Ada <b>Åberg</b> 😀' });
    field('note').focus();
    await sendKeys({ type: 'x'.repeat(300) });
    form.querySelector<HTMLButtonElement>('.send')!.click();
    await aTimeout(200);
    await settle(bfForm);
    const alert = bfForm.shadowRoot!.querySelector('[part~="alert"]')!;
    expect(textOf(alert)).to.equal(
      'Der skete en fejl, og vi har ikke modtaget dine oplysninger. Dine svar er ikke gået tabt. Prøv igen om lidt. Prøv at sende igen',
    );
    expect(new FormData(form).get('navn')).to.equal('Ada <b>Åberg</b> 😀');
    expect(new FormData(form).get('note')).to.equal('x'.repeat(300));
    expect(bfForm.pending).to.equal(false);

    receiver = RECEIVER; // the server is back
    const retry = alert.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    let focusedWhenSent: Element | null = null;
    bfForm.addEventListener('bf-submit', () => (focusedWhenSent = deepActiveElement()), { once: true });
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(150);
    expect(focusedWhenSent, 'focus on the submit button, where pressing again sends again').to.equal(
      form.querySelector('.send'),
    );
    await settle(bfForm);
    expect(bfForm.shadowRoot!.querySelector('[part~="alert"]')).to.equal(null);
    expect(bfForm.querySelector('bf-receipt')!.shadowRoot!.textContent).to.match(/BF-\d{4}/u);
  });
});
