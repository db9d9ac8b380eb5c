// What a form control hands to the browser through ElementInternals.setFormValue, for the tests of
// form state (back/forward, reload). Not a test file itself.

/**
 * Records every `setFormValue(value, state)` the control makes from now on (the calls still go
 * through); the list grows as the control updates.
 */
export function recordFormValues(control: HTMLElement): Array<[unknown, unknown]> {
  const internals = (control as unknown as { internals: ElementInternals }).internals;
  const saved: Array<[unknown, unknown]> = [];
  const original = internals.setFormValue.bind(internals);
  internals.setFormValue = (value, state) => {
    saved.push([value, state]);
    original(value, state);
  };
  return saved;
}
