/// <reference types="mocha" />
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { BfFormControl } from '../base/form-control.js';

/** Attributes for `createField`: `true` sets a boolean attribute, `false` leaves it off. */
export type FieldAttributes = Record<string, string | boolean>;

/** A field on a test page: its form, the element, and the element's native control. */
export interface FieldInForm<T extends BfFormControl, N extends Element> {
  readonly form: HTMLFormElement;
  readonly control: T;
  /** The first element in the control's shadow root matching `native` (default `input`). */
  readonly input: N;
}

/** A detached element `tag` with the given attributes, for `fieldInForm` or a suite. */
export function createField<T extends BfFormControl>(tag: string, attributes: FieldAttributes): T {
  const element = document.createElement(tag) as T;
  for (const [attribute, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(attribute, '');
    else if (value !== false) element.setAttribute(attribute, value);
  }
  return element;
}

/**
 * `content` (markup or an element) inside a `<form lang>` with a "Send" button, as on a page; the
 * form never navigates. Resolves once the first `selector` in it has rendered:
 *
 * ```ts
 * const { form, control, input } = await fieldInForm<BfCvrInput>(html`<bf-cvr-input label="CVR-nummer">…`, 'bf-cvr-input');
 * ```
 */
export async function fieldInForm<T extends BfFormControl, N extends Element = HTMLInputElement>(
  content: TemplateResult | Element,
  selector: string,
  lang = 'da',
  native = 'input',
): Promise<FieldInForm<T, N>> {
  const form = await fixture<HTMLFormElement>(
    html`<form lang=${lang} @submit=${(event: Event) => event.preventDefault()}>
      ${content}<button>Send</button>
    </form>`,
  );
  const control = form.querySelector<T>(selector)!;
  await control.updateComplete;
  return { form, control, input: control.shadowRoot!.querySelector<N>(native)! };
}

/** A submit attempt, as the citizen's "Send"; resolves to the control's message once it shows. */
export async function submitAndRead(form: HTMLFormElement, control: BfFormControl): Promise<string> {
  form.requestSubmit();
  await control.updateComplete;
  return control.validationMessage;
}

/** The error the control shows ("Fejl: …"), white space collapsed; '' when none. */
export function shownError(control: Element): string {
  const error = control.shadowRoot!.querySelector('[part~="error"]');
  return (error?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
