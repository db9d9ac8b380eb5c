/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BfFormControl } from '../base/form-control.js';
import {
  createField,
  fieldInForm,
  shownError,
  submitAndRead,
  type FieldAttributes,
} from './field-in-form.js';

/** A validity flag the identifier rules set. */
type ValidityFlag = 'valueMissing' | 'patternMismatch' | 'badInput' | 'rangeOverflow';

/** One message of the field's specification: the value that gives it, in Danish and English. */
export interface IdentifierMessageCase {
  /** The rule, as the test names it (`required`, `format`, `checksum` …). */
  readonly code: string;
  readonly value: string;
  readonly flag: ValidityFlag;
  readonly da: string;
  readonly en: string;
  /** Attributes this case needs besides the suite's (e.g. `allow-foreign`). */
  readonly attributes?: FieldAttributes;
}

/** What the identifier suite needs to know about a field for one kind of number. */
export interface IdentifierSuiteOptions {
  /** Where the messages are specified, for the test names (`REQUIREMENTS §5.2`). */
  readonly specification: string;
  readonly label: string;
  readonly name: string;
  /** Attributes every fixture has (e.g. a fixed `today`). */
  readonly attributes?: FieldAttributes;
  /** Every message the field gives, with a value that gives it; `required` among them. */
  readonly messages: readonly IdentifierMessageCase[];
  /** The message for text that is not a number of the right length (Danish). */
  readonly formatMessage: string;
  /** Ways of writing a valid number, each with what `FormData` then holds. */
  readonly accepted: readonly (readonly [written: string, submitted: string])[];
  /** Keys typed into the empty field, what it shows once the citizen leaves it, and what it submits. */
  readonly typing: { readonly keys: string; readonly shown: string; readonly submitted: string };
  /** About 10,000 characters with emoji, pasted (must give the format message), and a short value with an emoji. */
  readonly paste: { readonly text: string; readonly emoji: string };
  /** The native input's `type`, `inputMode` and `autocomplete`. */
  readonly native: { readonly type: string; readonly inputMode: string; readonly autocomplete: string };
  /** An `autocomplete` of the host's that the field passes through (none: the field keeps its own). */
  readonly ownAutocomplete?: string;
}

/**
 * What every field for a Danish number (CPR, CVR, phone, and a fork's own kind) must do beyond the
 * conformance suite: each specified message in both languages, the written forms it accepts and what
 * it submits, typing kept as typed until the citizen leaves, bad input (a 10,000-character paste with
 * emoji, HTML) answered with the format message, per-instance texts, the native input's keyboard
 * hints, and axe with every error shown.
 */
export function runIdentifierSuite(tag: string, options: IdentifierSuiteOptions): void {
  const base: FieldAttributes = { name: options.name, label: options.label, ...options.attributes };
  const field = <T extends BfFormControl>(attributes: FieldAttributes = {}, lang = 'da', after = false) => {
    const control = createField<T>(tag, { ...base, ...attributes });
    if (!after) return fieldInForm<T>(control, tag, lang);
    const wrapper = document.createElement('div');
    wrapper.append(control, Object.assign(document.createElement('input'), { id: 'after' }));
    return fieldInForm<T>(wrapper, tag, lang);
  };

  describe(`<${tag}> identifier field`, () => {
    describe(`every message of ${options.specification}, in Danish and in English`, () => {
      for (const c of options.messages) {
        for (const lang of ['da', 'en'] as const) {
          it(`${c.code} (${lang})`, async () => {
            const { form, control, input } = await field(
              { required: true, value: c.value, ...c.attributes },
              lang,
            );
            expect(control.validity![c.flag], c.flag).to.equal(true);
            expect(form.checkValidity()).to.equal(false);
            expect(await submitAndRead(form, control)).to.equal(c[lang]);
            expect(shownError(control)).to.equal(`${lang === 'da' ? 'Fejl:' : 'Error:'} ${c[lang]}`);
            expect(input.getAttribute('aria-invalid')).to.equal('true');
          });
        }
      }
    });

    it('accepts every common way of writing the number and submits it in one form', async () => {
      for (const [written, submitted] of options.accepted) {
        const { form, control } = await field({ required: true, value: written });
        expect(control.validity!.valid, JSON.stringify(written)).to.equal(true);
        expect(new FormData(form).get(options.name), JSON.stringify(written)).to.equal(submitted);
      }
    });

    it('an empty optional field is valid, submits an empty value and shows no error', async () => {
      const { form, control } = await field();
      expect(control.validity!.valid).to.equal(true);
      expect(new FormData(form).get(options.name)).to.equal('');
      expect(await submitAndRead(form, control)).to.equal('');
    });

    it('takes typing as is, with the caret where the citizen typed, and formats the number on leaving', async () => {
      const { form, control, input } = await field({}, 'da', true);
      input.focus();
      await sendKeys({ type: options.typing.keys });
      await control.updateComplete;
      expect(input.value).to.equal(options.typing.keys);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([
        options.typing.keys.length,
        options.typing.keys.length,
      ]);
      await sendKeys({ press: 'Tab' });
      await control.updateComplete;
      expect(input.value).to.equal(options.typing.shown);
      expect(new FormData(form).get(options.name)).to.equal(options.typing.submitted);
    });

    it('gives the format message for a 10,000-character paste with emoji, keeping the text intact', async () => {
      expect(options.paste.text.length).to.be.at.least(10_000);
      const { form, control, input } = await field();
      input.focus();
      document.execCommand('insertText', false, options.paste.text); // what the browser's paste does
      await control.updateComplete;
      expect(control.value).to.equal(options.paste.text);
      expect(control.validity!.patternMismatch).to.equal(true);
      expect(await submitAndRead(form, control)).to.equal(options.formatMessage);
      control.value = options.paste.emoji;
      expect(control.validity!.patternMismatch, options.paste.emoji).to.equal(true);
    });

    it('shows HTML in the value as text and runs none of it', async () => {
      const markup = '<img src=x onerror="globalThis.__bfInjected=1"><b>1</b>';
      const { form, control, input } = await field({ value: markup });
      expect(input.value).to.equal(markup);
      expect(control.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(await submitAndRead(form, control)).to.equal(options.formatMessage);
      expect((globalThis as { __bfInjected?: number }).__bfInjected).to.equal(undefined);
    });

    it('takes message-required for an empty field', async () => {
      const own = `Indtast ${options.label.toLowerCase()} igen`;
      const { form, control } = await field({ required: true, 'message-required': own });
      expect(await submitAndRead(form, control)).to.equal(own);
    });

    it('gives the keyboard the right hints, and no spelling check', async () => {
      const { input } = await field();
      const { type, inputMode, autocomplete } = options.native;
      expect([input.type, input.inputMode, input.autocomplete, input.spellcheck]).to.deep.equal([
        type,
        inputMode,
        autocomplete,
        false,
      ]);
      if (options.ownAutocomplete === undefined) return;
      const { input: own } = await field({ autocomplete: options.ownAutocomplete });
      expect(own.autocomplete).to.equal(options.ownAutocomplete);
    });

    it('passes axe with each error shown, in Danish and in English', async () => {
      for (const c of options.messages) {
        for (const lang of c.code === 'required' ? ['da', 'en'] : ['da']) {
          const { form, control } = await field({ required: true, value: c.value, ...c.attributes }, lang);
          await submitAndRead(form, control);
          expect(shownError(control), c.code).to.not.equal('');
          await expect(form).to.be.accessible();
        }
      }
    });
  });
}
