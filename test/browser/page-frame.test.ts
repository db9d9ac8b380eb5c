/* eslint-disable lit/no-legacy-template-syntax -- `on-behalf-of` is bf-header's attribute (DESIGN §3), not a listener */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { BfFooter } from '../../src/components/footer/footer.js';
import type { BfHeader } from '../../src/components/header/header.js';
import type { BfIntro } from '../../src/components/intro/intro.js';
import type { BfStep } from '../../src/components/wizard/step.js';
import { deepActiveElement, findAxNodes, itWithAccessibilityTree } from '../../src/testing/a11y.js';

// REQUIREMENTS §2.2 (the start page), §2.7 (the sender: header and footer), §3.2 (Log af), §3.4 (på vegne af).

const textOf = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
    await Promise.all(elements.map((element) => (element as BfStep).updateComplete));
    await aTimeout(0);
  }
}

describe('bf-header', () => {
  async function header() {
    const root = await fixture<HTMLElement>(html`<div>
      <bf-header portal="borger.dk" authority="Aarhus Kommune" solution="Anmeld flytning" user="Ada Lovelace"
        on-behalf-of="Byron ApS" support-phone="89 40 20 00" contact-href="/kontakt"></bf-header>
      <main><h1>Anmeld flytning</h1><input aria-label="Felt" /></main>
    </div>`);
    const element = root.querySelector('bf-header')!;
    await element.updateComplete;
    return { root, element };
  }

  it('shows the sender: portal, authority, solution, support, the citizen and "på vegne af" (T-2.7, T-3.4)', async () => {
    const { element } = await header();
    const text = textOf(element.shadowRoot!.querySelector('header'));
    for (const part of [
      'borger.dk',
      'Aarhus Kommune',
      'Anmeld flytning',
      'Telefon: 89 40 20 00',
      'Kontakt',
      'Logget ind som Ada Lovelace',
      'Log af',
      'Du handler på vegne af Byron ApS',
    ])
      expect(text).to.contain(part);
  });

  itWithAccessibilityTree('is the page’s banner landmark and holds the authority', async () => {
    await header();
    const banners = await findAxNodes((node) => node.role === 'banner');
    expect(banners).to.have.length(1);
  });

  it('T-2.7: the first Tab reaches "Gå til sidens indhold"; Enter moves focus into main (W-2.4.1)', async () => {
    const { root } = await header();
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.focus();
    await sendKeys({ press: 'Tab' });
    expect(textOf(deepActiveElement())).to.equal('Gå til sidens indhold');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(root.querySelector('main'));
  });

  it('"Log af" fires bf-logout (the host ends the session)', async () => {
    const { element } = await header();
    const loggedOut = oneEvent(document, 'bf-logout');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="logout"]')!.click();
    expect((await loggedOut).type).to.equal('bf-logout');
  });

  it('without a user there is no "Log af"; names are text', async () => {
    const element = await fixture<BfHeader>(html`<bf-header authority="<b>Kommune</b>"></bf-header>`);
    expect(element.shadowRoot!.querySelector('[part~="logout"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('b')).to.equal(null);
    expect(textOf(element.shadowRoot!.querySelector('[part~="authority"]'))).to.equal('<b>Kommune</b>');
  });

  it('speaks English, and passes axe', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en">
      <bf-header authority="Aarhus Kommune" user="Ada" on-behalf-of="Byron ApS"></bf-header><main></main>
    </div>`);
    const element = root.querySelector('bf-header')!;
    await element.updateComplete;
    expect(textOf(element.shadowRoot!.querySelector('[part~="logout"]'))).to.equal('Sign out');
    await expect(root).to.be.accessible();
  });
});

describe('bf-footer', () => {
  it('links the accessibility statement and the privacy policy, and is the contentinfo landmark', async () => {
    const element = await fixture<BfFooter>(html`<bf-footer authority="Aarhus Kommune"
      accessibility-statement-href="https://www.was.digst.dk/aarhus" privacy-href="/privatliv"
      ><p>Rådhuspladsen 2, 8000 Aarhus C</p></bf-footer
    >`);
    const links = [...element.shadowRoot!.querySelectorAll('a')].map((a) => [
      textOf(a),
      a.getAttribute('href'),
    ]);
    expect(links).to.deep.equal([
      ['Tilgængelighedserklæring', 'https://www.was.digst.dk/aarhus'],
      ['Privatlivspolitik', '/privatliv'],
    ]);
    expect(element.shadowRoot!.querySelector('footer')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('warns the developer when the accessibility statement is missing', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await fixture<BfFooter>(html`<bf-footer authority="Aarhus Kommune"></bf-footer>`);
    } finally {
      console.warn = original;
    }
    expect(warnings.some((warning) => warning.includes('accessibility-statement-href'))).to.equal(true);
  });
});

describe('bf-intro', () => {
  async function introFlow() {
    const bfForm =
      await fixture<HTMLElement>(html`<bf-form><form @submit=${(event: Event) => event.preventDefault()}>
      <bf-wizard solution="Ansøg om parkeringstilladelse">
        <bf-intro heading="Ansøg om parkeringstilladelse" duration-minutes="15" can-save>
          <p>Du kan søge, hvis du bor i zonen.</p>
          <li slot="need">MitID</li><li slot="need">Bilens registreringsnummer</li><li slot="need">Lejekontrakt</li>
        </bf-intro>
        <bf-step heading="Om dig"><bf-text-field name="navn" label="Navn"></bf-text-field></bf-step>
        <bf-step heading="Bilen"><bf-text-field name="regnr" label="Registreringsnummer"></bf-text-field></bf-step>
        <bf-step heading="Lejemål" when="bolig=leje"><bf-text-field name="udlejer" label="Udlejer"></bf-text-field></bf-step>
        <bf-step heading="Bolig"><bf-text-field name="bolig" label="Bolig"></bf-text-field></bf-step>
        <bf-step heading="Tjek dine svar"><bf-summary></bf-summary><button>Send</button></bf-step>
      </bf-wizard>
    </form></bf-form>`);
    await settle(bfForm);
    const intro = bfForm.querySelector<BfIntro>('bf-intro')!;
    const steps = [...bfForm.querySelectorAll<BfStep>('bf-step')];
    return { bfForm, intro, steps };
  }

  it('T-2.2: tells the time, the number of steps that apply and whether one can save; no step shows yet', async () => {
    const { intro, steps } = await introFlow();
    const facts = textOf(intro.shadowRoot!.querySelector('[part~="facts"]'));
    expect(facts).to.contain('Det tager ca. 15 minutter');
    expect(facts).to.contain('Ansøgningen har 4 trin');
    expect(facts).to.contain('Du kan gemme dine svar undervejs og fortsætte senere.');
    expect(intro.hidden).to.equal(false);
    expect(steps.every((step) => step.hidden)).to.equal(true);
  });

  itWithAccessibilityTree('T-2.2: "Du skal bruge" is a list of 3 items', async () => {
    const { intro } = await introFlow();
    const needs = intro.shadowRoot!.querySelector<HTMLElement>('[part~="needs"]')!;
    const slotted = [...intro.querySelectorAll<HTMLElement>('[slot="need"]')];
    const lists = await findAxNodes((node) => node.role === 'list', [needs, ...slotted]);
    const items = await findAxNodes((node) => node.role === 'listitem', [needs, ...slotted]);
    expect(lists, 'what one needs is a list').to.have.length(1);
    expect(items, 'three list items').to.have.length(3);
    expect(slotted.map((item) => textOf(item))).to.deep.equal([
      'MitID',
      'Bilens registreringsnummer',
      'Lejekontrakt',
    ]);
  });

  it('T-2.2: "Gå i gang" by keyboard puts focus on the h1 of step 1', async () => {
    const { bfForm, intro, steps } = await introFlow();
    intro.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(bfForm);
    expect(intro.hidden).to.equal(true);
    expect(steps[0].hidden).to.equal(false);
    expect(deepActiveElement()?.localName).to.equal('h1');
    expect(textOf(deepActiveElement())).to.equal('Om dig');
  });

  it('takes its own noun, speaks English, and passes axe', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"><bf-intro heading="Apply" duration-minutes="1"
      noun="The report"><li slot="need">MitID</li></bf-intro></div>`);
    const intro = root.querySelector('bf-intro')!;
    await intro.updateComplete;
    expect(textOf(intro.shadowRoot!.querySelector('[part~="facts"]'))).to.contain('It takes about 1 minute');
    expect(textOf(intro.shadowRoot!.querySelector('[part~="start"]'))).to.equal('Start now');
    await expect(root).to.be.accessible();
  });
});
