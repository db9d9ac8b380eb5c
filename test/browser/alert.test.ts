import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/alert.js';
import { ALERT_ANNOUNCE_DELAY, type BfAlert } from '../../src/components/alert/alert.js';
import { FakeClock } from '../../src/testing/fake-clock.js';
import {
  deepActiveElement,
  findAxNodes,
  itWithAccessibilityTree,
  type AxNode,
} from '../../src/testing/a11y.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

/**
 * The names in an accessibility subtree, in order, as one string. The snapshot keeps only
 * "interesting" nodes (headings, links, named leaves), not every run of text.
 */
function axText(node: AxNode): string {
  if (node.name) return node.name; // a named node's children repeat its name
  return (node.children ?? []).map(axText).join(' ').replace(/\s+/gu, ' ').trim();
}

/** The page has loaded (an alert inserted from now on appears "after load"). */
async function pageLoaded(): Promise<void> {
  if (document.readyState !== 'complete')
    await new Promise((r) => addEventListener('load', r, { once: true }));
  await aTimeout(0);
}

/** An alert inserted after load, with a fake clock; `reveal` lets the announcement's delay pass. */
async function alertFixture(markup: (clock: FakeClock) => TemplateResult, lang = 'da') {
  const clock = new FakeClock();
  const page = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><button id="before">Før</button>${markup(clock)}</div>`,
  );
  const alert = page.querySelector('bf-alert')!;
  await alert.updateComplete;
  const root = alert.shadowRoot!;
  const box = () => root.querySelector<HTMLElement>('[part="alert"]')!;
  const body = () => root.querySelector<HTMLElement>('[part="body"]')!;
  const reveal = async () => {
    clock.advance(ALERT_ANNOUNCE_DELAY);
    await alert.updateComplete;
  };
  return { page, alert, root, box, body, clock, reveal };
}

/** A document in an iframe with `body` as written; `script` loads the library before or after load. */
async function framedPage(body: string, script: 'in the page' | 'after load') {
  const frame = document.createElement('iframe');
  const tag = '<script type="module" src="/src/define/alert.ts"></script>';
  frame.srcdoc = `<!doctype html><html lang="da"><head>${script === 'in the page' ? tag : ''}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  if (script === 'after load') {
    const element = doc.createElement('script');
    element.type = 'module';
    element.src = '/src/define/alert.ts';
    doc.head.append(element);
  }
  await win.customElements.whenDefined('bf-alert');
  const alert = doc.querySelector('bf-alert') as BfAlert;
  await alert.updateComplete;
  await new Promise((r) => win.setTimeout(r, 0)); // past the moment the page counts as loaded
  return { frame, doc, alert, box: () => alert.shadowRoot!.querySelector('[part="alert"]')! };
}

