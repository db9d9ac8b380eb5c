import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BfForm } from '../../src/components/form/form.js';
import type { BfPrefilled } from '../../src/components/prefilled/prefilled.js';
import type { BfRepeat } from '../../src/components/repeat/repeat.js';
import type { BfStep } from '../../src/components/wizard/step.js';
import type { BfWizard } from '../../src/components/wizard/wizard.js';
import { IndexedDbDraftStore } from '../../src/drafts/indexeddb-draft-store.js';

// Issue 13 item 5: a reload mid-flow returns to the same step with every value, with no draft store.
// The flow is a page of its own (test/browser/fixtures/reload-flow.html) in an iframe, which the test
// reloads as the citizen's browser would (Chromium and Firefox).

const PAGE = '/test/browser/fixtures/reload-flow.html';

interface Flow {
  frame: HTMLIFrameElement;
  doc: Document;
  bfForm: BfForm;
  wizard: BfWizard;
  field<T = HTMLElement & { value: string }>(name: string): T;
  shownHeading(): string;
}

/** Until every element in the frame has rendered (and a restore, which waits a task, is done). */
async function settle(doc: Document): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const elements = [...doc.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
    await Promise.all(elements.map((element) => (element as BfStep).updateComplete));
    await aTimeout(10);
  }
}

async function loaded(frame: HTMLIFrameElement): Promise<Flow> {
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await frame.contentWindow!.customElements.whenDefined('bf-form');
  const bfForm = doc.querySelector<BfForm>('bf-form')!;
  await settle(doc);
  await bfForm.reloadKeeper.restored;
  await settle(doc);
  return {
    frame,
    doc,
    bfForm,
    wizard: doc.querySelector<BfWizard>('bf-wizard')!,
    field: <T>(name: string) => doc.querySelector(`[name="${name}"]`) as T,
    shownHeading: () =>
      [...doc.querySelectorAll<BfStep>('bf-step')].find((step) => !step.hidden)?.heading ?? '',
  };
}

async function openFlow(page = PAGE): Promise<Flow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = page;
  const flow = loaded(frame);
  document.body.append(frame);
  return flow;
}

async function reload(flow: Flow): Promise<Flow> {
  const next = loaded(flow.frame);
  flow.frame.contentWindow!.location.reload();
  return next;
}

/** Types into a field of the frame as the citizen does (focus, keys). */
async function typeInto(flow: Flow, name: string, text: string): Promise<void> {
  flow.field(name).focus();
  await sendKeys({ type: text });
}

