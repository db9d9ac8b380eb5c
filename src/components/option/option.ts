import { LitElement, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * One choice of a `bf-select`, `bf-radio-group` or `bf-checkbox-group`, written declaratively in the
 * page: `<bf-option value="own" hint="Du ejer boligen" checked>Ejerbolig</bf-option>`. It renders
 * nothing itself: the group reads it and renders a native option, radio or checkbox in its own
 * shadow root. Its text is read as text (`textContent`), never as HTML, so markup in it is shown
 * literally. Changing an option (its attributes, its text, adding or removing it) updates the group.
 *
 * Every property reflects to its attribute and the group reads the attributes, so an option works
 * the same whether it is set from HTML or from script, and even before this element is registered.
 *
 * `<bf-option divider>` is not a choice: in a radio or checkbox group it shows a separator ("eller"),
 * with its own text if it has any. A `bf-select` leaves dividers out.
 *
 * Conditional reveal (a follow-up question shown only while an option is chosen) is light-DOM content
 * of the *group* with `slot="conditional-<value>"`; see `bf-radio-group`.
 *
 * @tagname bf-option
 * @summary A declarative choice (value, text, hint, checked, disabled) read by bf-select, bf-radio-group and bf-checkbox-group.
 */
export class BfOption extends LitElement {
  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  /** The value submitted when the option is chosen. Without it, the option's text is the value (as a native `<option>`). */
  @property({ reflect: true }) value?: string;

  /** Help text shown under the option's text (radio and checkbox groups), read as the option's description. Rendered as text. */
  @property({ reflect: true }) hint?: string;

  /** Chosen from the start: the initial choice that `form.reset()` returns to. */
  @property({ type: Boolean, reflect: true }) checked = false;

  /** The option cannot be chosen. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Not a choice but a separator between choices ("eller"). */
  @property({ type: Boolean, reflect: true }) divider = false;

  /** In a checkbox group: a "none of these" box; ticking it clears the others, and ticking another clears it. */
  @property({ type: Boolean, reflect: true }) exclusive = false;

  /** The option's text (its text content, whitespace collapsed). */
  get text(): string {
    return optionText(this);
  }

  protected override render(): typeof nothing {
    return nothing;
  }
}

/** The text of an option element, as text: its text content with whitespace collapsed. */
export function optionText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
