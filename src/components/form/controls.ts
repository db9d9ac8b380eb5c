import type { SummaryAnswer } from '../../base/summary-answer.js';

/**
 * What the flow elements need of a control, whatever element or library copy made it: the
 * `BfFormControl` interface, asked by shape (never by tag name), so every field element, a fork's
 * subclass and later elements take part without change.
 */
export interface ValidatableControl extends HTMLElement {
  readonly name: string;
  readonly label: string;
  error: string;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  revealErrors(): void;
  focus(options?: FocusOptions): void;
  /** The answer as summaries show it; a control of an older or foreign library may lack it. */
  readonly summaryAnswer?: SummaryAnswer;
}

/** Whether an element is a Borgerform-style control (a value-bearing element with `revealErrors`). */
export function isValidatableControl(element: Element): element is ValidatableControl {
  const candidate = element as Partial<ValidatableControl>;
  return (
    typeof candidate.revealErrors === 'function' &&
    typeof candidate.checkValidity === 'function' &&
    typeof candidate.validationMessage === 'string'
  );
}

/** Whether a control is shown: not inside `hidden`, `display: none` or `visibility: hidden` content. */
function isShown(element: Element): boolean {
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ visibilityProperty: true })
    : !element.closest('[hidden]');
}

/**
 * The form's controls that take part in validation now, in document order: enabled (a disabled
 * control, or one in a disabled fieldset or in hidden conditional content, does not validate) and shown.
 */
export function activeControls(form: HTMLFormElement): ValidatableControl[] {
  return [...form.elements].filter(
    (element): element is ValidatableControl =>
      isValidatableControl(element) && element.willValidate && isShown(element),
  );
}

/**
 * The form's controls whose answers a summary shows, in document order: enabled (a control in hidden
 * conditional content is disabled) but not only the shown ones (a wizard's other steps are hidden),
 * and not marked `summary-hidden`. `bf-summary` and the `bf-submit` payload use the same list.
 */
export function summaryControls(form: HTMLFormElement): ValidatableControl[] {
  return [...form.elements].filter(
    (element): element is ValidatableControl =>
      isValidatableControl(element) && element.willValidate && !element.hasAttribute('summary-hidden'),
  );
}

/** The form's control with this `name` (the first, for a name that repeats). */
export function controlNamed(form: HTMLFormElement, name: string): ValidatableControl | undefined {
  return [...form.elements].find(
    (element): element is ValidatableControl => isValidatableControl(element) && element.name === name,
  );
}

/**
 * The heading of the repeated item a control is in ("Person 2"; `bf-repeat`), '' outside one: the
 * nearest ancestor with an `itemLabel` (asked by shape).
 */
export function itemLabelOf(control: Element): string {
  for (let parent = control.parentElement; parent; parent = parent.parentElement) {
    const label = (parent as { itemLabel?: unknown }).itemLabel;
    if (typeof label === 'string') return label;
  }
  return '';
}

/** Waits until every control has rendered its latest state (Lit's `updateComplete` where there is one). */
export async function controlsUpdated(controls: readonly Element[]): Promise<void> {
  const updates: Promise<unknown>[] = [];
  for (const control of controls) {
    const update = (control as { updateComplete?: Promise<unknown> }).updateComplete;
    if (update) updates.push(update);
  }
  await Promise.all(updates);
}

/** Settles once every custom element in `root` that is not defined yet is (before a form's fields are read). */
export async function customElementsDefined(root: ParentNode): Promise<void> {
  const tags = new Set([...root.querySelectorAll(':not(:defined)')].map((element) => element.localName));
  await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
}
