import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { BfForm } from '../../src/components/form/form.js';
import type { BfSessionTimeout } from '../../src/components/session-timeout/session-timeout.js';
import { DraftStoreError, type DraftStore } from '../../src/drafts/draft-store.js';
import { IndexedDbDraftStore } from '../../src/drafts/indexeddb-draft-store.js';
import { deepActiveElement } from '../../src/testing/a11y.js';
import { FakeClock } from '../../src/testing/fake-clock.js';

// REQUIREMENTS §3.2 (T-3.2, WCAG 2.2.1): a fake clock, never real waiting.

const START = Date.UTC(2026, 11, 5, 10, 0, 0);
const MINUTE = 60_000;
const textOf = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

async function session(attributes: { warnBefore?: string; saved?: boolean; lang?: string } = {}) {
  const clock = new FakeClock();
  const navigated: string[] = [];
  const root = await fixture<HTMLElement>(html`<div lang=${attributes.lang ?? 'da'}>
    <label>Navn <input id="navn" /></label>
    <bf-session-timeout warn-before=${attributes.warnBefore ?? '120'} logged-out-href="/logget-af"
      ?saved=${attributes.saved ?? false}></bf-session-timeout>
  </div>`);
  const element = root.querySelector<BfSessionTimeout>('bf-session-timeout')!;
  element.clock = clock;
  element.now = () => START + clock.now;
  element.navigate = (href) => navigated.push(href);
  element.expiresAt = String(START + 10 * MINUTE);
  await element.updateComplete;
  const field = root.querySelector<HTMLInputElement>('#navn')!;
  field.focus();
  /** Moves the fake time on and lets the element render. */
  const advance = async (ms: number) => {
    clock.advance(ms);
    await element.updateComplete;
    await aTimeout(0);
    await element.updateComplete;
  };
  const part = (name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  return { root, element, clock, advance, navigated, field, part };
}

describe('bf-session-timeout', () => {
  it('T-3.2: closed at 7:59; open at 8:00 with focus on "Forbliv logget på"; the page behind is inert', async () => {
    const { element, advance, part, field } = await session();
    await advance(7 * MINUTE + 59_000);
    expect(element.open).to.equal(false);
    await advance(1000);
    expect(element.open).to.equal(true);
    expect(textOf(deepActiveElement())).to.equal('Forbliv logget på');
    expect(textOf(part('heading'))).to.equal('Du er ved at blive logget af');
    expect(textOf(element.shadowRoot!.querySelector('.text'))).to.equal(
      'Din session udløber snart. Du logges automatisk af om 2 minutter. Ændringer, der ikke er gemt, vil gå tabt.',
    );
    field.focus();
    expect(deepActiveElement(), 'the field behind the modal cannot take focus').to.not.equal(field);
  });

  it('counts down every second; the live region speaks at most once a minute, then at 20 s', async () => {
    const { element, advance } = await session();
    const region = () => textOf(element.shadowRoot!.querySelector('[role="status"]'));
    await advance(8 * MINUTE);
    expect(region()).to.equal('Du logges automatisk af om 2 minutter.');
    await advance(5000);
    expect(textOf(element.shadowRoot!.querySelector('.text'))).to.contain('1 minut og 55 sekunder');
    expect(region(), 'not every second').to.equal('Du logges automatisk af om 2 minutter.');
    await advance(55_000);
    expect(region()).to.equal('Du logges automatisk af om 1 minut.');
    await advance(40_000);
    expect(region()).to.equal('Du logges automatisk af om 20 sekunder.');
  });

  it('T-3.2: Tab from the last button wraps to the first; Escape does not close it (W-2.1.2)', async () => {
    const { element, advance } = await session();
    await advance(8 * MINUTE);
    await sendKeys({ press: 'Tab' });
    expect(textOf(deepActiveElement())).to.equal('Log af');
    await sendKeys({ press: 'Tab' });
    expect(textOf(deepActiveElement())).to.equal('Forbliv logget på');
    await sendKeys({ press: 'Escape' });
    expect(element.open).to.equal(true);
  });

  it('T-3.2: "Forbliv logget på" fires bf-session-extend once, closes, and gives focus back to the field (W-2.2.1)', async () => {
    const { element, advance, part, field } = await session();
    await advance(8 * MINUTE);
    let extends_ = 0;
    element.addEventListener('bf-session-extend', () => extends_++);
    part('extend').click();
    await element.updateComplete;
    expect(extends_).to.equal(1);
    expect(element.open).to.equal(false);
    expect(deepActiveElement()).to.equal(field);
    element.expiresAt = String(START + 30 * MINUTE); // the host's keep-alive moved the expiry
    await advance(10 * MINUTE);
    expect(element.open).to.equal(false);
  });

  it('waits for a host extend function; a failure says so in Danish and keeps the dialog open', async () => {
    const { element, advance, part } = await session();
    await advance(8 * MINUTE);
    element.extend = () => Promise.reject(new Error('503'));
    part('extend').click();
    await aTimeout(0);
    await element.updateComplete;
    expect(element.open).to.equal(true);
    expect(textOf(element.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      'Vi kunne ikke holde dig logget på. Prøv igen.',
    );
    element.extend = () => Promise.resolve(START + 40 * MINUTE);
    part('extend').click();
    await aTimeout(0);
    await element.updateComplete;
    expect(element.open).to.equal(false);
    await advance(20 * MINUTE);
    expect(element.open).to.equal(false);
  });

  it('T-3.2: warn-before="5" behaves like 20 (and warns the developer)', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { element, advance } = await session({ warnBefore: '5' });
      await advance(10 * MINUTE - 21_000);
      expect(element.open).to.equal(false);
      await advance(1000);
      expect(element.open).to.equal(true);
    } finally {
      console.warn = original;
    }
    expect(warnings.some((warning) => warning.includes('warn-before="5"'))).to.equal(true);
  });

  it('T-3.2: with no action, bf-session-expired fires and the page goes to logged-out-href, saying what was kept', async () => {
    const { element, advance, navigated } = await session({ saved: true });
    await advance(8 * MINUTE);
    expect(textOf(element.shadowRoot!.querySelector('.text'))).to.contain('Dine indtastede data er gemt.');
    const expired = oneEvent(element, 'bf-session-expired');
    await advance(2 * MINUTE);
    await expired;
    expect(navigated).to.deep.equal(['/logget-af']);
    expect(textOf(element.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Du er blevet logget af');
    expect(textOf(element.shadowRoot!.querySelector('.text'))).to.equal(
      'Dine indtastede data er gemt, så du kan fortsætte, når du logger på igen.',
    );
  });

  it('a host that cancels bf-session-expired navigates itself', async () => {
    const { element, advance, navigated } = await session();
    element.addEventListener('bf-session-expired', (event) => event.preventDefault());
    await advance(10 * MINUTE);
    expect(navigated).to.deep.equal([]);
  });

  it('"Log af" fires bf-logout and closes', async () => {
    const { element, advance, part } = await session();
    await advance(8 * MINUTE);
    const loggedOut = oneEvent(element, 'bf-logout');
    part('logout').click();
    await loggedOut;
    expect(element.open).to.equal(false);
  });

  it('speaks English, and passes axe while open', async () => {
    const { root, element, advance, part } = await session({ lang: 'en' });
    await advance(8 * MINUTE + 55_000);
    expect(textOf(part('extend'))).to.equal('Stay signed in');
    expect(textOf(element.shadowRoot!.querySelector('.text'))).to.contain('1 minute and 5 seconds');
    await expect(root).to.be.accessible();
  });

  it('fits a screen 320 CSS px wide while open, its border and padding included (W-1.4.10)', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { element, advance, part } = await session();
      await advance(8 * MINUTE);
      expect(element.open).to.equal(true);
      const box = part('dialog').getBoundingClientRect();
      expect(box.left, 'left edge').to.be.at.least(0);
      expect(box.right, 'right edge').to.be.at.most(document.documentElement.clientWidth);
      expect(box.width, 'as wide as it may be').to.be.above(250);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('with a bf-form that keeps drafts on the page', () => {
    async function withForm(store: DraftStore) {
      const clock = new FakeClock();
      const root = await fixture<HTMLElement>(html`<div lang="da">
        <bf-form draft-key="session-${Date.now()}"><form>
          <bf-text-field name="navn" label="Navn"></bf-text-field>
        </form></bf-form>
        <bf-session-timeout warn-before="120"></bf-session-timeout>
      </div>`);
      const bfForm = root.querySelector<BfForm>('bf-form')!;
      bfForm.clock = clock;
      bfForm.draftStore = store;
      await bfForm.updateComplete;
      await bfForm.drafts.ready;
      const element = root.querySelector<BfSessionTimeout>('bf-session-timeout')!;
      element.clock = clock;
      element.now = () => START + clock.now;
      element.expiresAt = String(START + 10 * MINUTE);
      await element.updateComplete;
      bfForm.querySelector<HTMLElement>('bf-text-field')!.focus();
      await sendKeys({ type: 'Ada' });
      clock.advance(8 * MINUTE); // the autosave ran long ago; the warning saves once more
      await aTimeout(0);
      await bfForm.drafts.settled;
      await element.updateComplete;
      await aTimeout(0);
      return { bfForm, element };
    }

    it('the warning makes the form save, and then says the answers are saved', async () => {
      const store = new IndexedDbDraftStore({ databaseName: `borgerform-session-${Date.now()}` });
      const { bfForm, element } = await withForm(store);
      expect(element.open).to.equal(true);
      expect(textOf(element.shadowRoot!.querySelector('.text'))).to.equal(
        'Din session udløber snart. Du logges automatisk af om 2 minutter. Dine indtastede data er gemt.',
      );
      expect((await store.load(bfForm.draftKey!))?.values.navn).to.equal('Ada');
    });

    it('a store that cannot save: the warning says changes not saved will be lost', async () => {
      const failing: DraftStore = {
        inBrowser: true,
        load: () => Promise.resolve(null),
        save: () => Promise.reject(new DraftStoreError('server')),
        clear: () => Promise.resolve(),
      };
      const { element } = await withForm(failing);
      expect(textOf(element.shadowRoot!.querySelector('.text'))).to.equal(
        'Din session udløber snart. Du logges automatisk af om 2 minutter. Ændringer, der ikke er gemt, vil gå tabt.',
      );
    });
  });
});
