import { HTMLElementBase } from '../../base/html-element.js';

/**
 * One choice of a `bf-select`, `bf-radio-group` or `bf-checkbox-group`, written declaratively in the
 * page: `<bf-option value="own" hint="Du ejer boligen" checked>Ejerbolig</bf-option>`. It renders
 * nothing itself: the group reads it and renders a native option, radio or checkbox in its own
 * shadow root (which has no default slot, so the option's own text is never shown). Its text is
 * read as text (`textContent`), never as HTML, so markup in it is shown literally. Changing an option
 * (its attributes, its text, adding or removing it) updates the group.
 *
 * A plain custom element, not a LitElement: it has no shadow root and no rendering, so a form with
 * hundreds of options pays nothing for them (measured in `bench/`). Every property is backed by its
 * attribute and the group reads the attributes, so an option works the same from HTML or from
 * script, and even before this element is registered.
 *
 * `<bf-option divider>` is not a choice: in a radio or checkbox group it shows a separator ("eller"),
 * with its own text if it has any. A `bf-select` leaves dividers out.
 *
 * Conditional reveal (a follow-up question shown only while an option is chosen) is light-DOM content
 * of the *group* with `slot="conditional-<value>"`; see `bf-radio-group`.
 *
 * @tagname bf-option
 * @summary A declarative choice (value, text, hint, checked, disabled) read by bf-select, bf-radio-group and bf-checkbox-group.
 * @attr value - The value submitted when the option is chosen. Without it, the option's text is the value (as a native `<option>`).
 * @attr hint - Help text shown under the option's text (radio and checkbox groups), read as the option's description. Rendered as text.
 * @attr checked - Chosen from the start: the initial choice that `form.reset()` returns to.
 * @attr disabled - The option cannot be chosen.
 * @attr divider - Not a choice but a separator between choices ("eller").
 * @attr exclusive - In a checkbox group: a "none of these" box; ticking it clears the others, and ticking another clears it.
 */
export class BfOption extends HTMLElementBase {
  /** The value submitted when the option is chosen (`undefined`: the text is the value). */
  get value(): string | undefined {
    return this.getAttribute('value') ?? undefined;
  }
  set value(value: string | undefined) {
    setOptionalAttribute(this, 'value', value);
  }

  /** Help text under the option's text. */
  get hint(): string | undefined {
    return this.getAttribute('hint') ?? undefined;
  }
  set hint(hint: string | undefined) {
    setOptionalAttribute(this, 'hint', hint);
  }

  /** Chosen from the start. */
  get checked(): boolean {
    return this.hasAttribute('checked');
  }
  set checked(checked: boolean) {
    this.toggleAttribute('checked', checked);
  }

  /** The option cannot be chosen. */
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(disabled: boolean) {
    this.toggleAttribute('disabled', disabled);
  }

  /** A separator, not a choice. */
  get divider(): boolean {
    return this.hasAttribute('divider');
  }
  set divider(divider: boolean) {
    this.toggleAttribute('divider', divider);
  }

  /** A "none of these" checkbox. */
  get exclusive(): boolean {
    return this.hasAttribute('exclusive');
  }
  set exclusive(exclusive: boolean) {
    this.toggleAttribute('exclusive', exclusive);
  }

  /** The option's text (its text content, whitespace collapsed). */
  get text(): string {
    return optionText(this);
  }
}

function setOptionalAttribute(element: Element, name: string, value: string | undefined | null): void {
  if (value === undefined || value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** The text of an option element, as text: its text content with whitespace collapsed. */
export function optionText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
