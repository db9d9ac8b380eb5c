import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/all.js';
import { BfExit } from '../../src/components/exit/exit.js';
import { summaryControls } from '../../src/components/form/controls.js';
import { summaryRows } from '../../src/components/form/payload.js';
import type { BfForm } from '../../src/components/form/form.js';
import type { BfStepIndicator } from '../../src/components/step-indicator/step-indicator.js';
import { BfStep } from '../../src/components/wizard/step.js';
import type { BfWizard } from '../../src/components/wizard/wizard.js';
import type { BfStepChangeEvent } from '../../src/events/step-change.js';
import {
  deepActiveElement,
  findAxNodes,
  itWithAccessibilityTree,
  type AxNode,
} from '../../src/testing/a11y.js';

// Issue 14 item 2 (REQUIREMENTS §2.3): an exit page for citizens who cannot go on, and skipped steps
// that stay in the step indicator as not applicable. Keyboard only where a citizen would act.

const originalTitle = document.title;
afterEach(() => {
  document.title = originalTitle;
});

async function licence({ history = false, allClickable = false, lang = 'da' } = {}) {
  const bfForm = await fixture<BfForm>(html`<bf-form lang=${lang}>
    <form @submit=${(event: Event) => event.preventDefault()}>
      <bf-wizard solution="Beboerlicens" ?history=${history} ?all-clickable=${allClickable}>
        <bf-step-indicator></bf-step-indicator>
        <bf-step heading="Din bolig">
          <bf-radio-group name="bolig" label="Hvordan bor du?" required
            ><bf-option value="leje">Lejebolig</bf-option><bf-option value="eje">Ejerbolig</bf-option
            ><bf-option value="erhverv">Erhvervslejemål</bf-option></bf-radio-group
          >
        </bf-step>
        <bf-exit heading="Du kan ikke søge beboerlicens" when="bolig=erhverv">
          <p>
            Beboerlicens er kun for dem, der bor i zonen. Ring til Borgerservice på
            <a href="tel:+4512345678">12 34 56 78</a>.
          </p>
        </bf-exit>
        <bf-step heading="Lejemål" when="bolig=leje">
          <bf-text-field name="udlejer" label="Udlejer" required></bf-text-field>
        </bf-step>
        <bf-step heading="Køretøj">
          <bf-text-field name="nummerplade" label="Nummerplade" required></bf-text-field>
        </bf-step>
        <bf-step heading="Tjek dine svar">
          <bf-summary></bf-summary>
          <button class="send">Send ansøgning</button>
        </bf-step>
      </bf-wizard>
    </form>
  </bf-form>`);
  await settle(bfForm);
  return {
    bfForm,
    form: bfForm.querySelector('form')!,
    wizard: bfForm.querySelector<BfWizard>('bf-wizard')!,
    steps: [...bfForm.querySelectorAll<BfStep>('bf-step')],
    exit: bfForm.querySelector<BfExit>('bf-exit')!,
    indicator: bfForm.querySelector<BfStepIndicator>('bf-step-indicator')!,
  };
}

async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((element) => 'updateComplete' in element);
    await Promise.all(elements.map((element) => (element as BfStep).updateComplete));
    await aTimeout(0);
  }
}

const textOf = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

/** What has focus: a field's name, else the element's tag and text. */
function focused(): string {
  const element = deepActiveElement();
  if (!element) return '';
  const host = (element.getRootNode() as ShadowRoot).host as Element | undefined;
  if (host?.hasAttribute('name') && /^(input|textarea)$/u.test(element.localName))
    return `field ${host.getAttribute('name')}`;
  return `${element.localName} ${textOf(element)}`.trim();
}

/** Presses Tab (Shift+Tab with `back`) until `wanted` describes the focused element; fails after 30. */
async function tabTo(wanted: string, back = false): Promise<void> {
  for (let press = 0; press < 30; press++) {
    if (focused() === wanted) return;
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
  }
  expect(focused(), `Tab never reached "${wanted}"`).to.equal(wanted);
}

async function press(root: Element, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(root);
}

/** The headings of the pages shown (steps and exits). */
const shown = (root: Element) =>
  [...root.querySelectorAll<BfStep | BfExit>('bf-step, bf-exit')]
    .filter((page) => !page.hidden)
    .map((page) => page.heading);

const value = (root: Element, name: string) =>
  root.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!;

/** The indicator's items as text (number, name, every status text), link or not, current or not. */
function items(indicator: BfStepIndicator, list = 'nav > ol') {
  return [...indicator.shadowRoot!.querySelectorAll(`${list} > li`)].map((item) => ({
    text: [...item.querySelectorAll('.number, .name, .visually-hidden, .skipped-note')]
      .map(textOf)
      .filter(Boolean)
      .join(' '),
    current: item.getAttribute('aria-current'),
    link: item.querySelector('a') !== null,
  }));
}

