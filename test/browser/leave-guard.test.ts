import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { BfForm } from '../../src/components/form/form.js';
import { DRAFT_SAVE_DELAY } from '../../src/components/form/draft-controller.js';
import { IndexedDbDraftStore } from '../../src/drafts/indexeddb-draft-store.js';
import { FakeClock } from '../../src/testing/fake-clock.js';

// Issue 13 item 5: leaving with answers that would be lost asks first (beforeunload); never when
// everything is saved or sent.

/** Whether the browser would ask "Leave site?" now: a beforeunload event the page cancels. */
function wouldAsk(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function page() {
  const bfForm =
    await fixture<BfForm>(html`<bf-form><form @submit=${(event: Event) => event.preventDefault()}>
    <bf-text-field name="navn" label="Navn"></bf-text-field><button>Send</button>
  </form></bf-form>`);
  await bfForm.updateComplete;
  const field = bfForm.querySelector('bf-text-field')!;
  await field.updateComplete;
  return { bfForm, field, form: bfForm.querySelector('form')! };
}

describe('leaving the page (bf-form)', () => {
  it('without a draft store: asks only after a change, and not after a reset', async () => {
    const { field, form } = await page();
    expect(wouldAsk(), 'nothing entered').to.equal(false);
    field.focus();
    await sendKeys({ type: 'Ada' });
    expect(wouldAsk(), 'answers would be lost').to.equal(true);
    form.reset();
    expect(wouldAsk()).to.equal(false);
  });

  it('never with no-leave-warning (the host keeps the answers itself)', async () => {
    const { bfForm, field } = await page();
    bfForm.noLeaveWarning = true;
    field.focus();
    await sendKeys({ type: 'Ada' });
    expect(wouldAsk()).to.equal(false);
    bfForm.noLeaveWarning = false;
    expect(wouldAsk(), 'the answers would still be lost').to.equal(true);
  });

  it('never after sending, by a handler or as a plain post', async () => {
    const { bfForm, field, form } = await page();
    field.focus();
    await sendKeys({ type: 'Ada' });
    form.querySelector('button')!.click(); // no handler: the plain post goes on (this page stops it)
    await aTimeout(0);
    expect(wouldAsk()).to.equal(false);
    const second = await page();
    second.field.focus();
    await sendKeys({ type: 'Ada' });
    second.bfForm.submitHandler = () => Promise.resolve({ reference: 'X-1' });
    second.form.querySelector('button')!.click();
    await aTimeout(20);
    expect(wouldAsk()).to.equal(false);
    expect(bfForm.leaveGuard.wouldLoseAnswers).to.equal(false);
  });

  it('with a draft store: asks while a save is waiting, never once everything is saved', async () => {
    const { bfForm, field } = await page();
    const clock = new FakeClock();
    bfForm.clock = clock;
    bfForm.draftKey = 'leave';
    bfForm.draftStore = new IndexedDbDraftStore({ databaseName: `borgerform-leave-${Date.now()}` });
    await bfForm.updateComplete;
    await bfForm.drafts.ready;
    field.focus();
    await sendKeys({ type: 'Ada' });
    expect(wouldAsk(), 'the save waits for a pause').to.equal(true);
    clock.advance(DRAFT_SAVE_DELAY);
    await aTimeout(50);
    expect(bfForm.drafts.status.kind).to.equal('saved');
    expect(wouldAsk(), 'everything is saved').to.equal(false);
  });
});
