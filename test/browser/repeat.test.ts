import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import type { BfForm } from '../../src/components/form/form.js';
import type { BfRepeat, RepeatItem } from '../../src/components/repeat/repeat.js';
import type { BfSummary } from '../../src/components/summary/summary.js';
import { IndexedDbDraftStore } from '../../src/drafts/indexeddb-draft-store.js';
import type { BfSubmitEvent } from '../../src/events/submit.js';
import {
  deepActiveElement,
  findAxNodes,
  itWithAccessibilityTree,
  type AxNode,
} from '../../src/testing/a11y.js';
import { FakeClock } from '../../src/testing/fake-clock.js';

// Issue 14 item 1: bf-repeat, answers that repeat ("tilføj endnu en"), in Chromium and Firefox.

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

/** One person who moves with the citizen: a name, and a car follow-up revealed by "Ja". */
const personTemplate = html`<template>
  <bf-text-field name="navn" label="Navn" required></bf-text-field>
  <bf-radio-group name="bil" label="Har personen en bil?">
    <bf-option value="ja">Ja</bf-option>
    <bf-option value="nej">Nej</bf-option>
    <bf-text-field slot="conditional-ja" name="nummerplade" label="Nummerplade" required></bf-text-field>
  </bf-radio-group>
</template>`;

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
    await Promise.all(elements.map((element) => (element as BfRepeat).updateComplete));
    await aTimeout(5);
  }
}

async function page(inner: TemplateResult = html``, attributes = { min: 0, max: 5 }) {
  const bfForm = await fixture<BfForm>(html`<bf-form>
    <form @submit=${(event: Event) => event.preventDefault()}>
      <bf-repeat name="personer" label="Hvem flytter med dig?" item="person" min=${attributes.min} max=${attributes.max}
        >${personTemplate}${inner}</bf-repeat
      >
      <button id="send">Send</button>
    </form>
  </bf-form>`);
  await settle(bfForm);
  const repeat = bfForm.querySelector<BfRepeat>('bf-repeat')!;
  const form = bfForm.querySelector('form')!;
  const addButton = () => repeat.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add"]');
  const field = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!;
  const entries = () =>
    [...new FormData(form)].map(
      ([name, value]) => `${name}=${typeof value === 'string' ? value : value.name}`,
    );
  return { bfForm, repeat, form, addButton, field, entries };
}

/** The visible headings of the items, in order. */
const headings = (repeat: BfRepeat) => repeat.items.map((item) => item.heading);
const removeButton = (item: RepeatItem) =>
  item.shadowRoot!.querySelector<HTMLButtonElement>('[part~="remove"]');

