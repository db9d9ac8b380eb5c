import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/textarea.js';
import type { BfTextarea } from '../../src/components/textarea/textarea.js';
import { FakeClock } from '../../src/testing/fake-clock.js';
import { codePointLength } from '../../src/validation/text.js';
import { fieldInForm, runFormControlSuite, shownError } from '../../src/testing/index.js';
import {
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
} from '../../src/testing/a11y.js';

runFormControlSuite('bf-textarea', {
  validValue: 'Vi har brug for en rampe ved hoveddøren',
  requiredMessage: { da: 'Indtast testfelt', en: 'Enter testfelt' },
  role: 'textbox',
});

/** The text area in a form; its native control as `textarea`. */
async function field(markup: TemplateResult, lang = 'da') {
  const setup = await fieldInForm<BfTextarea, HTMLTextAreaElement>(markup, 'bf-textarea', lang, 'textarea');
  return { form: setup.form, control: setup.control, textarea: setup.input };
}

const part = (control: BfTextarea, name: string) => control.shadowRoot!.querySelector(`[part~="${name}"]`);
const counterText = (control: BfTextarea) => part(control, 'counter')?.textContent?.trim() ?? '';
const liveRegion = (control: BfTextarea) =>
  control.shadowRoot!.querySelector('[role="status"], [aria-live]')!;

/** Inserts text at the caret as the browser's paste does (a synthetic paste event inserts nothing). */
function paste(textarea: HTMLTextAreaElement, text: string): void {
  textarea.focus();
  const transfer = new DataTransfer();
  transfer.setData('text/plain', text);
  textarea.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
  );
  document.execCommand('insertText', false, text);
}

