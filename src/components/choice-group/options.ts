import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isInside, LightDomObserver } from '../../base/light-dom-observer.js';
import { serverChildren, whenServerChildren } from '../../base/server-children.js';
import { BfOption, optionText } from '../option/option.js';

/** One `<bf-option>` as a choice element reads it: attributes and text only, never markup. */
export interface ChoiceOption {
  /** The `<bf-option>` element itself. */
  readonly element: Element;
  /** The `value` attribute, or the text when there is none (as a native `<option>`). */
  readonly value: string;
  /** The text content, whitespace collapsed; to be rendered as text. */
  readonly text: string;
  /** The `hint` attribute ('' for none). */
  readonly hint: string;
  /** The `checked` attribute: chosen from the start, and again after `form.reset()`. */
  readonly checked: boolean;
  readonly disabled: boolean;
  /** A separator ("eller"), not a choice. */
  readonly divider: boolean;
  /** A "none of these" checkbox. */
  readonly exclusive: boolean;
}

/** The slot name of the content revealed while the option with this value is chosen. */
export function conditionalSlotName(value: string): string {
  return `conditional-${value}`;
}

const CONDITIONAL_PREFIX = 'conditional-';

/** Whether an element is an option: `<bf-option>`, or a fork's subclass registered under its own tag. */
export function isOptionElement(element: Element): boolean {
  return element.localName === 'bf-option' || element instanceof BfOption;
}

/** The host's children: in the browser its element children; on the server the stand-ins it was given. */
function childrenOf(host: Element): Iterable<Element> {
  return isServer ? (serverChildren(host) as unknown as readonly Element[]) : host.children;
}

/** The host's options, in document order: its `<bf-option>` children, read from attributes and text. */
export function readOptions(host: Element): ChoiceOption[] {
  const options: ChoiceOption[] = [];
  for (const element of childrenOf(host)) {
    if (!isOptionElement(element)) continue;
    const text = optionText(element);
    options.push({
      element,
      value: element.getAttribute('value') ?? text,
      text,
      hint: element.getAttribute('hint') ?? '',
      checked: element.hasAttribute('checked'),
      disabled: element.hasAttribute('disabled'),
      divider: element.hasAttribute('divider'),
      exclusive: element.hasAttribute('exclusive'),
    });
  }
  return options;
}

/**
 * The `onChange` of a `ChoiceOptionsController` whose host starts from its options' `checked`: when
 * the options change (a `checked` moved, an option came or went), a value the citizen has not
 * changed, still the default applied last, moves to the new default with `applyDefault`.
 */
export function followDefault(
  host: { readonly value: string; readonly defaultValue: string },
  applyDefault: () => void,
): () => void {
  let applied = '';
  return () => {
    const next = host.defaultValue;
    if (host.value === applied) applyDefault();
    applied = next;
  };
}

/** Native and form-associated custom elements that take part in a form. */
const LISTED = 'input, select, textarea, button, fieldset, output, object';

function isFormControl(element: Element): boolean {
  if (element.matches(LISTED)) return true;
  const definition = customElements.get(element.localName) as { formAssociated?: boolean } | undefined;
  return definition?.formAssociated === true;
}

function formControlsIn(root: Element): Element[] {
  return [root, ...root.querySelectorAll('*')].filter(isFormControl);
}

/**
 * Reads a choice element's `<bf-option>` children and keeps them current: any change to an option
 * (added, removed, an attribute, its text) or to the conditional content re-reads them, calls
 * `onChange` and re-renders the host. Also enables the form controls in conditionally revealed
 * content only while it is shown (`syncConditional`).
 */
/** The conditional content of a host that has none (most): one empty map shared, never written to. */
const NO_CONDITIONALS: ReadonlyMap<string, Element[]> = new Map();

export class ChoiceOptionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: () => void;
  #options: readonly ChoiceOption[] = [];
  #conditionals: ReadonlyMap<string, Element[]> = NO_CONDITIONALS;
  readonly #observer: LightDomObserver;
  /**
   * Controls this controller disabled (and so may enable again); never the host's own disabled ones.
   * Made when the first is disabled: most hosts have no conditional content.
   */
  #disabledHere: WeakSet<Element> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    this.#observer = new LightDomObserver(host, (records) => this.#onMutations(records));
    host.addController(this);
    if (isServer) whenServerChildren(host, () => this.#read()); // the server renderer gives the options
  }

  /** The options, choices and dividers, in document order. */
  get options(): readonly ChoiceOption[] {
    return this.#options;
  }

  /** The choices only (no dividers). */
  get choices(): readonly ChoiceOption[] {
    return this.#options.filter((option) => !option.divider);
  }

  /** The values of the choices marked `checked`, in option order: what the host starts with when it has no `value` attribute. */
  get checkedValues(): string[] {
    return this.choices.filter((option) => option.checked).map((option) => option.value);
  }

  /** The texts of the choices whose value is one of `values`, in option order (e.g. for a summary of the answers). */
  textsOf(values: Iterable<string>): string[] {
    const chosen = new Set(values);
    return this.choices.filter((option) => chosen.has(option.value)).map((option) => option.text);
  }

  /** Whether the host has content to reveal while the option with this value is chosen. */
  hasConditional(value: string): boolean {
    return this.#conditionals.has(value);
  }

  hostConnected(): void {
    this.#observer.observe();
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /**
   * Enables the form controls inside each option's conditional content while `isShown(value)`, and
   * disables them otherwise, so hidden questions are neither validated nor submitted. Controls that
   * were disabled before stay disabled.
   */
  syncConditional(isShown: (value: string) => boolean): void {
    for (const [value, elements] of this.#conditionals) {
      const shown = isShown(value);
      for (const element of elements) {
        for (const control of formControlsIn(element)) {
          if (!shown && !control.hasAttribute('disabled')) {
            control.setAttribute('disabled', '');
            (this.#disabledHere ??= new WeakSet()).add(control);
          } else if (shown && this.#disabledHere?.has(control)) {
            control.removeAttribute('disabled');
            this.#disabledHere.delete(control);
          }
        }
      }
    }
  }

  #read(): void {
    this.#options = readOptions(this.#host);
    const conditionals = new Map<string, Element[]>();
    for (const child of childrenOf(this.#host)) {
      const slot = child.getAttribute('slot') ?? '';
      if (!slot.startsWith(CONDITIONAL_PREFIX)) continue;
      const value = slot.slice(CONDITIONAL_PREFIX.length);
      conditionals.set(value, [...(conditionals.get(value) ?? []), child]);
    }
    this.#conditionals = conditionals.size ? conditionals : NO_CONDITIONALS;
    this.#onChange();
    this.#host.requestUpdate();
  }

  /** Only changes that can alter the options or the conditional content matter (not, say, a child field's state attributes). */
  #onMutations(records: MutationRecord[]): void {
    const host = this.#host;
    const relevant = records.some((record) => {
      if (record.type === 'childList') return true;
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      if (!target) return false;
      if (record.type === 'attributes') {
        return isOptionElement(target) || (record.attributeName === 'slot' && target.parentElement === host);
      }
      return isInside(record, host, isOptionElement);
    });
    if (relevant) this.#read();
  }
}