/** From the first step: Erhvervslejemål (the third option) by keyboard, then "Næste". */
async function chooseBusinessAndGoOn(root: Element): Promise<void> {
  await tabTo('field bolig');
  await press(root, 'ArrowDown');
  await press(root, 'ArrowDown');
  expect(value(root, 'bolig').value).to.equal('erhverv');
  await tabTo('button Næste');
  await press(root, 'Enter');
}

describe('bf-exit: an exit page in bf-wizard', () => {
  it('an answer leads to the exit page: its h1 focused, the title, bf-step-change, "Tilbage" and no "Næste" or submit', async () => {
    const { bfForm, wizard, exit } = await licence();
    expect(exit.hidden, 'hidden until it applies').to.equal(true);
    const changed = oneEvent(wizard, 'bf-step-change');
    await chooseBusinessAndGoOn(bfForm);
    const { detail } = (await changed) as BfStepChangeEvent;
    await settle(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
    expect(focused()).to.equal('h1 Du kan ikke søge beboerlicens');
    expect(document.title).to.equal('Du kan ikke søge beboerlicens – Beboerlicens');
    expect(detail).to.deep.equal({ from: 0, to: -1, heading: 'Du kan ikke søge beboerlicens', exit: true });
    expect(wizard.currentExit).to.equal(exit);
    expect(wizard.currentStep?.heading, 'the step "Tilbage" returns to').to.equal('Din bolig');
    const root = exit.shadowRoot!;
    expect(textOf(root.querySelector('[part~="back"]'))).to.equal('Tilbage');
    expect(root.querySelector('[part~="next"]')).to.equal(null);
    const visibleButtons = [...bfForm.querySelectorAll('button')].filter((button) =>
      button.checkVisibility(),
    );
    expect(visibleButtons, 'no submit button on the page').to.have.length(0);
    expect([...root.querySelectorAll('[part~="note"]')].map(textOf)).to.deep.equal([
      'Dine svar er ikke sendt.',
      'Har du svaret forkert, kan du gå tilbage og ændre dit svar.',
    ]);
  });

  it('keyboard only: "Tilbage" keeps the answer; changing it, "Næste" goes on past the exit', async () => {
    const { bfForm, exit } = await licence();
    await chooseBusinessAndGoOn(bfForm);
    expect(focused()).to.equal('h1 Du kan ikke søge beboerlicens');
    await tabTo('a 12 34 56 78'); // the host's content follows the heading
    await tabTo('button Tilbage', true);
    await press(bfForm, 'Enter');
    expect(shown(bfForm)).to.deep.equal(['Din bolig']);
    expect(focused()).to.equal('h1 Din bolig');
    expect(value(bfForm, 'bolig').value).to.equal('erhverv');
    await tabTo('field bolig');
    await press(bfForm, 'ArrowUp'); // Ejerbolig
    expect(value(bfForm, 'bolig').value).to.equal('eje');
    await tabTo('button Næste');
    await press(bfForm, ' ');
    expect(shown(bfForm)).to.deep.equal(['Køretøj']);
    expect(focused()).to.equal('h1 Køretøj');
    expect(exit.hidden).to.equal(true);
  });

  it('with history, the browser’s back leaves the exit page and forward returns to it; "Tilbage" is the browser’s back', async () => {
    const { bfForm, wizard } = await licence({ history: true });
    await chooseBusinessAndGoOn(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
    const back = oneEvent(wizard, 'bf-step-change');
    window.history.back();
    await back;
    await settle(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Din bolig']);
    expect(focused()).to.equal('h1 Din bolig');
    expect(value(bfForm, 'bolig').value).to.equal('erhverv');
    const forward = oneEvent(wizard, 'bf-step-change');
    window.history.forward();
    await forward;
    await settle(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
    expect(focused()).to.equal('h1 Du kan ikke søge beboerlicens');
    const length = window.history.length;
    const popped = oneEvent(window, 'popstate');
    await tabTo('button Tilbage', true);
    await sendKeys({ press: 'Enter' });
    await popped; // "Tilbage" went back in the history, adding no entry
    await settle(bfForm);
    expect(window.history.length).to.equal(length);
    expect(shown(bfForm)).to.deep.equal(['Din bolig']);
  });

  it('no submit while an exit applies: Enter on a later step, and the send button, show the exit instead', async () => {
    const { bfForm, wizard, steps } = await licence();
    let submits = 0;
    bfForm.addEventListener('bf-submit', () => submits++);
    value(bfForm, 'bolig').value = 'eje';
    await wizard.next();
    await settle(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Køretøj']);
    // The answer changes while a later step is shown (from script: the page cannot show the field now).
    value(bfForm, 'bolig').value = 'erhverv';
    await tabTo('field nummerplade');
    await press(bfForm, 'Enter'); // empty and required: the exit comes first, no error summary
    expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
    expect(focused()).to.equal('h1 Du kan ikke søge beboerlicens');
    expect(bfForm.errorSummary?.count ?? 0).to.equal(0);

    value(bfForm, 'bolig').value = 'eje';
    wizard.back();
    await settle(bfForm);
    await wizard.next();
    value(bfForm, 'nummerplade').value = 'AB 12 345';
    await wizard.next();
    await settle(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Tjek dine svar']);
    value(bfForm, 'bolig').value = 'erhverv';
    steps[3].querySelector<HTMLButtonElement>('button.send')!.click();
    await settle(bfForm);
    expect(submits).to.equal(0);
    expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
    expect(focused()).to.equal('h1 Du kan ikke søge beboerlicens');
    // The form's own submit, while the exit is shown, sends nothing either.
    bfForm.querySelector('form')!.requestSubmit();
    await settle(bfForm);
    expect(submits).to.equal(0);
    expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
  });

  it('a step after an exit that applies cannot be reached: not by goTo, not by the indicator, even all-clickable', async () => {
    const { bfForm, wizard, steps, indicator } = await licence({ allClickable: true });
    value(bfForm, 'bolig').value = 'erhverv';
    await wizard.next();
    await settle(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
    wizard.goTo(steps[2]); // Køretøj
    wizard.goTo(steps[3]); // Tjek dine svar
    await settle(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
    expect(items(indicator)).to.deep.equal([
      { text: '1 Din bolig Udfyldt', current: null, link: true },
      { text: '– Lejemål , Ikke relevant', current: null, link: false },
      { text: '2 Køretøj', current: null, link: false },
      { text: '3 Tjek dine svar', current: null, link: false },
    ]);
    expect(await wizard.next(), 'an exit page has no "Næste"').to.equal(false);
    expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
    // The step before stays reachable from the indicator.
    indicator.shadowRoot!.querySelector<HTMLAnchorElement>('nav > ol a')!.click();
    await settle(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Din bolig']);
  });

  it('an exit with no step before it has no "Tilbage" and says nothing about going back', async () => {
    const bfForm = await fixture<BfForm>(html`<bf-form><form>
      <bf-wizard>
        <bf-exit heading="Ansøgningsfristen er udløbet" when="frist=udloebet"><p>Søg igen næste år.</p></bf-exit>
        <bf-step heading="Om dig"><input type="hidden" name="frist" value="udloebet" /></bf-step>
      </bf-wizard>
    </form></bf-form>`);
    await settle(bfForm);
    const exit = bfForm.querySelector('bf-exit')!;
    expect(exit.place.first).to.equal(true);
    expect(exit.shadowRoot!.querySelector('[part~="back"]')).to.equal(null);
    expect([...exit.shadowRoot!.querySelectorAll('[part~="note"]')].map(textOf)).to.deep.equal([
      'Dine svar er ikke sendt.',
    ]);
  });

  it('every text can be overridden from HTML; English under lang="en"; a condition from script', async () => {
    const { bfForm, exit, wizard } = await licence({ lang: 'en' });
    exit.condition = (values) => values.bolig === 'erhverv' || String(values.bolig) === 'erhverv';
    exit.setAttribute('message-wizard-back', 'Change your answer');
    exit.setAttribute('message-exit-not-sent', '');
    exit.heading = '';
    value(bfForm, 'bolig').value = 'erhverv';
    await wizard.next();
    await settle(bfForm);
    const root = exit.shadowRoot!;
    expect(shown(bfForm)).to.deep.equal(['']);
    expect(textOf(root.querySelector('h1'))).to.equal('You cannot continue');
    expect(document.title).to.equal('You cannot continue – Beboerlicens');
    expect(textOf(root.querySelector('[part~="back"]'))).to.equal('Change your answer');
    expect([...root.querySelectorAll('[part~="note"]')].map(textOf)).to.deep.equal([
      'If you gave a wrong answer, you can go back and change it.',
    ]);
  });

  itWithAccessibilityTree(
    'the accessibility tree: the focused h1, then the reason and what to do, and "Tilbage"; no "Næste"',
    async () => {
      const { bfForm } = await licence();
      await chooseBusinessAndGoOn(bfForm);
      const nodes = await findAxNodes(
        (node) =>
          ['heading', 'link', 'button', 'StaticText'].includes(node.role) &&
          /beboerlicens|Tilbage|Næste|12 34|ikke sendt/iu.test(node.name),
      );
      const seen = nodes
        .map((node: AxNode) => `${node.role}: ${node.name.trim()}${node.focused ? ' (focused)' : ''}`)
        .filter((line) => line !== 'StaticText: 12 34 56 78'); // the link's own text
      expect(seen).to.deep.equal([
        'button: Tilbage',
        'heading: Du kan ikke søge beboerlicens (focused)',
        'StaticText: Beboerlicens er kun for dem, der bor i zonen. Ring til Borgerservice på',
        'link: 12 34 56 78',
        'StaticText: Dine svar er ikke sendt.',
        'StaticText: Har du svaret forkert, kan du gå tilbage og ændre dit svar.',
      ]);
    },
  );

  it("a fork's subclasses under their own tags are found by shape", async () => {
    class KommuneExit extends BfExit {}
    class KommuneStep extends BfStep {}
    if (!customElements.get('kommune-exit')) customElements.define('kommune-exit', KommuneExit);
    if (!customElements.get('kommune-step')) customElements.define('kommune-step', KommuneStep);
    const bfForm =
      await fixture<BfForm>(html`<bf-form><form @submit=${(event: Event) => event.preventDefault()}>
      <bf-wizard>
        <kommune-step heading="Alder">
          <bf-radio-group name="alder" label="Er du over 18 år?" required
            ><bf-option value="ja">Ja</bf-option><bf-option value="nej">Nej</bf-option></bf-radio-group
          >
        </kommune-step>
        <kommune-exit heading="Du skal være over 18 år" when="alder=nej"><p>Kontakt kommunen.</p></kommune-exit>
        <kommune-step heading="Om dig"><bf-text-field name="navn" label="Navn"></bf-text-field></kommune-step>
      </bf-wizard>
    </form></bf-form>`);
    await settle(bfForm);
    const wizard = bfForm.querySelector<BfWizard>('bf-wizard')!;
    expect(wizard.steps.map((step) => step.heading)).to.deep.equal(['Alder', 'Om dig']);
    value(bfForm, 'alder').value = 'ja';
    const rows = summaryRows(summaryControls(bfForm.querySelector('form')!));
    expect(
      rows.map((row) => row.step),
      'the summary names the fork’s steps too',
    ).to.deep.equal(['Alder', 'Om dig']);
    value(bfForm, 'alder').value = 'nej';
    await wizard.next();
    await settle(bfForm);
    expect(wizard.currentExit?.localName).to.equal('kommune-exit');
    expect(focused()).to.equal('h1 Du skal være over 18 år');
  });

  it('passes axe on the exit page, in English, and back on the step', async () => {
    const { bfForm, exit } = await licence();
    await chooseBusinessAndGoOn(bfForm);
    await expect(bfForm).to.be.accessible();
    exit.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await settle(bfForm);
    expect(shown(bfForm)).to.deep.equal(['Din bolig']);
    await expect(bfForm).to.be.accessible();
    const english = await licence({ lang: 'en' });
    value(english.bfForm, 'bolig').value = 'erhverv';
    await english.wizard.next();
    await settle(english.bfForm);
    await expect(english.bfForm).to.be.accessible();
  });
});

describe('bf-step-indicator: a skipped step stays, as not applicable', () => {
  async function onVehicle(options = {}) {
    const flow = await licence(options);
    value(flow.bfForm, 'bolig').value = 'eje';
    await flow.wizard.next();
    await settle(flow.bfForm);
    expect(shown(flow.bfForm)).to.deep.equal(['Køretøj']);
    return flow;
  }

  it('before the answer the step is not listed (it may come); once ruled out, "Ikke relevant", no number, no link', async () => {
    const { bfForm, indicator, wizard } = await licence({ allClickable: true });
    expect(items(indicator).map((item) => item.text)).to.deep.equal([
      '1 Din bolig',
      '2 Køretøj',
      '3 Tjek dine svar',
    ]);
    value(bfForm, 'bolig').value = 'eje';
    bfForm.querySelector('form')!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(bfForm);
    expect(items(indicator)).to.deep.equal([
      { text: '1 Din bolig', current: 'step', link: false },
      { text: '– Lejemål , Ikke relevant', current: null, link: false },
      { text: '2 Køretøj', current: null, link: true },
      { text: '3 Tjek dine svar', current: null, link: true },
    ]);
    expect(
      wizard.entries.map((entry) => entry.heading),
      '`entries` as before: the steps that apply',
    ).to.deep.equal(['Din bolig', 'Køretøj', 'Tjek dine svar']);
    expect(wizard.entriesWithSkipped.map((entry) => entry.status)).to.deep.equal([
      'current',
      'skipped',
      'todo',
      'todo',
    ]);
    const skipped = indicator.shadowRoot!.querySelector('nav > ol > li.skipped')!;
    expect(
      getComputedStyle(skipped.querySelector('.skipped-note')!).display,
      'shown, not only read',
    ).to.not.equal('none');
    expect(skipped.querySelector('.skipped-note')!.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('a condition function cannot tell: the step shows as not applicable once the citizen is past it', async () => {
    const { bfForm, indicator, wizard, steps } = await licence();
    steps[1].condition = (values) => values.bolig?.includes('leje') ?? false;
    value(bfForm, 'bolig').value = 'eje';
    bfForm.querySelector('form')!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(bfForm);
    expect(items(indicator).map((item) => item.text)).to.deep.equal([
      '1 Din bolig',
      '2 Køretøj',
      '3 Tjek dine svar',
    ]);
    await wizard.next();
    await settle(bfForm);
    expect(items(indicator).map((item) => item.text)).to.deep.equal([
      '1 Din bolig Udfyldt',
      '– Lejemål , Ikke relevant',
      '2 Køretøj',
      '3 Tjek dine svar',
    ]);
  });

  itWithAccessibilityTree(
    'the accessibility tree gives the skipped step its status in text, and no link',
    async () => {
      const { indicator } = await onVehicle();
      const [nav] = await findAxNodes((node) => node.role === 'navigation' && node.name === 'Trin');
      const flat = (node: AxNode): string[] => [
        `${node.role}: ${node.name}`,
        ...(node.children ?? []).flatMap(flat),
      ];
      const lines = flat(nav).filter((line) => /Lejemål|Ikke relevant/u.test(line));
      expect(
        lines.some((line) => line.startsWith('link')),
        'not a link',
      ).to.equal(false);
      expect(lines.join(' | ')).to.match(/Lejemål.*Ikke relevant/u);
      expect(
        indicator.shadowRoot!.querySelector('nav > ol > li.skipped .number')!.getAttribute('aria-hidden'),
      ).to.equal('true');
    },
  );

  it('"Trin x af y" counts the steps that apply; on an exit page no step is current, in the list or the dialog', async () => {
    await setViewport({ width: 400, height: 800 });
    try {
      const { bfForm, indicator, wizard } = await onVehicle();
      const root = indicator.shadowRoot!;
      const toggle = root.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(textOf(toggle)).to.equal('Trin 2 af 3');
      toggle.focus();
      await press(bfForm, 'Enter');
      const dialog = root.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(items(indicator, 'dialog > ol')).to.deep.equal([
        { text: '1 Din bolig Udfyldt', current: null, link: true },
        { text: '– Lejemål , Ikke relevant', current: null, link: false },
        { text: '2 Køretøj', current: 'step', link: false },
        { text: '3 Tjek dine svar', current: null, link: false },
      ]);
      await expect(bfForm).to.be.accessible();
      await press(bfForm, 'Escape');
      expect(dialog.open).to.equal(false);

      // Back, then an answer that leads to the exit: nothing is current, the button says so.
      wizard.back();
      value(bfForm, 'bolig').value = 'erhverv';
      await wizard.next();
      await settle(bfForm);
      expect(shown(bfForm)).to.deep.equal(['Du kan ikke søge beboerlicens']);
      expect(textOf(toggle)).to.equal('Se alle 3 trin');
      expect(root.querySelectorAll('[aria-current]')).to.have.length(0);
      toggle.click();
      await settle(bfForm);
      expect(items(indicator, 'dialog > ol').map((item) => item.current)).to.deep.equal([
        null,
        null,
        null,
        null,
      ]);
      await expect(bfForm).to.be.accessible();
      dialog.close();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks English: "Not applicable", "See all 3 steps"', async () => {
    const { bfForm, indicator, wizard } = await onVehicle({ lang: 'en' });
    expect(items(indicator)[1].text).to.equal('– Lejemål , Not applicable');
    wizard.back();
    value(bfForm, 'bolig').value = 'erhverv';
    await wizard.next();
    await settle(bfForm);
    expect(textOf(indicator.shadowRoot!.querySelector('[part~="toggle"]'))).to.equal('See all 3 steps');
  });

  it('passes axe with a skipped step in the wide list', async () => {
    const { bfForm } = await onVehicle();
    await expect(bfForm).to.be.accessible();
  });
});