describe('bf-textarea', () => {
  describe('character count (DKFDS karakterbegrænsning)', () => {
    it('says how many characters the citizen can enter before typing, with the number formatted', async () => {
      const { control } = await field(html`<bf-textarea label="Beskrivelse" maxlength="1000"></bf-textarea>`);
      expect(counterText(control)).to.equal('Du kan indtaste op til 1.000 tegn');
      expect(part(control, 'counter')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('counts down while the citizen types, and turns into an error past the limit', async () => {
      const { control, textarea } = await field(
        html`<bf-textarea label="Beskrivelse" maxlength="5"></bf-textarea>`,
      );
      textarea.focus();
      await sendKeys({ type: 'Hej' });
      await control.updateComplete;
      expect(counterText(control)).to.equal('Du har 2 tegn tilbage');
      expect(part(control, 'counter')!.classList.contains('over')).to.equal(false);
      await sendKeys({ type: ' Åse!!' });
      await control.updateComplete;
      expect(counterText(control)).to.equal('Du har 4 tegn for meget');
      const counter = part(control, 'counter')!;
      expect(counter.classList.contains('over')).to.equal(true);
      expect(getComputedStyle(counter).color).to.not.equal(
        getComputedStyle(control.shadowRoot!.querySelector('[part~="label"]')!).color,
      );
      expect(control.validity!.tooLong).to.equal(true);
      expect(textarea.value).to.equal('Hej Åse!!');
    });

    it('uses the same word "tegn" for one and many in Danish', async () => {
      const { control: one } = await field(html`<bf-textarea label="Kort svar" maxlength="1"></bf-textarea>`);
      expect(counterText(one)).to.equal('Du kan indtaste op til 1 tegn');
      one.value = 'ab';
      await one.updateComplete;
      expect(counterText(one)).to.equal('Du har 1 tegn for meget');
      const { control: two } = await field(
        html`<bf-textarea label="Kort svar" maxlength="3" value="a"></bf-textarea>`,
      );
      expect(counterText(two)).to.equal('Du har 2 tegn tilbage');
      two.value = 'abc';
      await two.updateComplete;
      expect(counterText(two)).to.equal('Du har 0 tegn tilbage');
    });

    it('speaks English with singular and plural forms under lang="en"', async () => {
      const { control } = await field(
        html`<bf-textarea label="Description" maxlength="1"></bf-textarea>`,
        'en',
      );
      expect(counterText(control)).to.equal('You can enter up to 1 character');
      control.maxlength = 2000;
      await control.updateComplete;
      expect(counterText(control)).to.equal('You can enter up to 2,000 characters');
      control.maxlength = 3;
      control.value = 'ab';
      await control.updateComplete;
      expect(counterText(control)).to.equal('You have 1 character remaining');
      control.value = 'a';
      await control.updateComplete;
      expect(counterText(control)).to.equal('You have 2 characters remaining');
      control.value = 'abcd';
      await control.updateComplete;
      expect(counterText(control)).to.equal('You have 1 character too many');
      control.value = 'abcdef';
      await control.updateComplete;
      expect(counterText(control)).to.equal('You have 3 characters too many');
    });

    it('keeps a 10,000-character paste, says how much too long it is and blocks the submit (T-2.5)', async () => {
      const { form, control, textarea } = await field(
        html`<bf-textarea name="beskrivelse" label="Beskrivelse" maxlength="500"></bf-textarea>`,
      );
      const pasted = `${'Æblegrød 😀 '.repeat(909)}!`;
      expect(codePointLength(pasted)).to.equal(10_000);
      paste(textarea, pasted);
      await control.updateComplete;
      expect(textarea.hasAttribute('maxlength'), 'the native textarea has no maxlength').to.equal(false);
      expect(control.value).to.equal(pasted);
      expect(new FormData(form).get('beskrivelse')).to.equal(pasted);
      expect(counterText(control)).to.equal('Du har 9.500 tegn for meget');
      expect(control.validity!.tooLong).to.equal(true);
      let submitted = false;
      form.addEventListener('submit', (event) => {
        submitted = true;
        event.preventDefault();
      });
      form.requestSubmit();
      await control.updateComplete;
      expect(submitted).to.equal(false);
      expect(control.validationMessage).to.equal('Beskrivelse må højst være 500 tegn');
      expect(shownError(control)).to.equal('Fejl: Beskrivelse må højst være 500 tegn');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    });

    it('counts an emoji as one character', async () => {
      const { control } = await field(
        html`<bf-textarea label="Besked" maxlength="3" value="a😀b"></bf-textarea>`,
      );
      expect(counterText(control)).to.equal('Du har 0 tegn tilbage');
      expect(control.validity!.valid).to.equal(true);
      control.value = 'a😀bc';
      await control.updateComplete;
      expect(counterText(control)).to.equal('Du har 1 tegn for meget');
      expect(control.validity!.tooLong).to.equal(true);
    });

    it('puts the limit in the description: hint, then "Du kan indtaste op til …", then the error', async () => {
      const { form, control, textarea } = await field(
        html`<bf-textarea label="Beskrivelse" hint="Fortæl kort, hvad du søger om" maxlength="500" required></bf-textarea>`,
      );
      expect(labelAndDescription(textarea)).to.deep.equal({
        name: 'Beskrivelse',
        description: 'Fortæl kort, hvad du søger om Du kan indtaste op til 500 tegn',
      });
      form.requestSubmit();
      await control.updateComplete;
      expect(labelAndDescription(textarea).description).to.equal(
        'Fortæl kort, hvad du søger om Du kan indtaste op til 500 tegn Fejl: Indtast beskrivelse',
      );
      expect(idReferenceProblems(control.shadowRoot!)).to.deep.equal([]);
    });

    it('without a hint, describes the field by the limit, then the error', async () => {
      const { form, control, textarea } = await field(
        html`<bf-textarea label="Beskrivelse" maxlength="500" required></bf-textarea>`,
      );
      expect(textarea.getAttribute('aria-describedby')).to.equal('counter-info');
      form.requestSubmit();
      await control.updateComplete;
      expect(textarea.getAttribute('aria-describedby')).to.equal('counter-info error');
      expect(labelAndDescription(textarea).description).to.equal(
        'Du kan indtaste op til 500 tegn Fejl: Indtast beskrivelse',
      );
    });

    itWithAccessibilityTree(
      'is read as a textbox named by the label and described by hint and limit',
      async () => {
        const { control } = await field(
          html`<bf-textarea label="Beskrivelse" hint="Fortæl kort, hvad du søger om" maxlength="500" value="Hej" required></bf-textarea>`,
        );
        expect(counterText(control)).to.equal('Du har 497 tegn tilbage');
        const nodes = await findAxNodes((n) => n.role === 'textbox' && n.name === 'Beskrivelse');
        expect(nodes.length).to.equal(1);
        expect(nodes[0].description).to.equal(
          'Fortæl kort, hvad du søger om Du kan indtaste op til 500 tegn',
        );
        // The visible count is hidden from screen readers; the status region holds the count of a
        // text the page arrived with (issue 23: state at load equals state after typing).
        expect(control.shadowRoot!.querySelector('[part~="counter"]')!.getAttribute('aria-hidden')).to.equal(
          'true',
        );
        const counterNodes = await findAxNodes((n) => n.name.includes('497'));
        expect(
          counterNodes.map((n) => n.name),
          'only the status region tells the count',
        ).to.deep.equal(['Du har 497 tegn tilbage']);
      },
    );

    it('shows no count without maxlength, and none in a read-only or disabled field', async () => {
      const { control: plain, textarea } = await field(
        html`<bf-textarea label="Bemærkninger" hint="Hjælp"></bf-textarea>`,
      );
      expect(part(plain, 'counter')).to.equal(null);
      expect(textarea.getAttribute('aria-describedby')).to.equal('hint');
      const { control: readonly } = await field(
        html`<bf-textarea label="Bemærkninger" maxlength="10" readonly value="Tekst"></bf-textarea>`,
      );
      expect(part(readonly, 'counter')).to.equal(null);
      const { control: disabled } = await field(
        html`<bf-textarea label="Bemærkninger" maxlength="10" disabled></bf-textarea>`,
      );
      expect(part(disabled, 'counter')).to.equal(null);
    });
  });

  describe('status announcement, debounced (T-4.4) (W-4.1.3)', () => {
    it('updates the live region once, 1 s after the last of 5 keys typed 100 ms apart', async () => {
      const { control, textarea } = await field(
        html`<bf-textarea label="Beskrivelse" maxlength="500"></bf-textarea>`,
      );
      const clock = new FakeClock();
      control.clock = clock;
      const region = liveRegion(control);
      expect(
        region.getAttribute('role') === 'status' || region.getAttribute('aria-live') === 'polite',
      ).to.equal(true);
      expect(region.textContent.trim()).to.equal('');
      let updates = 0;
      const observer = new MutationObserver((records) => {
        updates += records.length;
      });
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      const countUpdates = async () => {
        await control.updateComplete;
        updates += observer.takeRecords().length;
        return updates;
      };

      textarea.focus();
      for (const key of 'abcde') {
        await sendKeys({ type: key });
        await control.updateComplete;
        clock.advance(100);
      }
      expect(counterText(control), 'the visible count follows at once').to.equal('Du har 495 tegn tilbage');
      expect(await countUpdates(), 'nothing announced while typing').to.equal(0);
      clock.advance(899); // 999 ms after the last key
      expect(await countUpdates(), 'nothing announced before the pause is 1 s').to.equal(0);
      clock.advance(1);
      expect(await countUpdates(), 'exactly one announcement').to.equal(1);
      expect(region.textContent.trim()).to.equal('Du har 495 tegn tilbage');
      clock.advance(5000);
      expect(await countUpdates(), 'no more announcements without typing').to.equal(1);
      observer.disconnect();
    });

    it('announces the English text under lang="en"', async () => {
      const { control, textarea } = await field(
        html`<bf-textarea label="Description" maxlength="2"></bf-textarea>`,
        'en',
      );
      const clock = new FakeClock();
      control.clock = clock;
      textarea.focus();
      await sendKeys({ type: 'abc' });
      await control.updateComplete;
      clock.advance(1000);
      await control.updateComplete;
      expect(liveRegion(control).textContent.trim()).to.equal('You have 1 character too many');
    });

    it('drops a pending announcement on form.reset()', async () => {
      const { form, control, textarea } = await field(
        html`<bf-textarea label="Beskrivelse" maxlength="50"></bf-textarea>`,
      );
      const clock = new FakeClock();
      control.clock = clock;
      textarea.focus();
      await sendKeys({ type: 'Hej' });
      form.reset();
      clock.advance(1000);
      await control.updateComplete;
      expect(liveRegion(control).textContent.trim()).to.equal('');
      expect(counterText(control)).to.equal('Du kan indtaste op til 50 tegn');
    });
  });

  describe('multi-line text', () => {
    it('inserts a new line on Enter and never submits, and FormData keeps the line breaks', async () => {
      const { form, control, textarea } = await field(
        html`<bf-textarea name="besked" label="Besked"></bf-textarea>`,
      );
      let submits = 0;
      form.addEventListener('submit', (event) => {
        submits++;
        event.preventDefault();
      });
      textarea.focus();
      await sendKeys({ type: 'Linje 1' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Linje 2' });
      await control.updateComplete;
      expect(submits).to.equal(0);
      expect(control.value).to.equal('Linje 1\nLinje 2');
      expect(new FormData(form).get('besked')).to.equal('Linje 1\nLinje 2');
    });

    it('has 5 rows by default, takes rows, and resizes only vertically', async () => {
      const { textarea } = await field(html`<bf-textarea label="Besked"></bf-textarea>`);
      expect(textarea.rows).to.equal(5);
      expect(getComputedStyle(textarea).resize).to.equal('vertical');
      const { textarea: ten } = await field(html`<bf-textarea label="Besked" rows="10"></bf-textarea>`);
      expect(ten.rows).to.equal(10);
      expect(ten.getBoundingClientRect().height).to.be.greaterThan(textarea.getBoundingClientRect().height);
    });

    it('passes autocomplete and spellcheck to the native textarea', async () => {
      const { control, textarea } = await field(
        html`<bf-textarea label="Adresse" autocomplete="street-address" spellcheck="false"></bf-textarea>`,
      );
      expect(textarea.getAttribute('autocomplete')).to.equal('street-address');
      expect(textarea.spellcheck).to.equal(false);
      control.setAttribute('spellcheck', 'true');
      await control.updateComplete;
      expect(textarea.spellcheck).to.equal(true);
      const { textarea: plain } = await field(html`<bf-textarea label="Besked"></bf-textarea>`);
      expect(plain.hasAttribute('spellcheck')).to.equal(false);
    });

    it('checks minlength in characters', async () => {
      const { form, control } = await field(
        html`<bf-textarea label="Begrundelse" minlength="20" value="For kort"></bf-textarea>`,
      );
      expect(control.validity!.tooShort).to.equal(true);
      form.requestSubmit();
      await control.updateComplete;
      expect(control.validationMessage).to.equal('Begrundelse skal være mindst 20 tegn');
    });
  });

  describe('passes axe in every state', () => {
    const states: [string, TemplateResult, boolean][] = [
      [
        'with a count before typing',
        html`<bf-textarea label="Beskrivelse" hint="Fortæl kort" maxlength="500"></bf-textarea>`,
        false,
      ],
      [
        'with a count, over the limit',
        html`<bf-textarea label="Beskrivelse" maxlength="5" value="For lang tekst"></bf-textarea>`,
        false,
      ],
      [
        'over the limit after submit',
        html`<bf-textarea label="Beskrivelse" maxlength="5" value="For lang tekst"></bf-textarea>`,
        true,
      ],
      [
        'required after submit, with a count',
        html`<bf-textarea label="Beskrivelse" maxlength="500" required></bf-textarea>`,
        true,
      ],
      [
        'server error with a count',
        html`<bf-textarea label="Beskrivelse" maxlength="500" value="Tekst" error="Teksten blev afvist"></bf-textarea>`,
        false,
      ],
      [
        'disabled with maxlength',
        html`<bf-textarea label="Beskrivelse" maxlength="500" disabled></bf-textarea>`,
        false,
      ],
      [
        'read-only with maxlength',
        html`<bf-textarea label="Beskrivelse" maxlength="500" readonly value="Tekst"></bf-textarea>`,
        false,
      ],
      ['English', html`<bf-textarea label="Description" maxlength="500" required></bf-textarea>`, true],
    ];
    for (const [name, markup, submit] of states) {
      it(name, async () => {
        const { form, control } = await field(markup, name === 'English' ? 'en' : 'da');
        if (submit) {
          form.requestSubmit();
          await control.updateComplete;
          expect(shownError(control)).to.not.equal('');
        }
        await expect(form).to.be.accessible();
      });
    }
  });
});