describe('bf-repeat', () => {
  it('by keyboard: add three people, remove the middle one; names, focus and the announcement follow (T-2.3)', async () => {
    const { repeat, addButton, entries } = await page();
    expect(repeat.items, 'min 0: no item to begin with').to.have.length(0);
    expect(text(addButton())).to.equal('Tilføj person');
    for (const name of ['Ada', 'Bo', 'Cai']) {
      addButton()!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(repeat);
      const newest = repeat.items.at(-1)!;
      expect(deepActiveElement(), 'focus in the new item’s first field').to.equal(
        newest.querySelector('bf-text-field')!.shadowRoot!.querySelector('input'),
      );
      await sendKeys({ type: name });
    }
    expect(headings(repeat)).to.deep.equal(['Person 1', 'Person 2', 'Person 3']);
    expect(entries()).to.deep.equal([
      'personer[0][navn]=Ada',
      'personer[1][navn]=Bo',
      'personer[2][navn]=Cai',
    ]);

    removeButton(repeat.items[1])!.focus();
    expect(text(removeButton(repeat.items[1]))).to.equal('Fjern person 2');
    await sendKeys({ press: 'Enter' });
    await settle(repeat);
    expect(headings(repeat)).to.deep.equal(['Person 1', 'Person 2']);
    expect(entries(), 'renumbered: 0 … n−1 in the order shown').to.deep.equal([
      'personer[0][navn]=Ada',
      'personer[1][navn]=Cai',
    ]);
    expect(text(repeat.shadowRoot!.querySelector('[role="status"]'))).to.equal('Person 2 er fjernet.');
    expect(deepActiveElement(), 'focus in the item that took its place').to.equal(
      repeat.items[1].querySelector('bf-text-field')!.shadowRoot!.querySelector('input'),
    );
    expect(removeButton(repeat.items[1])!.textContent?.trim()).to.equal('Fjern person 2');
  });

  it('removing the only item moves focus to "Tilføj person"', async () => {
    const { repeat, addButton } = await page();
    await repeat.addItem();
    removeButton(repeat.items[0])!.click();
    await settle(repeat);
    expect(repeat.items).to.have.length(0);
    expect(deepActiveElement()).to.equal(addButton());
  });

  it('min and max: no "Fjern" below min, and a short text instead of "Tilføj" at max', async () => {
    const { repeat, addButton } = await page(html``, { min: 1, max: 2 });
    expect(repeat.items, 'starts with min items').to.have.length(1);
    expect(removeButton(repeat.items[0])).to.equal(null);
    await repeat.addItem();
    await settle(repeat);
    expect(repeat.items.map((item) => removeButton(item) !== null)).to.deep.equal([true, true]);
    expect(addButton()).to.equal(null);
    expect(text(repeat.shadowRoot!.querySelector('[part~="max"]'))).to.equal('Du kan ikke tilføje flere.');
    expect(await repeat.addItem()).to.equal(null);
  });

  it('the error summary names the item, and its link goes to the field in item 2', async () => {
    const { repeat, form, field } = await page();
    await repeat.addItem();
    await repeat.addItem();
    field('personer[0][navn]').value = 'Ada';
    form.querySelector<HTMLButtonElement>('#send')!.click();
    await settle(form);
    const summary = form.querySelector('bf-error-summary')!;
    const links = [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map(text)).to.deep.equal(['Person 2: Indtast navn']);
    links[0].click();
    expect(deepActiveElement()).to.equal(field('personer[1][navn]').shadowRoot!.querySelector('input'));
  });

  it('every field works in an item: the revealed follow-up validates and is sent under the item’s name', async () => {
    const { repeat, form, field, entries, bfForm } = await page();
    await repeat.addItem();
    field('personer[0][navn]').value = 'Ada';
    field('personer[0][bil]').value = 'ja';
    field('personer[0][bil]').dispatchEvent(new Event('change', { bubbles: true }));
    await settle(repeat);
    let payload: BfSubmitEvent['detail'] | undefined;
    bfForm.addEventListener('bf-submit', (event) => (payload = event.detail));
    form.querySelector<HTMLButtonElement>('#send')!.click();
    await settle(form);
    expect(payload, 'not sent: the revealed number plate is required').to.equal(undefined);
    field('personer[0][nummerplade]').value = 'AB 12 345';
    form.querySelector<HTMLButtonElement>('#send')!.click();
    await settle(form);
    expect(entries()).to.deep.equal([
      'personer[0][navn]=Ada',
      'personer[0][bil]=ja',
      'personer[0][nummerplade]=AB 12 345',
    ]);
    expect(payload!.values['personer[0][nummerplade]']).to.equal('AB 12 345');
    expect(
      payload!.summary.map((row) => `${row.group ?? ''}|${row.label}|${row.displayValue}`),
    ).to.deep.equal([
      'Person 1|Navn|Ada',
      'Person 1|Har personen en bil?|Ja',
      'Person 1|Nummerplade|AB 12 345',
    ]);
  });

  it('a server round trip: items written by the server keep their values, errors and prefilled data; the next one is added after them', async () => {
    const { repeat, form, entries, addButton } = await page(html`
      <bf-repeat-item>
        <bf-prefilled name="personer[0][navn]" label="Navn" value="Ada Jensen" source="CPR-registret"></bf-prefilled>
      </bf-repeat-item>
      <bf-repeat-item>
        <bf-text-field name="personer[1][navn]" label="Navn" value="&lt;b&gt;Bo&lt;/b&gt;" required
          error="Navnet må kun indeholde bogstaver"></bf-text-field>
      </bf-repeat-item>
    `);
    expect(headings(repeat)).to.deep.equal(['Person 1', 'Person 2']);
    const summary = form.querySelector('bf-error-summary')!;
    await settle(form);
    expect([...summary.shadowRoot!.querySelectorAll('a')].map(text)).to.deep.equal([
      'Person 2: Navnet må kun indeholde bogstaver',
    ]);
    expect(entries()).to.deep.equal(['personer[0][navn]=Ada Jensen', 'personer[1][navn]=<b>Bo</b>']);
    addButton()!.click();
    await settle(repeat);
    expect(repeat.items.at(-1)!.querySelector('bf-text-field')!.getAttribute('name')).to.equal(
      'personer[2][navn]',
    );
  });

  it('the summary shows each item under its own heading, with "Rediger" links that say which item', async () => {
    const bfForm = await fixture<BfForm>(html`<bf-form><form @submit=${(e: Event) => e.preventDefault()}>
      <bf-text-field name="ansoeger" label="Dit navn" value="Eva"></bf-text-field>
      <bf-repeat name="personer" label="Hvem flytter med dig?" item="person" min="2">${personTemplate}</bf-repeat>
      <bf-summary></bf-summary>
    </form></bf-form>`);
    await settle(bfForm);
    const form = bfForm.querySelector('form')!;
    (form.querySelector('[name="personer[0][navn]"]') as HTMLElement & { value: string }).value = 'Ada';
    (form.querySelector('[name="personer[1][navn]"]') as HTMLElement & { value: string }).value = 'Bo';
    form.dispatchEvent(new Event('change'));
    const summary = bfForm.querySelector<BfSummary>('bf-summary')!;
    summary.requestUpdate();
    await settle(bfForm);
    const root = summary.shadowRoot!;
    expect([...root.querySelectorAll('[part~="group-heading"]')].map(text)).to.deep.equal([
      'Person 1',
      'Person 2',
    ]);
    expect(root.querySelector('[part~="group-heading"]')!.localName, 'no step heading above: h2').to.equal(
      'h2',
    );
    const editNames = [...root.querySelectorAll('a.edit')].map((link) => link.getAttribute('aria-label'));
    expect(editNames, JSON.stringify(editNames)).to.include('Rediger navn, Person 2');
    await expect(summary).to.be.accessible();
  });

  it('drafts save the items and bring them back', async () => {
    const store = new IndexedDbDraftStore({ databaseName: `borgerform-repeat-${Date.now()}` });
    const open = async () => {
      const bfForm = await fixture<BfForm>(html`<bf-form draft-key="personer"><form>
        <bf-repeat name="personer" label="Hvem flytter med dig?" item="person">${personTemplate}</bf-repeat>
      </form></bf-form>`);
      bfForm.clock = new FakeClock();
      bfForm.draftStore = store;
      await settle(bfForm);
      await bfForm.drafts.ready;
      await settle(bfForm);
      return bfForm;
    };
    {
      const bfForm = await open();
      const repeat = bfForm.querySelector<BfRepeat>('bf-repeat')!;
      for (const name of ['Ada', 'Bo', 'Cai']) {
        const item = await repeat.addItem();
        (item!.querySelector('bf-text-field') as HTMLElement & { value: string }).value = name;
      }
      await bfForm.drafts.save();
      bfForm.remove();
    }
    const bfForm = await open();
    bfForm.shadowRoot!.querySelector<HTMLButtonElement>('.draft-continue')!.click();
    await settle(bfForm);
    const repeat = bfForm.querySelector<BfRepeat>('bf-repeat')!;
    expect(headings(repeat)).to.deep.equal(['Person 1', 'Person 2', 'Person 3']);
    expect(
      [...new FormData(bfForm.querySelector('form')!)].map(
        ([n, v]) => `${n}=${typeof v === 'string' ? v : v.name}`,
      ),
    ).to.deep.equal(['personer[0][navn]=Ada', 'personer[1][navn]=Bo', 'personer[2][navn]=Cai']);
  });

  itWithAccessibilityTree('each item is a group named "Person n" inside the question’s group', async () => {
    const { repeat } = await page();
    await repeat.addItem();
    await repeat.addItem();
    const fieldsets = [repeat, ...repeat.items].map((element) =>
      element.shadowRoot!.querySelector<HTMLElement>('fieldset')!,
    );
    const [outer] = await findAxNodes(
      (n) => n.role === 'group' && n.name === 'Hvem flytter med dig?',
      fieldsets,
    );
    expect(outer, 'the question’s group').to.exist;
    const inner = (outer.children ?? []).flatMap(function all(node: AxNode): AxNode[] {
      return [node, ...(node.children ?? []).flatMap(all)];
    });
    expect(inner.filter((n) => n.role === 'group').map((n) => n.name)).to.deep.equal([
      'Person 1',
      'Person 2',
    ]);
    expect(inner.some((n) => n.role === 'button' && n.name === 'Fjern person 2')).to.equal(true);
    expect(inner.some((n) => n.role === 'button' && n.name === 'Tilføj person')).to.equal(true);
  });

  it('speaks English; passes axe empty, with items, at max, and after a failed submit', async () => {
    const { repeat, form, bfForm } = await page(html``, { min: 0, max: 2 });
    await expect(bfForm).to.be.accessible();
    await repeat.addItem();
    await repeat.addItem();
    await settle(repeat);
    await expect(bfForm).to.be.accessible();
    form.querySelector<HTMLButtonElement>('#send')!.click();
    await settle(form);
    await expect(bfForm).to.be.accessible();
    const english =
      await fixture<BfRepeat>(html`<bf-repeat lang="en" name="cars" label="Your cars" item="car" min="1"
      >${personTemplate}</bf-repeat
    >`);
    await settle(english);
    expect(english.items[0].heading).to.equal('Car 1');
    expect(text(english.shadowRoot!.querySelector('[part~="add"]'))).to.equal('Add car');
  });
});
