/**
 * What the citizen typed, ticked or chose in a server-rendered control before the script ran. The
 * base class keeps it aside when Lit takes over the declarative shadow root (hydration sets the
 * native controls from the element's properties) and puts it back after the first render. Kept in a
 * module-level map, not on the element: only server-rendered elements ever have it, and only until
 * their first render.
 */

/** What the citizen put into a native control: its text, whether it is ticked, the chosen options, the files. */
type NativeInput = string | boolean | readonly number[] | FileList;

const kept = new WeakMap<Element, Map<Element, NativeInput>>();

/**
 * What the citizen changed in a native control from what the server wrote, `undefined` when nothing
 * (a radio only counts when chosen: choosing one unchooses the other).
 */
function inputSinceServer(control: Element): NativeInput | undefined {
  if (control instanceof HTMLInputElement) {
    if (control.type === 'radio') return control.checked && !control.defaultChecked ? true : undefined;
    if (control.type === 'checkbox')
      return control.checked !== control.defaultChecked ? control.checked : undefined;
    if (control.type === 'file') return control.files?.length ? control.files : undefined;
    return control.value !== control.defaultValue ? control.value : undefined;
  }
  if (control instanceof HTMLTextAreaElement)
    return control.value !== control.defaultValue ? control.value : undefined;
  if (control instanceof HTMLSelectElement) {
    const options = [...control.options];
    if (!options.some((option) => option.selected !== option.defaultSelected)) return undefined;
    return options.flatMap((option, index) => (option.selected ? [index] : []));
  }
  return undefined;
}

/** Puts the citizen's input back into a native control (after hydration set the element's own value). */
function restoreInput(control: Element, input: NativeInput): void {
  if (control instanceof HTMLSelectElement && Array.isArray(input)) {
    [...control.options].forEach((option, index) => (option.selected = input.includes(index)));
  } else if (control instanceof HTMLInputElement && typeof input === 'boolean') control.checked = input;
  else if (control instanceof HTMLInputElement && typeof input === 'object')
    control.files = input as FileList;
  else if (typeof input === 'string') (control as HTMLInputElement | HTMLTextAreaElement).value = input;
}

/** Keeps aside what the citizen changed in the native controls of `host`'s server-rendered `root`. */
export function keepInputBeforeHydration(host: Element, root: ShadowRoot): void {
  let found: Map<Element, NativeInput> | undefined;
  for (const control of root.querySelectorAll('input, textarea, select')) {
    const input = inputSinceServer(control);
    if (input !== undefined) (found ??= new Map()).set(control, input);
  }
  if (found) kept.set(host, found);
  else kept.delete(host);
}

/**
 * Server-rendered and now hydrated: what the citizen typed, ticked or chose in the native controls
 * before the script ran is put back and reaches the element as if it came now (an `input` event on
 * each control, and `change` unless the citizen is still in it), so it is kept, validated and
 * submitted.
 */
export function takeInputFromBeforeHydration(host: Element): void {
  const inputs = kept.get(host);
  if (!inputs) return;
  kept.delete(host);
  const focused = host.shadowRoot?.activeElement ?? null;
  for (const [control, input] of inputs) {
    restoreInput(control, input);
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (control !== focused) control.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
