/// <reference types="mocha" />
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import type { BfFormControl } from '../base/form-control.js';
import {
  deepActiveElement,
  findAxNodes,
  idReferenceProblems,
  itWithAccessibilityTree,
  labelAndDescription,
} from './a11y.js';

/** What the conformance suite needs to know about a control. */
export interface FormControlSuiteOptions {
  /** A value the control accepts, as its `value` attribute / property. */
  validValue: string;
  /** What `FormData` holds for `validValue` (default: `validValue`). */
  formValue?: string;
  /** Children of the element (e.g. `<bf-option>`s of a group). */
  content?: TemplateResult;
  /**
   * Children of an element that starts with `validValue` (e.g. the same `<bf-option>`s, one with
   * `checked`), for a control whose initial value comes from its children. When given, the suite
   * uses them instead of the `value` attribute wherever it needs a control with a value.
   */
  valueContent?: TemplateResult;
  /**
   * The attributes that give a control `validValue` from the start (default `{ value: validValue }`),
   * e.g. `{ value: 'ja', checked: '' }` for a single checkbox.
   */
  valueAttributes?: Record<string, string>;
  /** Empties the control from script, as a host would (default: `control.value = ''`). */
  clear?: (control: BfFormControl) => void | Promise<void>;
  /**
   * The role of the accessibility-tree nodes that carry the invalid state (default: `role`). A
   * checkbox group marks each checkbox (`'checkbox'`), not its `group`.
   */
  invalidRole?: string;
  /**
   * How a control without a label fails (default `'axe'`: axe reports a violation). `'no-name'`: axe
   * has no rule for an unnamed group (a fieldset without legend, a radiogroup), so the suite checks
   * that the group has no accessible name and that the element warns in the console instead.
   * `'default'`: the element has a label of its own from the catalogue (`bf-declaration`'s
   * "Erklæring"), so the suite checks that it is named by that, passes axe and does not warn.
   */
  unlabelled?: 'axe' | 'no-name' | 'default';
  /**
   * Whether a control without `required` is marked "(frivilligt)" (default `true`). `false`: the
   * element is required by default and never marked (`bf-declaration`); its name is the label alone.
   */
  optionalMarker?: boolean;
  /** Extra attributes for every fixture. */
  attributes?: Record<string, string>;
  /** Gives the (focused-by-the-suite) control a valid value the way a citizen would, by keyboard. */
  fill?: (control: BfFormControl) => Promise<void>;
  /**
   * How `validValue` reads in a summary (`summaryAnswer.displayValue`; default: `validValue`), e.g. an
   * option's text for a choice, `05-12-1985` for a date.
   */
  summaryValue?: string;
  /** How the empty control reads in a summary (default "Ikke udfyldt" / "Not answered"). */
  emptySummary?: { da: string; en: string };
  /** The message of an empty required control labelled "Testfelt": Danish and English. */
  requiredMessage: { da: string; en: string };
  /** The control's role in the accessibility tree (`textbox`, `radiogroup`, `group`, `combobox`). */
  role: string;
}

const LABEL = 'Testfelt';
const NAME = 'testfelt';

/**
 * The element a control describes itself with: a group's `<fieldset>` (named by its legend), else
 * the native control (`#control`), else the first element carrying `aria-describedby`.
 */
function describedNode(control: BfFormControl): HTMLElement {
  const root = control.shadowRoot!;
  return (root.querySelector('fieldset') ??
    root.querySelector('#control') ??
    root.querySelector('[aria-describedby]')) as HTMLElement;
}

/** A group's `<fieldset>`, which the accessibility snapshot must be told to keep (see `findAxNodes`). */
function groupNodes(control: BfFormControl): HTMLElement[] {
  return [...control.shadowRoot!.querySelectorAll('fieldset')];
}