async function next(flow: Flow): Promise<void> {
  await flow.wizard.next();
  await settle(flow.doc);
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('a reload mid-flow (no draft store)', function () {
  this.timeout(20_000); // each test loads and reloads a whole page, under a busy machine too
  it('returns to the same step with every value, the corrected prefilled value still marked, never the CPR number', async () => {
    let flow = await openFlow();
    await typeInto(flow, 'navn', 'Ada Åberg 😀');
    await typeInto(flow, 'cpr', '010190-1234');
    const prefilled = flow.field<BfPrefilled>('adresse');
    await prefilled.edit();
    await sendKeys({ type: ', 2. tv' });
    flow.field('kontakt').value = 'mail';
    flow.field('kontakt').dispatchEvent(new Event('change', { bubbles: true }));
    flow.field('cpr').value = ''; // a CPR number that is valid passes the step; this one stays out of the test
    await next(flow);
    expect(flow.shownHeading()).to.equal('Din bolig');
    flow.field('bolig').value = 'rent';
    flow.field('bolig').dispatchEvent(new Event('change', { bubbles: true }));
    flow.field('dato').value = '2027-03-01';
    await next(flow);
    expect(flow.shownHeading(), 'the step that applies only to renters').to.equal('Lejemål');
    await typeInto(flow, 'udlejer', '<b>Bo</b> & Co');

    flow = await reload(flow);
    expect(flow.shownHeading(), 'the same step, though it applies only with the kept answers').to.equal(
      'Lejemål',
    );
    expect(flow.field('udlejer').value).to.equal('<b>Bo</b> & Co');
    expect(flow.field('navn').value).to.equal('Ada Åberg 😀');
    expect(flow.field('kontakt').value).to.equal('mail');
    expect(flow.field('bolig').value).to.equal('rent');
    const corrected = flow.field<BfPrefilled>('adresse');
    expect(corrected.value).to.equal('Testvej 1, 8000 Aarhus C, 2. tv');
    expect(corrected.changed, 'still the citizen’s correction, not data from the register').to.equal(true);
    expect(flow.field('cpr').value).to.equal('');
  });

  it('on an exit page: a reload shows the exit page again, with the answer that leads there', async () => {
    let flow = await openFlow();
    await typeInto(flow, 'navn', 'Ada');
    await next(flow);
    flow.field('bolig').value = 'andet';
    flow.field('bolig').dispatchEvent(new Event('change', { bubbles: true }));
    await next(flow);
    expect(flow.wizard.currentExit?.getAttribute('heading')).to.equal('Du kan ikke anmelde flytning her');
    flow = await reload(flow);
    expect(flow.field('bolig').value).to.equal('andet');
    expect(flow.wizard.currentExit?.getAttribute('heading')).to.equal('Du kan ikke anmelde flytning her');
    expect(flow.shownHeading(), 'no step shown beside it').to.equal('');
  });

  it('keeps what was typed in the last moment before the reload (written when the page is left)', async () => {
    let flow = await openFlow();
    await typeInto(flow, 'navn', 'Ada');
    flow = await reload(flow); // no pause after typing: the page's hide writes the answers
    expect(flow.field('navn').value).to.equal('Ada');
    expect(flow.shownHeading()).to.equal('Om dig');
  });

  it('the back button to an earlier step, then a reload: that step, with the answers as they are now', async () => {
    let flow = await openFlow();
    await typeInto(flow, 'navn', 'Ada');
    await next(flow);
    flow.field('bolig').value = 'own';
    flow.field('bolig').dispatchEvent(new Event('change', { bubbles: true }));
    flow.wizard.back();
    await settle(flow.doc);
    expect(flow.shownHeading()).to.equal('Om dig');
    await typeInto(flow, 'navn', ' Åberg');
    flow = await reload(flow);
    expect(flow.shownHeading()).to.equal('Om dig');
    expect(flow.field('navn').value).to.equal('Ada Åberg');
    expect(flow.field('bolig').value).to.equal('own');
  });

  it('puts the answers back only into the form the page loaded with, never into one made later', async () => {
    let flow = await openFlow();
    await typeInto(flow, 'navn', 'Ada');
    flow = await reload(flow);
    expect(flow.field('navn').value).to.equal('Ada');
    const fresh = flow.bfForm.cloneNode(true) as BfForm; // e.g. "start a new application" in the same tab
    flow.bfForm.replaceWith(fresh);
    await settle(flow.doc);
    await fresh.reloadKeeper.restored;
    await settle(flow.doc);
    expect(flow.field('navn').value).to.equal('');
  });

  it('"Log af" (bf-logout) empties the form: a reload shows nothing of the answers', async () => {
    let flow = await openFlow();
    await typeInto(flow, 'navn', 'Ada');
    flow.doc.dispatchEvent(new Event('bf-logout', { bubbles: true, composed: true }));
    expect(flow.field('navn').value).to.equal('');
    flow = await reload(flow);
    expect(flow.field('navn').value).to.equal('');
  });

  it('keeps repeated items (bf-repeat): as many as there were, each with its answers', async () => {
    let flow = await openFlow('/test/browser/fixtures/reload-repeat.html');
    const repeat = () => flow.doc.querySelector<BfRepeat>('bf-repeat')!;
    for (const name of ['Ada', 'Bo']) {
      await repeat().addItem();
      await sendKeys({ type: name }); // focus is in the new item's first field
    }
    flow = await reload(flow);
    expect(repeat().items.map((item) => item.heading)).to.deep.equal(['Person 1', 'Person 2']);
    expect(flow.field('personer[0][navn]').value).to.equal('Ada');
    expect(flow.field('personer[1][navn]').value).to.equal('Bo');
  });

  it('a form that was sent (a handler and its receipt) comes back empty on reload', async () => {
    let flow = await openFlow();
    flow.bfForm.submitHandler = () => Promise.resolve({ reference: 'AB-1' });
    await typeInto(flow, 'navn', 'Ada');
    await next(flow);
    flow.field('bolig').value = 'own';
    flow.field('bolig').dispatchEvent(new Event('change', { bubbles: true }));
    await next(flow);
    expect(flow.shownHeading()).to.equal('Tjek dine svar');
    flow.doc.querySelector<HTMLButtonElement>('bf-step:last-of-type button')!.click();
    await settle(flow.doc);
    expect(flow.doc.querySelector('bf-receipt')?.hidden).to.equal(false);
    flow = await reload(flow);
    expect(flow.field('navn').value).to.equal('');
  });

  it('with a draft store, a reload puts the answers back at once and offers no draft', async () => {
    const store = new IndexedDbDraftStore({ databaseName: `borgerform-reload-${Date.now()}` });
    let flow = await openFlow();
    flow.bfForm.draftKey = 'flytning';
    flow.bfForm.draftStore = store;
    await flow.bfForm.drafts.ready;
    await typeInto(flow, 'navn', 'Ada');
    await flow.bfForm.drafts.save();
    flow = await reload(flow);
    flow.bfForm.draftKey = 'flytning';
    flow.bfForm.draftStore = store;
    await flow.bfForm.updateComplete;
    await flow.bfForm.drafts.ready;
    await settle(flow.doc);
    expect(flow.field('navn').value).to.equal('Ada');
    expect(flow.bfForm.drafts.status.kind).to.equal('idle');
    expect(flow.bfForm.shadowRoot!.querySelector('[part~="draft-offer"]')).to.equal(null);
  });
});
