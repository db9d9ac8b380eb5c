// Shared by the field stories: the form around a field, the 320 px frame, arg types, and play
// helpers that read a field's shadow root or submit its form. Not a story file itself.
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { expect } from 'storybook/test';

/** A Borgerform element as a play function meets it: rendered by Lit. */
export interface Rendered extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
}

/** What a play function gets that the helpers use. */
export interface PlayContext {
  readonly canvasElement: HTMLElement;
}

/** The args every field story has: what all Borgerform fields share, and `lang` on the surrounding form. */
export interface FieldArgs {
  label: string;
  hint: string;
  name: string;
  required: boolean;
  disabled: boolean;
  error: string;
  lang: string;
}

/** A field with a `value` that can be `readonly`. */
export interface ValueFieldArgs extends FieldArgs {
  value: string;
  readonly: boolean;
}

/**
 * A field's default args (a story file's `meta.args`): `label` and `name`, nothing else set, in Danish;
 * `more` adds the field's own args and may set any of these.
 */
export function fieldArgs<const M extends object = object>(
  label: string,
  name: string,
  more?: M,
): FieldArgs & M {
  return {
    label,
    hint: '',
    name,
    required: false,
    disabled: false,
    error: '',
    lang: 'da',
    ...more,
  } as FieldArgs & M;
}

/** `fieldArgs` for a field with a `value` that can be `readonly`. */
export function valueFieldArgs<const M extends object = object>(
  label: string,
  name: string,
  more?: M,
): ValueFieldArgs & M {
  return fieldArgs(label, name, { value: '', readonly: false, ...more }) as ValueFieldArgs & M;
}

/** `lang` on the form picks the language of the texts. */
export const langArgType = { control: 'inline-radio', options: ['da', 'en'] } as const;

/** A drop-down control over fixed values, e.g. `width` or `purpose`. */
export function selectArgType<const T extends readonly string[]>(options: T) {
  return { control: 'select', options } as const;
}

/** The viewport of the 320 px stories (WCAG 1.4.10 reflow). */
export const narrowParameters = { viewport: { defaultViewport: 'narrow' } } as const;

/** The page does not navigate: a story's form is never really sent. */
export const preventSubmit = (event: Event): void => event.preventDefault();

/**
 * The field inside a `<form>`, as on a real page; `lang` on the form picks the language of the
 * texts (`undefined`: none, the page's).
 */
export function formWrapper(lang: string | undefined, content: TemplateResult): TemplateResult {
  return html`<form lang=${lang ?? nothing} @submit=${preventSubmit}>${content}</form>`;
}

/**
 * A render function for a field whose choices are its children (`bf-select`, `bf-radio-group`,
 * `bf-checkbox-group`): the element `tag` with the value field's args, around `options`, in a form.
 */
export function choiceFieldRender(tag: string, options: TemplateResult) {
  const element = unsafeStatic(tag);
  return (a: ValueFieldArgs): TemplateResult =>
    formWrapper(
      a.lang,
      staticHtml`<${element} label=${a.label} hint=${a.hint || nothing} name=${a.name}
      value=${a.value || nothing} ?required=${a.required} ?disabled=${a.disabled} ?readonly=${a.readonly}
      error=${a.error || nothing}>${options}</${element}>`,
    );
}

/** A 320 px wide frame around the form (WCAG 1.4.10 reflow); use with `narrowParameters`. */
export function narrowWrapper(lang: string | undefined, content: TemplateResult): TemplateResult {
  return html`<div style="width: 320px">${formWrapper(lang, content)}</div>`;
}

/** The first element matching `selector` in the story, once it has rendered. */
export async function rendered<T extends Rendered>(canvas: ParentNode, selector: string): Promise<T> {
  const element = canvas.querySelector<T>(selector)!;
  await element.updateComplete;
  return element;
}

/** The text of the first element matching `selector` in the element's shadow root, white space collapsed. */
export function shadowTextAt(element: Element, selector: string): string {
  return element.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
}

/** The text of a part (`label`, `hint`, `error` …) in the element's shadow root, white space collapsed. */
export function shadowText(element: Element, part: string): string {
  return shadowTextAt(element, `[part~="${part}"]`);
}

/** A submit attempt on the element's form, as the citizen's "Send"; resolves once the element shows the result. */
export async function submitAndWait<T extends Rendered>(element: T): Promise<T> {
  await element.updateComplete;
  element.closest('form')!.requestSubmit();
  await element.updateComplete;
  return element;
}

/** A play function: the element's `part` reads `text` once rendered. */
export function expectPartText(selector: string, part: string, text: string) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const element = await rendered(canvasElement, selector);
    await expect(shadowText(element, part)).toBe(text);
  };
}

/** A play function: the element's form would send `value` under `name`. */
export function expectSubmitted(selector: string, name: string, value: string) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const element = await rendered(canvasElement, selector);
    await expect(new FormData(element.closest('form')!).get(name)).toBe(value);
  };
}

/** A play function: after a submit attempt, the element's error message reads `text` ("Fejl: …"). */
export function expectErrorAfterSubmit(selector: string, text: string) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const element = await submitAndWait(await rendered(canvasElement, selector));
    await expect(shadowText(element, 'error')).toBe(text);
  };
}

/** Nothing overflows the element (long Danish words wrap); with `maxWidth`, it fits in that many pixels (WCAG 1.4.10). */
export async function expectReflow(element: Element, maxWidth?: number): Promise<void> {
  if (maxWidth !== undefined)
    await expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(maxWidth);
  await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
}

/** A play function: after a submit attempt (with its error shown), the element reflows as `expectReflow` checks. */
export function expectReflowAfterSubmit(selector: string, maxWidth?: number) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    await expectReflow(await submitAndWait(await rendered(canvasElement, selector)), maxWidth);
  };
}
