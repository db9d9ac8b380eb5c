/**
 * Disables the fields of a step that does not apply (so they are neither checked nor sent) and
 * enables them again when it does, without touching a field the host disabled itself.
 */
export class StepControls {
  /** Fields this wizard disabled (and so may enable again). */
  readonly #disabledHere = new WeakSet<Element>();

  /** Disables (`skipped`) or re-enables the form's fields inside `step`. */
  setSkipped(step: Element, form: HTMLFormElement | null, skipped: boolean): void {
    if (!form) return;
    for (const element of form.elements) {
      if (!step.contains(element)) continue;
      const field = element as Element & { disabled?: boolean };
      if (typeof field.disabled !== 'boolean') continue;
      if (skipped && !field.disabled) {
        field.disabled = true;
        this.#disabledHere.add(element);
      } else if (!skipped && this.#disabledHere.has(element)) {
        field.disabled = false;
        this.#disabledHere.delete(element);
      }
    }
  }
}
