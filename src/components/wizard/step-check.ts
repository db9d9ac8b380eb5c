import { takeFocusOnInvalid } from '../../base/submit-intent.js';
import { activeControls, controlsUpdated, isValidatableControl } from '../form/controls.js';

/** The form element that lists problems in its error summary (`bf-form`, asked by shape). */
interface ProblemShower extends Element {
  showProblems(controls: readonly Element[]): Promise<void>;
}

function isProblemShower(element: Element): element is ProblemShower {
  return typeof (element as Partial<ProblemShower>).showProblems === 'function';
}

function problemShowerOf(element: Element): ProblemShower | null {
  for (let at = element.parentElement; at; at = at.parentElement) if (isProblemShower(at)) return at;
  return null;
}

/** Whether a step has a field with a problem (read quietly: no `invalid` events, nothing revealed). */
export function stepHasProblems(form: HTMLFormElement | null, step: Element): boolean {
  if (!form) return false;
  // A step's fields that take part now: enabled (conditional content that is not shown disables its own).
  return [...form.elements].some(
    (element) =>
      step.contains(element) &&
      isValidatableControl(element) &&
      element.willValidate &&
      (element as { validity?: ValidityState }).validity?.valid === false,
  );
}

/**
 * Checks a step's fields as a submit attempt would: their errors show, the error summary of the form
 * element around `wizard` lists them and takes focus (the first field without one). True when valid.
 */
export async function checkStep(
  wizard: Element,
  form: HTMLFormElement | null,
  step: Element,
): Promise<boolean> {
  if (!form) return true;
  const fields = activeControls(form).filter((control) => step.contains(control));
  takeFocusOnInvalid(form); // focus goes to the error summary, not to a field
  const invalid = fields.filter((field) => !field.checkValidity());
  if (invalid.length === 0) return true;
  for (const field of invalid) field.revealErrors();
  await controlsUpdated(invalid);
  const shower = problemShowerOf(wizard);
  if (shower) await shower.showProblems(fields);
  else invalid[0].focus();
  return false;
}
