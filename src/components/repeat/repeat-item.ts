import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isValidatableControl } from '../form/controls.js';
import { repeatItemStyles } from './repeat.styles.js';

/** Fired by an item's "Fjern" button; `bf-repeat` removes the item (internal: not part of the public API). */
export const REMOVE_ITEM_EVENT = 'bf-repeat-item-remove';

/**
 * One item of a `bf-repeat` ("Person 2"): a group named by its heading around the item's fields, with
 * "Fjern person 2". The fields are the item's own light-DOM children, so they belong to the page's
 * form. `bf-repeat` creates, numbers and removes items; a server that sends a form back writes them
 * itself, with indexed names (see `bf-repeat`).
 *
 * @tagname bf-repeat-item
 * @summary One item of a bf-repeat: its heading (a legend), its fields, and "Fjern …".
 * @slot - The item's fields.
 * @csspart fieldset - The item's group.
 * @csspart legend - Its heading ("Person 2").
 * @csspart remove - The "Fjern …" button.
 * @cssprop --bf-color-border-strong - The rule above each item.
 */
export class BfRepeatItem extends LitElement {
  static override styles = repeatItemStyles;

  /** The item's heading, its group's name ("Person 2"); set by `bf-repeat`. */
  @property({ attribute: false }) heading = '';

  /** The remove button's text ("Fjern person 2"); set by `bf-repeat`. */
  @property({ attribute: false }) removeLabel = '';

  /** Whether the item may be removed (more items than `min`); set by `bf-repeat`. */
  @property({ attribute: false }) removable = false;

  /** The item's heading, for the summary and the error summary (asked by shape). */
  get itemLabel(): string {
    return this.heading;
  }

  /** Focuses the item's first field (after it was added). */
  focusFirstField(): boolean {
    const first = [...this.querySelectorAll('*')].find(isValidatableControl);
    first?.focus();
    return first !== undefined;
  }

  override render(): TemplateResult {
    return html`<fieldset part="fieldset" class="fieldset"><legend part="legend" class="legend">${
      this.heading
    }</legend><div class="fields"><slot></slot></div>${
      this.removable
        ? html`<button part="remove" class="button remove" type="button" @click=${this.#onRemove}>${this.removeLabel}</button>`
        : nothing
    }</fieldset>`;
  }

  readonly #onRemove = (): void => {
    this.dispatchEvent(new Event(REMOVE_ITEM_EVENT, { bubbles: true }));
  };
}
