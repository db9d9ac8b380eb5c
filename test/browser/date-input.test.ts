import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define/date-input.js';
import type { BfDateInput } from '../../src/components/date-input/date-input.js';
import { recordFormValues } from './support/form-values.js';
import { pasteInto } from './support/paste.js';
import { fieldInForm, runFormControlSuite, shownError } from '../../src/testing/index.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
  type AxNode,
} from '../../src/testing/a11y.js';

/** Types a date the way a citizen does: day, Tab, month, Tab, year. */
async function typeParts(control: BfDateInput, day: string, month: string, year: string): Promise<void> {
  const first = partInput(control, 'day');
  first.focus();
  first.select(); // as Tab into a field does: typing replaces what is there
  if (day) await sendKeys({ type: day });
  await sendKeys({ press: 'Tab' });
  if (month) await sendKeys({ type: month });
  await sendKeys({ press: 'Tab' });
  if (year) await sendKeys({ type: year });
  await control.updateComplete;
}

runFormControlSuite('bf-date-input', {
  validValue: '1985-12-05',
  summaryValue: '05-12-1985',
  requiredMessage: { da: 'Indtast testfelt', en: 'Enter testfelt' },
  role: 'group',
  invalidRole: 'textbox', // aria-invalid goes on the wrong parts (all three when empty), not on the fieldset
  unlabelled: 'no-name', // the parts keep their own labels (Dag, Måned, År), so axe has nothing to flag
  fill: (control) => typeParts(control as BfDateInput, '5', '12', '1985'),
});

function partInput(control: BfDateInput, part: 'day' | 'month' | 'year'): HTMLInputElement {
  return control.shadowRoot!.getElementById(part) as HTMLInputElement;
}

function partValues(control: BfDateInput): string[] {
  return (['day', 'month', 'year'] as const).map((part) => partInput(control, part).value);
}

