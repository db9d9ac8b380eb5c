import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/details.js';
import type { BfDetails } from '../../src/components/details/details.js';
import {
  canReadAccessibilityTree,
  deepActiveElement,
  findAxNodes,
  type AxNode,
} from '../../src/testing/a11y.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

async function detailsFixture(markup: TemplateResult, lang = 'da') {
  const page = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><button id="before">Før</button>${markup}<button id="after">Efter</button></div>`,
  );
  const details = page.querySelector('bf-details')!;
  await details.updateComplete;
  const root = details.shadowRoot!;
  return {
    page,
    details,
    summary: root.querySelector('summary')!,
    native: root.querySelector('details')!,
    link: details.querySelector('a'),
  };
}

const nemKonto = html`<bf-details
  ><p>NemKonto er den konto, det offentlige sender penge til. <a href="#nemkonto">Læs om NemKonto</a></p></bf-details
>`;

/** The summary as the accessibility tree has it (Chromium: a disclosure triangle with its expanded state). */
async function summaryNode(name: string): Promise<(AxNode & { expanded?: boolean }) | undefined> {
  const [node] = await findAxNodes((n) => n.role === 'DisclosureTriangle' && n.name === name);
  return node;
}

/** Whether a link of that name is in the accessibility tree (Chromium), else whether it is rendered. */
async function linkReachable(link: HTMLAnchorElement, name: string): Promise<boolean> {
  if (canReadAccessibilityTree)
    return (await findAxNodes((n) => n.role === 'link' && n.name === name)).length > 0;
  return link.checkVisibility();
}

/** The browser has handled a key: the native toggle event has been dispatched and Lit has re-rendered. */
async function settled(details: BfDetails): Promise<void> {
  await new Promise(requestAnimationFrame);
  await details.updateComplete;
}

describe('bf-details', () => {
  it('T-1.2: Tab to the summary, Enter opens it (expanded), Space closes it and the content leaves the accessibility tree', async () => {
    const { page, details, summary, native, link } = await detailsFixture(nemKonto);
    expect(details.open).to.equal(false);
    expect(await linkReachable(link!, 'Læs om NemKonto'), 'closed: the content is not there').to.equal(false);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await settled(details);
    expect(details.open).to.equal(true);
    expect(native.open).to.equal(true);
    expect(details.hasAttribute('open')).to.equal(true);
    if (canReadAccessibilityTree) expect((await summaryNode('Hvad betyder det?'))?.expanded).to.equal(true);
    expect(await linkReachable(link!, 'Læs om NemKonto')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'the link in the explanation is next').to.equal(link);
    summary.focus();
    await sendKeys({ press: ' ' });
    await settled(details);
    expect(details.open).to.equal(false);
    if (canReadAccessibilityTree) {
      const closed = await summaryNode('Hvad betyder det?');
      expect(closed, 'the summary is still there').to.exist;
      expect(closed!.expanded ?? false).to.equal(false);
    }
    expect(await linkReachable(link!, 'Læs om NemKonto')).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'closed: Tab skips the content').to.equal(page.querySelector('#after'));
  });

  it('is built on the native details/summary, the summary "Hvad betyder det?" by default, the chevron hidden', async () => {
    const { details, summary, native } = await detailsFixture(nemKonto);
    expect(native).to.be.instanceOf(HTMLDetailsElement);
    expect(summary.parentElement).to.equal(native);
    expect(text(summary)).to.equal('Hvad betyder det?');
    expect(summary.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    details.focus();
    expect(deepActiveElement()).to.equal(summary);
    await expect(details).to.be.accessible();
    details.open = true;
    await details.updateComplete;
    await expect(details).to.be.accessible();
  });

  it('opens and closes by a click, and fires toggle on the element', async () => {
    const { details, summary } = await detailsFixture(nemKonto);
    const opened = oneEvent(details, 'toggle');
    summary.click();
    await opened;
    await details.updateComplete;
    expect(details.open).to.equal(true);
    const closed = oneEvent(details, 'toggle');
    summary.click();
    await closed;
    await details.updateComplete;
    expect(details.open).to.equal(false);
  });

  it('opens from the open attribute and property', async () => {
    const { details, native } = await detailsFixture(html`<bf-details open>Forklaring</bf-details>`);
    expect(native.open).to.equal(true);
    details.open = false;
    await details.updateComplete;
    expect(native.open).to.equal(false);
  });

  it('renders the summary attribute as text, never as HTML', async () => {
    const { summary } = await detailsFixture(
      html`<bf-details summary="Hvad er en <b>husstand</b>? <img src=x onerror=alert(1)>">Forklaring</bf-details>`,
    );
    expect(summary.querySelector('b, img')).to.equal(null);
    expect(text(summary)).to.equal('Hvad er en <b>husstand</b>? <img src=x onerror=alert(1)>');
  });

  it('takes the summary per instance from message-details-summary', async () => {
    const { summary } = await detailsFixture(
      html`<bf-details message-details-summary="Hvad er NemKonto?">Forklaring</bf-details>`,
    );
    expect(text(summary)).to.equal('Hvad er NemKonto?');
  });

  it('speaks English under lang="en"', async () => {
    const { summary } = await detailsFixture(html`<bf-details>Explanation</bf-details>`, 'en');
    expect(text(summary)).to.equal('What does it mean?');
  });

  it('marks the Danish default with lang="da" inside a page in a language without a catalogue (W-3.1.2)', async () => {
    const { summary } = await detailsFixture(html`<bf-details>Erklärung</bf-details>`, 'de');
    expect(text(summary)).to.equal('Hvad betyder det?');
    expect(summary.querySelector('[lang]')!.getAttribute('lang')).to.equal('da');
  });

  it('has a summary target at least 44 px high', async () => {
    const { summary } = await detailsFixture(nemKonto);
    expect(summary.getBoundingClientRect().height).to.be.at.least(44);
  });
});