function shownError(control: BfFormControl): string {
  const error = control.shadowRoot!.querySelector('[part~="error"]');
  return (error?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

function hasInvalidMarker(control: BfFormControl): boolean {
  return control.shadowRoot!.querySelector('[aria-invalid="true"]') !== null;
}

/**
 * The conformance suite every value-bearing element passes, and a fork's subclass too:
 * `runFormControlSuite('kommune-text-field', { validValue: 'Ada', requiredMessage: …, role: 'textbox' })`.
 * It checks native form participation, the interaction policy, the error markup, accessible name
 * and description, texts as text, per-instance and per-language messages, and axe in every state.
 *
 * Groups (a `<fieldset>` with a legend and several native inputs) pass it too: the fieldset is then
 * the element named by the legend and described by hint and error. For a group whose value comes
 * from its children, give `content` and `valueContent`; for a group that marks its inputs rather than
 * itself invalid, `invalidRole`:
 *
 * ```ts
 * runFormControlSuite('bf-checkbox-group', {
 *   validValue: 'a',
 *   content: html`<bf-option value="a">A</bf-option><bf-option value="b">B</bf-option>`,
 *   valueContent: html`<bf-option value="a" checked>A</bf-option><bf-option value="b">B</bf-option>`,
 *   fill: async (control) => { control.focus(); await sendKeys({ press: ' ' }); },
 *   requiredMessage: { da: '…', en: '…' }, role: 'group', invalidRole: 'checkbox', unlabelled: 'no-name',
 * });
 * ```
 */
export function runFormControlSuite(tag: string, options: FormControlSuiteOptions): void {
  const formValue = options.formValue ?? options.validValue;
  const fill =
    options.fill ??
    (async (control: BfFormControl) => {
      control.focus();
      await sendKeys({ type: options.validValue });
    });
  const clear =
    options.clear ??
    ((control: BfFormControl) => {
      control.value = '';
    });
  const invalidRole = options.invalidRole ?? options.role;

  /**
   * A detached control with the suite's name and label. `withValue`: it starts with `validValue`,
   * from the `value` attribute or from `valueContent`.
   */
  function create(attributes: Record<string, string | boolean> = {}, withValue = false): BfFormControl {
    const element = document.createElement(tag) as BfFormControl;
    const valueAttribute: Record<string, string> =
      withValue && !options.valueContent ? (options.valueAttributes ?? { value: options.validValue }) : {};
    const all: Record<string, string | boolean> = {
      name: NAME,
      label: LABEL,
      ...options.attributes,
      ...valueAttribute,
      ...attributes,
    };
    for (const [attribute, value] of Object.entries(all)) {
      if (value === true) element.setAttribute(attribute, '');
      else if (value !== false) element.setAttribute(attribute, value);
    }
    const content = withValue && options.valueContent ? options.valueContent : options.content;
    if (content) render(content, element);
    return element;
  }

  async function inForm(attributes: Record<string, string | boolean> = {}, lang = 'da', withValue = false) {
    const control = create(attributes, withValue);
    const form = await fixture<HTMLFormElement>(
      html`<form lang=${lang}>${control}<button>Send</button></form>`,
    );
    await control.updateComplete;
    return { form, control };
  }

  /** The citizen leaves the field: focus goes from the control to the page. */
  async function leave(control: BfFormControl) {
    const active = deepActiveElement();
    if (active instanceof HTMLElement && control.shadowRoot?.contains(active)) active.blur();
    await control.updateComplete;
  }

  async function submit(form: HTMLFormElement, control: BfFormControl) {
    form.requestSubmit();
    await control.updateComplete;
  }

  describe(`<${tag}> form control conformance`, () => {
    it('is form-associated and delegates focus to its native control (W-4.1.2)', async () => {
      const { form, control } = await inForm();
      expect((customElements.get(tag) as unknown as { formAssociated: boolean }).formAssociated).to.equal(
        true,
      );
      expect(control.form).to.equal(form);
      control.focus();
      const active = deepActiveElement();
      expect(active).to.not.equal(null);
      expect(control.shadowRoot!.contains(active)).to.equal(true);
    });

    it('returns to its defaults when an attribute is removed or a property is set to null', async () => {
      const { control } = await inForm({ hint: 'Hjælp', error: 'Serverens fejl', required: true });
      for (const name of ['hint', 'error', 'required', 'label']) control.removeAttribute(name);
      expect([control.hint, control.error, control.required, control.label]).to.deep.equal([
        '',
        '',
        false,
        '',
      ]);
      (control as unknown as { name: string | null }).name = null;
      expect(control.name).to.equal('');
      await control.updateComplete;
      expect(shownError(control)).to.equal('');
      expect(control.validity?.valid).to.equal(true);
    });

    it('submits its value under its name with new FormData(form)', async () => {
      const { form } = await inForm({}, 'da', true);
      expect(new FormData(form).get(NAME)).to.equal(formValue);
    });

    it('gives its answer for a summary: name, label and the value as the citizen reads it, "Ikke udfyldt" when empty (T-2.4)', async () => {
      const { control } = await inForm({}, 'da', true);
      const answer = control.summaryAnswer;
      expect(answer).to.deep.equal({
        name: NAME,
        label: LABEL,
        displayValue: options.summaryValue ?? options.validValue,
      });
      expect(JSON.parse(JSON.stringify(answer)), 'JSON-safe, for the bf-submit payload').to.deep.equal(
        answer,
      );
      const empty = { da: 'Ikke udfyldt', en: 'Not answered', ...options.emptySummary };
      const { control: blank } = await inForm();
      expect(blank.summaryAnswer.displayValue).to.equal(empty.da);
      const { control: english } = await inForm({}, 'en');
      expect(english.summaryAnswer.displayValue).to.equal(empty.en);
    });

    it('gives a draft its state and takes it back; a control marked sensitive keeps nothing in a browser draft (T-3.6)', async () => {
      const { control } = await inForm({}, 'da', true);
      const state = control.draftState() ?? control.draftState(false); // a CPR number: only a server draft
      expect(state, 'a draft keeps something of a control with a value').to.not.equal(null);
      const copy = structuredClone(state!); // as IndexedDB keeps it
      const { form: other, control: blank } = await inForm();
      blank.restoreDraftState(copy);
      await blank.updateComplete;
      expect(new FormData(other).get(NAME)).to.equal(formValue);
      const { control: marked } = await inForm({ sensitive: true }, 'da', true);
      expect(marked.draftState(), 'sensitive: never in the browser').to.equal(null);
      expect(marked.draftState(false), 'the host’s own server may keep it').to.not.equal(null);
    });

    it('takes a value entered by keyboard (W-2.1.1)', async () => {
      const { form, control } = await inForm();
      await fill(control);
      await control.updateComplete;
      expect(new FormData(form).get(NAME)).to.equal(formValue);
      expect(form.checkValidity()).to.equal(true);
    });

    it('returns to its initial value and hides its error on form.reset()', async () => {
      const { form, control } = await inForm({ required: true }, 'da', true);
      await clear(control);
      await submit(form, control);
      expect(shownError(control)).to.not.equal('');
      form.reset();
      await control.updateComplete;
      expect(new FormData(form).get(NAME)).to.equal(formValue);
      expect(shownError(control)).to.equal('');
      expect(hasInvalidMarker(control)).to.equal(false);
    });

    it('is disabled, skipped by validation and left out of FormData inside <fieldset disabled>', async () => {
      const control = create({ required: true }, true);
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled>${control}</fieldset></form>`,
      );
      await control.updateComplete;
      expect(new FormData(form).has(NAME)).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      const natives = [...control.shadowRoot!.querySelectorAll('input, select, textarea, button')];
      expect(natives.length).to.be.greaterThan(0);
      expect(natives.every((n) => (n as HTMLInputElement).disabled)).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await control.updateComplete;
      expect(new FormData(form).get(NAME)).to.equal(formValue);
    });

    it('is usable again once `disabled` is set and cleared from script (a skipped wizard step)', async () => {
      const { form, control } = await inForm({}, 'da', true);
      const natives = () => [
        ...control.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select, textarea'),
      ];
      control.disabled = true;
      await control.updateComplete;
      expect(natives().every((native) => native.disabled)).to.equal(true);
      control.disabled = false;
      await control.updateComplete;
      await aTimeout(0);
      await control.updateComplete;
      expect(
        natives().some((native) => native.disabled),
        'a native control still disabled',
      ).to.equal(false);
      expect(new FormData(form).get(NAME)).to.equal(formValue);
    });

    it('blocks the form while required and empty, and shows the Danish message only after a submit attempt (T-1.4, T-1.5, W-1.4.1, W-3.3.1)', async () => {
      const { form, control } = await inForm({ required: true });
      expect(form.checkValidity()).to.equal(false);
      expect(control.validity?.valueMissing).to.equal(true);
      expect(control.validationMessage).to.equal(options.requiredMessage.da);
      expect(shownError(control), 'no error before the citizen has tried').to.equal('');
      expect(
        getComputedStyle(control).borderInlineStartWidth,
        'no error bar before the citizen has tried',
      ).to.equal('0px');
      const invalid = oneEvent(control, 'invalid');
      form.requestSubmit();
      expect((await invalid).defaultPrevented, 'the browser bubble is prevented').to.equal(true);
      await control.updateComplete;
      expect(shownError(control)).to.equal(`Fejl: ${options.requiredMessage.da}`);
      expect(hasInvalidMarker(control)).to.equal(true);
      expect(control.hasAttribute('user-invalid')).to.equal(true);
      expect(control.matches(':state(user-invalid)')).to.equal(true);
      expect(
        getComputedStyle(control).borderInlineStartWidth,
        'the error bar along the field (DKFDS)',
      ).to.equal('4px');
    });

    it('clears its error the moment the citizen fixes the value', async () => {
      const { form, control } = await inForm({ required: true });
      await submit(form, control);
      await fill(control);
      await control.updateComplete;
      expect(shownError(control)).to.equal('');
      expect(hasInvalidMarker(control)).to.equal(false);
      expect(control.matches(':state(user-invalid)')).to.equal(false);
      expect(getComputedStyle(control).borderInlineStartWidth, 'the error bar goes with the error').to.equal(
        '0px',
      );
    });

    it('speaks English inside lang="en" (T-1.1, W-3.1.1)', async () => {
      const { form, control } = await inForm({ required: true }, 'en');
      await submit(form, control);
      expect(control.validationMessage).to.equal(options.requiredMessage.en);
      expect(shownError(control)).to.equal(`Error: ${options.requiredMessage.en}`);
    });

    it('follows a change of lang on an ancestor (W-3.1.1)', async () => {
      const { form, control } = await inForm({ required: true });
      form.lang = 'en';
      await aTimeout(0);
      await control.updateComplete;
      expect(control.validationMessage).to.equal(options.requiredMessage.en);
    });

    it('takes a per-instance message from a message-required attribute (T-1.1)', async () => {
      const { form, control } = await inForm({
        required: true,
        'message-required': 'Skriv noget i <b>feltet</b>',
      });
      await submit(form, control);
      expect(control.validationMessage).to.equal('Skriv noget i <b>feltet</b>');
      expect(control.shadowRoot!.querySelector('[part~="error"] b')).to.equal(null);
    });

    it('shows a server error from the error attribute at once, until the citizen changes the value (T-1.4)', async () => {
      const { form, control } = await inForm({ error: 'Serveren afviste værdien' }, 'da', true);
      expect(shownError(control)).to.equal('Fejl: Serveren afviste værdien');
      expect(form.checkValidity()).to.equal(false);
      expect(control.validity?.customError).to.equal(true);
      expect(hasInvalidMarker(control)).to.equal(true);
      await clear(control);
      await control.updateComplete;
      await fill(control);
      await leave(control);
      expect(shownError(control)).to.equal('');
      expect(form.checkValidity()).to.equal(true);
    });

    it('keeps a server error while the citizen types or leaves the field unchanged; once changed, its own rules judge', async () => {
      const server = 'Serveren afviste værdien';
      const { form, control } = await inForm({ error: server }, 'da', true);
      let changes = 0;
      control.addEventListener('change', () => changes++);
      control.focus();
      await leave(control);
      expect(changes, 'leaving without a change is no change').to.equal(0);
      expect(shownError(control), 'after leaving unchanged').to.equal(`Fejl: ${server}`);
      expect(control.validity?.customError).to.equal(true);
      await clear(control);
      await fill(control);
      await control.updateComplete;
      if (changes === 0) {
        // Still in the field, typing (a text, a date part, an identifier): the server's word stands.
        expect(shownError(control), 'while typing').to.equal(`Fejl: ${server}`);
        expect(control.validity?.customError).to.equal(true);
        expect(form.checkValidity()).to.equal(false);
      }
      await leave(control);
      expect(changes, 'the citizen changed the field').to.be.greaterThan(0);
      expect(shownError(control)).to.equal('');
      expect(control.validity?.customError).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
    });

    it('has the label as accessible name and hint + error as description (from its own root) (T-1.3, W-1.3.1, W-2.4.6, W-3.3.2, W-4.1.1)', async () => {
      const { form, control } = await inForm({ required: true, hint: 'En hjælpetekst' });
      const before = labelAndDescription(describedNode(control));
      expect(before.name).to.equal(LABEL);
      expect(before.description).to.equal('En hjælpetekst');
      await submit(form, control);
      const { description } = labelAndDescription(describedNode(control));
      expect(description).to.equal(`En hjælpetekst Fejl: ${options.requiredMessage.da}`);
      expect(idReferenceProblems(control.shadowRoot!)).to.deep.equal([]);
    });

    itWithAccessibilityTree(
      'reads name, description and invalid state from the accessibility tree (W-3.3.1, W-4.1.2)',
      async () => {
        const { form, control } = await inForm({ required: true, hint: 'En hjælpetekst' });
        await submit(form, control);
        const nodes = await findAxNodes(
          (n) => n.role === options.role && n.name === LABEL,
          groupNodes(control),
        );
        expect(nodes.length, `one ${options.role} named ${LABEL}`).to.equal(1);
        expect(nodes[0].description).to.equal(`En hjælpetekst Fejl: ${options.requiredMessage.da}`);
        const marked =
          invalidRole === options.role ? nodes : await findAxNodes((n) => n.role === invalidRole);
        expect(marked.length, `a ${invalidRole} to carry the invalid state`).to.be.greaterThan(0);
        expect(marked.map((n) => n.invalid)).to.deep.equal(marked.map(() => 'true'));
      },
    );

    const marked = options.optionalMarker ?? true;
    itWithAccessibilityTree(
      marked
        ? 'marks an optional field "(frivilligt)" in its accessible name'
        : 'is not marked "(frivilligt)": its accessible name is the label alone',
      async () => {
        const { control } = await inForm();
        const names = (await findAxNodes((n) => n.role === options.role, groupNodes(control))).map(
          (n) => n.name,
        );
        expect(names).to.deep.equal([marked ? `${LABEL} (frivilligt)` : LABEL]);
      },
    );

    it('renders HTML and script in label, hint and error as text (T-4.4)', async () => {
      const markup = '<img src=x onerror="window.__bfInjected=1"><script>window.__bfInjected=1</script>';
      const { control } = await inForm({ label: markup, hint: markup, error: markup });
      const root = control.shadowRoot!;
      expect(root.querySelector('img, script:not([type])')).to.equal(null);
      expect(root.querySelector('[part~="label"]')!.textContent).to.contain('<img src=x');
      expect(root.querySelector('[part~="hint"]')!.textContent).to.contain('<script>');
      expect(root.querySelector('[part~="error"]')!.textContent).to.contain('<img src=x');
      expect((window as unknown as { __bfInjected?: number }).__bfInjected).to.equal(undefined);
    });

    it(
      options.unlabelled === 'no-name'
        ? 'has no accessible name and warns without a label'
        : options.unlabelled === 'default'
          ? 'is named by its own default label without a label, and does not warn'
          : 'fails axe without a label',
      async () => {
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => {
          warnings.push(args.join(' '));
        };
        const control = create({ label: false, name: `${NAME}-${Math.random().toString(36).slice(2)}` });
        control.removeAttribute('label');
        let form: HTMLFormElement;
        try {
          form = await fixture<HTMLFormElement>(html`<form>${control}</form>`);
          await control.updateComplete;
        } finally {
          console.warn = warn;
        }
        if (options.unlabelled === 'no-name') {
          expect(labelAndDescription(describedNode(control)).name).to.equal('');
          expect(warnings.some((w) => w.includes(`<${tag}`) && w.includes('has no label'))).to.equal(true);
          return;
        }
        if (options.unlabelled === 'default') {
          expect(labelAndDescription(describedNode(control)).name).to.not.equal('');
          expect(warnings.filter((w) => w.includes(`<${tag}`))).to.deep.equal([]);
          await expect(form).to.be.accessible();
          return;
        }
        let failed = false;
        try {
          await expect(form).to.be.accessible();
        } catch {
          failed = true;
        }
        expect(failed, 'a control without a label must not pass axe').to.equal(true);
      },
    );

    for (const [state, attributes, afterSubmit] of [
      ['default', {}, false],
      ['with hint', { hint: 'Som det står i dit pas' }, false],
      ['required, after a failed submit', { required: true, hint: 'Hjælp' }, true],
      ['with a server error', { error: 'Serveren afviste værdien' }, false],
      ['disabled', { disabled: true }, false],
      ['read-only', { readonly: true }, false],
    ] as const) {
      it(`passes axe: ${state} (T-4.1, W-1.1.1, W-1.3.1, W-1.4.3)`, async () => {
        const { form, control } = await inForm({ ...attributes }, 'da', true);
        if (afterSubmit) {
          await clear(control);
          await submit(form, control);
          expect(shownError(control)).to.not.equal('');
        }
        await expect(form).to.be.accessible();
      });
    }
  });
}