describe('bf-alert', () => {
  before(pageLoaded);

  for (const [variant, role, word] of [
    ['info', 'status', 'Information:'],
    ['success', 'status', 'Succes:'],
    ['warning', 'status', 'Advarsel:'],
    ['error', 'alert', 'Fejl:'],
  ] as const) {
    it(`${variant}: inserted after load, it is a ${role} region, empty at first, then shows "${word}", heading and text (W-4.1.3)`, async () => {
      const { alert, box, body, reveal } = await alertFixture(
        (clock) => html`<bf-alert variant=${variant} heading="Ansøgningen er gemt" .clock=${clock}
          ><p>Du kan fortsætte senere.</p></bf-alert
        >`,
      );
      expect(alert.live).to.equal(true);
      expect(box().getAttribute('role')).to.equal(role);
      expect(box().getAttribute('aria-atomic')).to.equal('true');
      expect(
        getComputedStyle(body()).visibility,
        'content held back: the region is in place, empty',
      ).to.equal('hidden');
      await reveal();
      expect(getComputedStyle(body()).visibility).to.equal('visible');
      expect(box().getAttribute('role'), 'the same region, now with its content').to.equal(role);
      const hidden = alert.shadowRoot!.querySelector('.visually-hidden')!;
      expect(text(hidden)).to.equal(word);
      expect(text(alert.shadowRoot!.querySelector('h2'))).to.equal(`${word} Ansøgningen er gemt`);
      expect(alert.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(alert).to.be.accessible();
    });
  }

  itWithAccessibilityTree(
    'the accessibility tree: the live region is empty until the delay has passed, then holds the whole message',
    async () => {
      const { reveal } = await alertFixture(
        (clock) => html`<bf-alert variant="error" heading="Vi kunne ikke gemme" .clock=${clock}
          >Prøv igen, eller <a href="#kontakt">kontakt os</a></bf-alert
        >`,
      );
      const [before] = await findAxNodes((n) => n.role === 'alert');
      expect(before, 'the region is in the tree before its content').to.exist;
      expect(axText(before)).to.equal('');
      await reveal();
      const [after] = await findAxNodes((n) => n.role === 'alert');
      expect(axText(after)).to.equal('Fejl: Vi kunne ikke gemme kontakt os');
      const [status] = await findAxNodes((n) => n.role === 'status');
      expect(status, 'no polite region besides').to.equal(undefined);
    },
  );

  it('never takes focus by itself; focus() moves focus to the box, which is no tab stop', async () => {
    const { page, alert, box, reveal } = await alertFixture(
      (
        clock,
      ) => html`<bf-alert variant="error" .clock=${clock}>Noget gik galt. <a href="#igen">Prøv igen</a></bf-alert
        ><button id="after">Efter</button>`,
    );
    const before = page.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    await reveal();
    expect(deepActiveElement()).to.equal(before);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'the link in the message, not the box').to.equal(alert.querySelector('a'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(page.querySelector('#after'));
    alert.focus();
    expect(deepActiveElement()).to.equal(box());
  });

  it('announces again when its heading, variant or content changes, or when it is shown again', async () => {
    const { alert, body, reveal } = await alertFixture(
      (clock) => html`<bf-alert heading="Kladden er gemt" .clock=${clock}>Kl. 10.42</bf-alert>`,
    );
    const pending = () => body().classList.contains('pending');
    await reveal();
    expect(pending()).to.equal(false);
    alert.heading = 'Kladden er gemt igen';
    await alert.updateComplete;
    expect(pending(), 'heading').to.equal(true);
    await reveal();
    alert.append(' og kl. 10.45');
    await aTimeout(0);
    await alert.updateComplete;
    expect(pending(), 'content').to.equal(true);
    await reveal();
    alert.variant = 'error';
    await alert.updateComplete;
    expect(pending(), 'variant').to.equal(true);
    expect(alert.shadowRoot!.querySelector('[part="alert"]')!.getAttribute('role')).to.equal('alert');
    await reveal();
    alert.hidden = true;
    await aTimeout(0);
    expect(getComputedStyle(alert).display).to.equal('none');
    alert.hidden = false;
    await aTimeout(0);
    await alert.updateComplete;
    expect(pending(), 'shown again').to.equal(true);
    await reveal();
    expect(pending()).to.equal(false);
  });

  it('an empty alert shows nothing; filled later, it appears and is announced', async () => {
    const { alert, box, body, reveal } = await alertFixture(
      (clock) => html`<bf-alert variant="success" .clock=${clock}></bf-alert>`,
    );
    await reveal();
    expect(box().hidden).to.equal(true);
    expect(alert.getBoundingClientRect().height).to.equal(0);
    alert.textContent = 'Din ansøgning er sendt';
    await aTimeout(0);
    await alert.updateComplete;
    expect(box().hidden).to.equal(false);
    expect(box().getAttribute('role')).to.equal('status');
    expect(body().classList.contains('pending')).to.equal(true);
    await reveal();
    expect(body().classList.contains('pending')).to.equal(false);
    await expect(alert).to.be.accessible();
  });

  it('renders heading and override texts as text, never as HTML', async () => {
    const { alert, reveal } = await alertFixture(
      (clock) => html`<bf-alert variant="warning" heading="<b>Husk</b> <img src=x onerror=alert(1)>"
        message-alert-warning="<i>Bemærk:</i>" .clock=${clock}>Fristen er i morgen.</bf-alert>`,
    );
    await reveal();
    const root = alert.shadowRoot!;
    expect(root.querySelector('b, img, i')).to.equal(null);
    expect(text(root.querySelector('h2'))).to.equal(
      '<i>Bemærk:</i> <b>Husk</b> <img src=x onerror=alert(1)>',
    );
  });

  it('takes each word per instance: message-alert-* attributes and the messages property', async () => {
    const { alert, reveal } = await alertFixture(
      (clock) =>
        html`<bf-alert variant="error" message-alert-error="Problem:" .clock=${clock}>Tekst</bf-alert>`,
    );
    await reveal();
    expect(text(alert.shadowRoot!.querySelector('.visually-hidden'))).to.equal('Problem:');
    alert.messages = { alertInfo: 'Til orientering:' };
    alert.variant = 'info';
    await alert.updateComplete;
    expect(text(alert.shadowRoot!.querySelector('.visually-hidden'))).to.equal('Til orientering:');
  });

  it('speaks English under lang="en"', async () => {
    const words: string[] = [];
    for (const variant of ['info', 'success', 'warning', 'error'] as const) {
      const { alert, reveal } = await alertFixture(
        (clock) => html`<bf-alert variant=${variant} .clock=${clock}>Text</bf-alert>`,
        'en',
      );
      await reveal();
      words.push(text(alert.shadowRoot!.querySelector('.visually-hidden')));
    }
    expect(words).to.deep.equal(['Information:', 'Success:', 'Warning:', 'Error:']);
  });

  it('heading-level sets the level (2 by default); an unknown variant is info', async () => {
    const { alert, reveal } = await alertFixture(
      (clock) => html`<bf-alert variant="nonsense" heading="Om ansøgningen" heading-level="3" .clock=${clock}
        >Tekst</bf-alert
      >`,
    );
    await reveal();
    expect(alert.shadowRoot!.querySelector('h3')).to.exist;
    expect(alert.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(text(alert.shadowRoot!.querySelector('h3'))).to.equal('Information: Om ansøgningen');
    await expect(alert).to.be.accessible();
  });

  it('keeps the page’s styles on its content (links, paragraphs)', async () => {
    const style = document.createElement('style');
    style.textContent = '.page-link { text-decoration: none; color: rgb(0, 128, 0); }';
    document.head.append(style);
    try {
      const { alert, reveal } = await alertFixture(
        (clock) => html`<bf-alert .clock=${clock}><a class="page-link" href="#x">Læs mere</a></bf-alert>`,
      );
      await reveal();
      const link = alert.querySelector('a')!;
      expect(getComputedStyle(link).color).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(link).textDecorationLine).to.equal('none');
    } finally {
      style.remove();
    }
  });

  describe('on a page as it loads', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('an error alert written in the page is plain content: no live role, nothing held back, no focus taken', async () => {
      const page = await framedPage(
        '<bf-alert variant="error" heading="Vi kunne ikke gemme dine svar">Prøv igen om lidt.</bf-alert>',
        'in the page',
      );
      frame = page.frame;
      expect(page.alert.live).to.equal(false);
      expect(page.box().hasAttribute('role')).to.equal(false);
      expect(page.alert.shadowRoot!.querySelector('.pending')).to.equal(null);
      expect(text(page.alert.shadowRoot!.querySelector('h2'))).to.equal(
        'Fejl: Vi kunne ikke gemme dine svar',
      );
      expect(page.doc.activeElement).to.equal(page.doc.body);
      // A change after load is announced.
      page.alert.append(' Dine svar er ikke gået tabt.');
      await new Promise((r) => setTimeout(r, 0));
      await page.alert.updateComplete;
      expect(page.alert.live).to.equal(true);
      expect(page.box().getAttribute('role')).to.equal('alert');
    });

    it('the same when the library is loaded after the page (a late script upgrades it)', async () => {
      const page = await framedPage(
        '<bf-alert variant="success" heading="Tak for din ansøgning">Vi har sendt en kvittering.</bf-alert>',
        'after load',
      );
      frame = page.frame;
      expect(page.alert.live).to.equal(false);
      expect(page.box().hasAttribute('role')).to.equal(false);
    });
  });
});