function markedParts(control: BfDateInput): string[] {
  return [...control.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')].map((input) => input.id);
}

const dateField = (markup: TemplateResult, lang = 'da') =>
  fieldInForm<BfDateInput>(markup, 'bf-date-input', lang);

/** Presses Enter in the year field (implicit submission, as a citizen would). */
async function submitByEnter(control: BfDateInput): Promise<void> {
  partInput(control, 'year').focus();
  await sendKeys({ press: 'Enter' });
  await control.updateComplete;
}

const birthDate = html`<bf-date-input name="foedselsdato" label="Fødselsdato" required></bf-date-input>`;

describe('bf-date-input', () => {
  describe('real dates (REQUIREMENTS §5.5) (T-5.5)', () => {
    it('31-02-2024: "… skal være en rigtig dato", the day marked and focused after a submit', async () => {
      const { form, control } = await dateField(birthDate);
      await typeParts(control, '31', '02', '2024');
      expect(new FormData(form).get('foedselsdato'), 'no half or unreal date in FormData').to.equal('');
      expect(control.validity!.badInput).to.equal(true);
      await submitByEnter(control);
      expect(shownError(control)).to.equal('Fejl: Fødselsdato skal være en rigtig dato');
      expect(markedParts(control)).to.deep.equal(['day']);
      expect(deepActiveElement()).to.equal(partInput(control, 'day'));
    });

    for (const [day, month, year, value] of [
      ['29', '02', '2024', '2024-02-29'],
      ['29', '2', '2000', '2000-02-29'],
      ['5', '12', '1985', '1985-12-05'],
    ] as const) {
      it(`accepts ${day}-${month}-${year} and submits ${value}`, async () => {
        const { form, control } = await dateField(birthDate);
        await typeParts(control, day, month, year);
        expect(control.validity!.valid).to.equal(true);
        expect(control.value).to.equal(value);
        expect(new FormData(form).get('foedselsdato')).to.equal(value);
      });
    }

    for (const [day, month, year] of [
      ['29', '02', '2023'],
      ['29', '02', '1900'],
      ['31', '04', '2025'],
    ] as const) {
      it(`rejects ${day}-${month}-${year} on the day`, async () => {
        const { form, control } = await dateField(birthDate);
        await typeParts(control, day, month, year);
        expect(control.validity!.badInput).to.equal(true);
        expect(new FormData(form).get('foedselsdato')).to.equal('');
        await submitByEnter(control);
        expect(control.validationMessage).to.equal('Fødselsdato skal være en rigtig dato');
        expect(markedParts(control)).to.deep.equal(['day']);
      });
    }

    it('month 13: the month is marked and focused', async () => {
      const { control } = await dateField(birthDate);
      await typeParts(control, '5', '13', '1985');
      await submitByEnter(control);
      expect(control.validationMessage).to.equal('Fødselsdato skal være en rigtig dato');
      expect(markedParts(control)).to.deep.equal(['month']);
      expect(deepActiveElement()).to.equal(partInput(control, 'month'));
    });

    it('a missing year: "… skal have et år", only the year marked, and focus on the year (W-3.3.1, W-3.3.3)', async () => {
      const { control } = await dateField(html`<bf-date-input name="d" label="Fødselsdato"></bf-date-input>`);
      await typeParts(control, '5', '12', '');
      partInput(control, 'day').focus();
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      expect(shownError(control)).to.equal('Fejl: Fødselsdato skal have et år');
      expect(control.validity!.badInput).to.equal(true);
      expect(markedParts(control)).to.deep.equal(['year']);
      expect(deepActiveElement()).to.equal(partInput(control, 'year'));
    });

    it('a missing day and a missing month name their part', async () => {
      const { control } = await dateField(birthDate);
      await typeParts(control, '', '12', '1985');
      await submitByEnter(control);
      expect(control.validationMessage).to.equal('Fødselsdato skal have en dag');
      expect(markedParts(control)).to.deep.equal(['day']);
      await typeParts(control, '5', '', '');
      partInput(control, 'month').focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await control.updateComplete;
      expect(control.validationMessage).to.equal('Fødselsdato skal have en måned');
      expect(markedParts(control)).to.deep.equal(['month']);
    });

    it('a two-digit year: "Året skal have 4 cifre" on the year', async () => {
      const { control } = await dateField(birthDate);
      await typeParts(control, '5', '12', '85');
      await submitByEnter(control);
      expect(shownError(control)).to.equal('Fejl: Året skal have 4 cifre');
      expect(markedParts(control)).to.deep.equal(['year']);
      expect(deepActiveElement()).to.equal(partInput(control, 'year'));
    });

    it('an empty required date marks all three parts and focuses the day', async () => {
      const { control } = await dateField(birthDate);
      await submitByEnter(control);
      expect(control.validity!.valueMissing).to.equal(true);
      expect(shownError(control)).to.equal('Fejl: Indtast fødselsdato');
      expect(markedParts(control)).to.deep.equal(['day', 'month', 'year']);
      expect(deepActiveElement()).to.equal(partInput(control, 'day'));
    });

    it('an empty optional date is valid and submits ""', async () => {
      const { form, control } = await dateField(
        html`<bf-date-input name="d" label="Flyttedato"></bf-date-input>`,
      );
      expect(control.validity!.valid).to.equal(true);
      expect(new FormData(form).get('d')).to.equal('');
    });
  });

  describe('bounds', () => {
    const bounded = (value: string, lang = 'da') =>
      dateField(
        html`<bf-date-input name="d" label="Startdato"
      min="2025-01-01" max="2025-12-31" value=${value}></bf-date-input>`,
        lang,
      );

    it('min and max are inclusive', async () => {
      for (const value of ['2025-01-01', '2025-12-31']) {
        const { form, control } = await bounded(value);
        expect(control.validity!.valid, value).to.equal(true);
        expect(new FormData(form).get('d')).to.equal(value);
      }
    });

    it('the day before min: rangeUnderflow, "… den 01-01-2025 eller senere", the whole date marked', async () => {
      const { control } = await bounded('2024-12-31');
      expect(control.validity!.rangeUnderflow).to.equal(true);
      await submitByEnter(control);
      expect(shownError(control)).to.equal('Fejl: Startdato skal være den 01-01-2025 eller senere');
      expect(markedParts(control)).to.deep.equal(['day', 'month', 'year']);
      expect(deepActiveElement()).to.equal(partInput(control, 'day'));
    });

    it('the day after max: rangeOverflow, "… den 31-12-2025 eller tidligere"', async () => {
      const { control } = await bounded('2026-01-01');
      expect(control.validity!.rangeOverflow).to.equal(true);
      expect(control.validationMessage).to.equal('Startdato skal være den 31-12-2025 eller tidligere');
    });

    it('bound messages in English', async () => {
      const { control } = await bounded('2024-12-31', 'en');
      expect(control.validationMessage).to.equal('Startdato must be the same as or after 01-01-2025');
      const { control: late } = await bounded('2026-01-01', 'en');
      expect(late.validationMessage).to.equal('Startdato must be the same as or before 31-12-2025');
    });

    it('past: a birth date cannot be after today (an injected today)', async () => {
      const { control } = await dateField(html`<bf-date-input label="Fødselsdato" past today="2025-06-15"
        value="2025-06-15"></bf-date-input>`);
      expect(control.validity!.valid).to.equal(true);
      control.value = '2025-06-16';
      expect(control.validity!.rangeOverflow).to.equal(true);
      expect(control.validationMessage).to.equal('Fødselsdato kan ikke være i fremtiden');
    });

    it('future: a moving date cannot be before today', async () => {
      const { control } = await dateField(html`<bf-date-input label="Flyttedato" future today="2025-06-15"
        value="2025-06-14"></bf-date-input>`);
      expect(control.validity!.rangeUnderflow).to.equal(true);
      expect(control.validationMessage).to.equal('Flyttedato skal være i dag eller senere');
      control.value = '2025-06-15';
      expect(control.validity!.valid).to.equal(true);
    });

    it('without today, past compares with the local date of the device', async () => {
      const now = new Date();
      const iso = (d: Date) =>
        `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
      const { control } = await dateField(
        html`<bf-date-input label="Fødselsdato" past value=${iso(now)}></bf-date-input>`,
      );
      expect(control.validity!.valid).to.equal(true);
      control.value = iso(tomorrow);
      expect(control.validity!.rangeOverflow).to.equal(true);
    });

    it('ignores a min that is not YYYY-MM-DD instead of throwing', async () => {
      const { control } = await dateField(
        html`<bf-date-input label="Dato" min="01-01-2025" value="2020-01-01"></bf-date-input>`,
      );
      expect(control.validity!.valid).to.equal(true);
    });
  });

  describe('value, FormData, reset and restore', () => {
    it('the value attribute fills the three parts; the value property too', async () => {
      const { form, control } = await dateField(
        html`<bf-date-input name="d" label="Dato" value="1985-12-05"></bf-date-input>`,
      );
      expect(partValues(control)).to.deep.equal(['05', '12', '1985']);
      expect(new FormData(form).get('d')).to.equal('1985-12-05');
      control.value = '2000-02-29';
      expect(new FormData(form).get('d'), 'at once, before the render').to.equal('2000-02-29');
      await control.updateComplete;
      expect(partValues(control)).to.deep.equal(['29', '02', '2000']);
      control.value = '';
      await control.updateComplete;
      expect(partValues(control)).to.deep.equal(['', '', '']);
    });

    it('a value that is no real date fills the parts as written and submits ""', async () => {
      const { form, control } = await dateField(
        html`<bf-date-input name="d" label="Dato" value="2024-02-31"></bf-date-input>`,
      );
      expect(partValues(control)).to.deep.equal(['31', '02', '2024']);
      expect(control.value).to.equal('');
      expect(new FormData(form).get('d')).to.equal('');
      expect(control.validity!.badInput).to.equal(true);
    });

    it('FormData holds YYYY-MM-DD once the date is whole, and "" while it is half typed', async () => {
      const { form, control } = await dateField(html`<bf-date-input name="d" label="Dato"></bf-date-input>`);
      await typeParts(control, '5', '12', '19');
      expect(new FormData(form).get('d')).to.equal('');
      await sendKeys({ type: '85' });
      await control.updateComplete;
      expect(new FormData(form).get('d')).to.equal('1985-12-05');
      expect(control.value).to.equal('1985-12-05');
    });

    it('form.reset() restores the initial parts and hides the error', async () => {
      const { form, control } = await dateField(
        html`<bf-date-input name="d" label="Dato" value="1985-12-05"></bf-date-input>`,
      );
      await typeParts(control, '31', '02', '2024');
      await submitByEnter(control);
      expect(shownError(control)).to.not.equal('');
      form.reset();
      await control.updateComplete;
      expect(partValues(control)).to.deep.equal(['05', '12', '1985']);
      expect(shownError(control)).to.equal('');
      expect(markedParts(control)).to.deep.equal([]);
      expect(new FormData(form).get('d')).to.equal('1985-12-05');
    });

    it('saves the parts as typed as form state, and restores them (back/forward, reload)', async () => {
      const { control } = await dateField(html`<bf-date-input name="d" label="Dato"></bf-date-input>`);
      const saved = recordFormValues(control);
      await typeParts(control, '31', '02', '');
      const [value, state] = saved.at(-1)!;
      expect(value).to.equal('');
      expect(typeof state).to.equal('string');
      const { form, control: restored } = await dateField(
        html`<bf-date-input name="d" label="Dato"></bf-date-input>`,
      );
      restored.formStateRestoreCallback(state as string);
      await restored.updateComplete;
      expect(partValues(restored)).to.deep.equal(['31', '02', '']);
      restored.formStateRestoreCallback('1985-12-05'); // a plain value is taken as the value
      await restored.updateComplete;
      expect(partValues(restored)).to.deep.equal(['05', '12', '1985']);
      expect(new FormData(form).get('d')).to.equal('1985-12-05');
    });
  });

  describe('keyboard and focus (REQUIREMENTS 4.2)', () => {
    it('Tab goes day → month → year, and typing never moves focus (W-1.3.2, W-3.2.2)', async () => {
      const { form, control } = await dateField(html`<bf-date-input name="d" label="Dato"></bf-date-input>`);
      const before = document.createElement('button');
      before.textContent = 'Før';
      before.type = 'button';
      form.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(partInput(control, 'day'));
      await sendKeys({ type: '05' });
      expect(deepActiveElement(), 'two digits in the day keep focus there').to.equal(
        partInput(control, 'day'),
      );
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(partInput(control, 'month'));
      await sendKeys({ type: '12' });
      expect(deepActiveElement()).to.equal(partInput(control, 'month'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(partInput(control, 'year'));
      await sendKeys({ type: '1985' });
      expect(deepActiveElement()).to.equal(partInput(control, 'year'));
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActiveElement()).to.equal(partInput(control, 'month'));
      expect(partValues(control)).to.deep.equal(['05', '12', '1985']);
    });

    it('focus() goes to the day, or to the first wrong part while an error shows', async () => {
      const { control } = await dateField(birthDate);
      control.focus();
      expect(deepActiveElement()).to.equal(partInput(control, 'day'));
      await typeParts(control, '5', '12', '');
      control.revealErrors();
      await control.updateComplete;
      partInput(control, 'day').focus();
      control.focus();
      expect(deepActiveElement()).to.equal(partInput(control, 'year'));
    });

    it('shows no error while moving between the parts, and one change with the error when leaving the field', async () => {
      const { form, control } = await dateField(html`<bf-date-input name="d" label="Dato"></bf-date-input>
        <bf-date-input name="e" label="Næste"></bf-date-input>`);
      let changes = 0;
      control.addEventListener('change', () => changes++);
      await typeParts(control, '5', '12', '');
      expect(changes, 'no change between the parts').to.equal(0);
      expect(shownError(control)).to.equal('');
      await sendKeys({ press: 'Tab' });
      await control.updateComplete;
      expect(deepActiveElement()).to.equal(partInput(form.querySelectorAll('bf-date-input')[1], 'day'));
      expect(changes).to.equal(1);
      expect(shownError(control)).to.equal('Fejl: Dato skal have et år');
      expect(markedParts(control)).to.deep.equal(['year']);
    });

    it('a pasted date "05-12-1985" fills the three parts, and focus stays', async () => {
      const { form, control } = await dateField(html`<bf-date-input name="d" label="Dato"></bf-date-input>`);
      const day = partInput(control, 'day');
      let inputs = 0;
      control.addEventListener('input', () => inputs++);
      for (const [text, parts] of [
        ['05-12-1985', ['05', '12', '1985']],
        [' 5/12/1985 ', ['5', '12', '1985']],
        ['1985-12-05', ['05', '12', '1985']],
      ] as const) {
        await pasteInto(day, text);
        await control.updateComplete;
        expect(partValues(control), text).to.deep.equal(parts);
        expect(new FormData(form).get('d')).to.equal('1985-12-05');
        expect(deepActiveElement()).to.equal(day);
      }
      expect(inputs, 'one input event per paste').to.equal(3);
    });

    it('a paste that is not a whole date goes into the input as usual', async () => {
      const { control } = await dateField(html`<bf-date-input name="d" label="Dato"></bf-date-input>`);
      await pasteInto(partInput(control, 'month'), '12');
      await control.updateComplete;
      expect(partValues(control)).to.deep.equal(['', '12', '']);
    });
  });

  describe('markup and accessibility', () => {
    it('renders a fieldset with the label as legend, the format hint, and three labelled numeric inputs', async () => {
      const { control } = await dateField(birthDate);
      const root = control.shadowRoot!;
      const fieldset = root.querySelector('fieldset')!;
      expect(fieldset.querySelector(':scope > legend')!.textContent.trim()).to.equal('Fødselsdato');
      expect(labelAndDescription(fieldset)).to.deep.equal({
        name: 'Fødselsdato',
        description: 'For eksempel: 5 12 1985',
      });
      for (const [part, label] of [
        ['day', 'Dag'],
        ['month', 'Måned'],
        ['year', 'År'],
      ] as const) {
        const input = partInput(control, part);
        expect(labelAndDescription(input).name).to.equal(label);
        expect([input.type, input.inputMode, input.spellcheck, input.maxLength]).to.deep.equal([
          'text',
          'numeric',
          false,
          -1,
        ]);
        expect(input.getAttribute('autocomplete')).to.equal(null);
      }
      expect(idReferenceProblems(root)).to.deep.equal([]);
    });

    it('a hint of its own replaces the format hint; a read-only date has none', async () => {
      const { control } = await dateField(
        html`<bf-date-input label="Indflytningsdato" hint="Som i din lejekontrakt"></bf-date-input>`,
      );
      expect(labelAndDescription(control.shadowRoot!.querySelector('fieldset')!).description).to.equal(
        'Som i din lejekontrakt',
      );
      const { control: readonly } = await dateField(
        html`<bf-date-input label="Dato" readonly value="2030-01-01"></bf-date-input>`,
      );
      const fieldset = readonly.shadowRoot!.querySelector('fieldset')!;
      expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
      expect(readonly.shadowRoot!.querySelector('[part~="hint"]') === null, 'no hint is rendered').to.equal(
        true,
      );
      expect((['day', 'month', 'year'] as const).every((p) => partInput(readonly, p).readOnly)).to.equal(
        true,
      );
    });

    it('the error describes the fieldset after the hint', async () => {
      const { control } = await dateField(
        html`<bf-date-input label="Fødselsdato" hint="Som i dit pas" required></bf-date-input>`,
      );
      await submitByEnter(control);
      const fieldset = control.shadowRoot!.querySelector('fieldset')!;
      expect(labelAndDescription(fieldset).description).to.equal('Som i dit pas Fejl: Indtast fødselsdato');
    });

    it('purpose="bday" gives the parts bday-day, bday-month and bday-year (WCAG 1.3.5)', async () => {
      const { control } = await dateField(
        html`<bf-date-input label="Fødselsdato" purpose="bday"></bf-date-input>`,
      );
      expect(
        (['day', 'month', 'year'] as const).map((p) => partInput(control, p).getAttribute('autocomplete')),
      ).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    });

    it('renders HTML in the label as text', async () => {
      const { control } = await dateField(html`<bf-date-input label="<b>Dato</b>"></bf-date-input>`);
      const legend = control.shadowRoot!.querySelector('legend')!;
      expect(legend.querySelector('b')).to.equal(null);
      expect(legend.textContent).to.contain('<b>Dato</b>');
    });

    it('speaks English under lang="en": labels, hint and messages', async () => {
      const { control } = await dateField(
        html`<bf-date-input label="Date of birth" required></bf-date-input>`,
        'en',
      );
      const root = control.shadowRoot!;
      expect([...root.querySelectorAll('[part~="item-label"]')].map((l) => l.textContent)).to.deep.equal([
        'Day',
        'Month',
        'Year',
      ]);
      expect(root.querySelector('[part~="hint"]')!.textContent.trim()).to.equal('For example: 5 12 1985');
      await typeParts(control, '31', '02', '2024');
      await submitByEnter(control);
      expect(shownError(control)).to.equal('Error: Date of birth must be a real date');
      await typeParts(control, '5', '12', '85');
      expect(control.validationMessage).to.equal('Year must include 4 numbers');
    });

    it('the group is named by the legend and described by hint and error (both browsers, from its own root)', async () => {
      const { control } = await dateField(html`<bf-date-input label="Fødselsdato" required></bf-date-input>`);
      await typeParts(control, '5', '12', '85');
      await submitByEnter(control);
      const fieldset = control.shadowRoot!.querySelector('fieldset')!;
      expect(labelAndDescription(fieldset)).to.deep.equal({
        name: 'Fødselsdato',
        description: 'For eksempel: 5 12 1985 Fejl: Året skal have 4 cifre',
      });
      expect(fieldset.hasAttribute('aria-invalid'), 'aria-invalid only on the wrong part').to.equal(false);
    });

    itWithAccessibilityTree(
      'the accessibility tree: a group named by the legend, holding textboxes Dag, Måned, År',
      async () => {
        const { control } = await dateField(
          html`<bf-date-input label="Fødselsdato" required></bf-date-input>`,
        );
        await typeParts(control, '5', '12', '85');
        await submitByEnter(control);
        const fieldset = control.shadowRoot!.querySelector('fieldset')!;
        const [group, ...more] = await findAxNodes(
          (n) => n.role === 'group' && n.name === 'Fødselsdato',
          [fieldset],
        );
        expect(more.length, 'one group named Fødselsdato').to.equal(0);
        expect(group.description).to.equal('For eksempel: 5 12 1985 Fejl: Året skal have 4 cifre');
        const boxes: AxNode[] = [];
        const walk = (node: AxNode) => {
          if (node.role === 'textbox') boxes.push(node);
          node.children?.forEach(walk);
        };
        walk(group);
        expect(boxes.map((b) => b.name)).to.deep.equal(['Dag', 'Måned', 'År']);
        expect(
          boxes.map((b) => b.invalid === 'true'),
          'only the year is invalid',
        ).to.deep.equal([false, false, true]);
        expect(boxes.map((b) => b.value ?? '')).to.deep.equal(['5', '12', '85']);
      },
    );

    for (const [state, markup, action] of [
      [
        'a wrong day shown',
        birthDate,
        async (c: BfDateInput) => {
          await typeParts(c, '31', '02', '2024');
          await submitByEnter(c);
        },
      ],
      [
        'a missing year shown',
        birthDate,
        async (c: BfDateInput) => {
          await typeParts(c, '5', '12', '');
          await submitByEnter(c);
        },
      ],
      [
        'a bound error shown',
        html`<bf-date-input label="Startdato" min="2025-01-01" value="2024-01-01"></bf-date-input>`,
        async (c: BfDateInput) => {
          c.revealErrors();
          await c.updateComplete;
        },
      ],
      [
        'with purpose="bday" and a value',
        html`<bf-date-input label="Fødselsdato" purpose="bday" value="1985-12-05"></bf-date-input>`,
        async () => {},
      ],
    ] as const) {
      it(`passes axe: ${state}`, async () => {
        const { form, control } = await dateField(markup);
        await action(control);
        expect(shownError(control) !== '').to.equal(state.includes('shown'));
        await expect(form).to.be.accessible();
      });
    }

    it('passes axe in English', async () => {
      const { form, control } = await dateField(
        html`<bf-date-input label="Date of birth" required></bf-date-input>`,
        'en',
      );
      await submitByEnter(control);
      await expect(form).to.be.accessible();
    });
  });
});
