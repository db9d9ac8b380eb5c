/**
 * Tells a citizen's submit attempt (a click on a submit button, Enter in a field) apart from a
 * script's `form.checkValidity()`, so that only the former moves focus to the first invalid field,
 * as the browser does for native controls.
 */
const watched = new WeakSet<HTMLFormElement>();
const submitting = new WeakSet<HTMLFormElement>();

function isSubmitButton(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const control = target.closest('button, input');
  if (control instanceof HTMLButtonElement) return control.type === 'submit';
  return control instanceof HTMLInputElement && (control.type === 'submit' || control.type === 'image');
}

/** Marks the form as being submitted by the citizen until the current task ends. */
export function markSubmitIntent(form: HTMLFormElement): void {
  submitting.add(form);
  setTimeout(() => submitting.delete(form));
}

/** Starts watching a form's submit buttons (once per form, however many fields it holds). */
export function watchSubmitIntent(form: HTMLFormElement): void {
  if (watched.has(form)) return;
  watched.add(form);
  form.addEventListener(
    'click',
    (event) => {
      if (isSubmitButton(event.composedPath()[0] ?? null)) markSubmitIntent(form);
    },
    { capture: true },
  );
}

/** Whether the citizen is submitting this form in the current task. */
export function hasSubmitIntent(form: HTMLFormElement): boolean {
  return submitting.has(form);
}

const focusTaken = new WeakSet<HTMLFormElement>();

/**
 * Keeps every control of this form from taking focus for an error in the current task: a flow
 * element (`bf-form`) that moves focus to its error summary instead calls it before validating.
 */
export function takeFocusOnInvalid(form: HTMLFormElement): void {
  focusTaken.add(form);
  setTimeout(() => focusTaken.delete(form));
}

/**
 * Lets only the first invalid control of one submit attempt take focus: the invalid events of one
 * attempt are fired in tree order within one task.
 */
export function claimFocusOnInvalid(form: HTMLFormElement): boolean {
  if (!hasSubmitIntent(form) || focusTaken.has(form)) return false;
  focusTaken.add(form);
  setTimeout(() => focusTaken.delete(form));
  return true;
}
