import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { warnOnce } from '../../base/warn.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { repeatMessages } from '../../i18n/messages/repeat.js';
import { registerMessages } from '../../i18n/registry.js';
import { controlsUpdated, isValidatableControl } from '../form/controls.js';
import { fieldOf, itemFieldName, itemsNeeded } from './item-names.js';
import { REMOVE_ITEM_EVENT } from './repeat-item.js';
import { repeatStyles } from './repeat.styles.js';

registerMessages(repeatMessages);

/** An item as `bf-repeat` uses it (asked by shape: a fork's item under its own tag works too). */
export interface RepeatItem extends HTMLElement {
  heading: string;
  removeLabel: string;
  removable: boolean;
  readonly itemLabel: string;
  readonly updateComplete: Promise<unknown>;
  focusFirstField(): boolean;
}

function isRepeatItem(element: Element): element is RepeatItem {
  return typeof (element as Partial<RepeatItem>).focusFirstField === 'function' && 'removable' in element;
}

/** The first letter in upper case ("person" → "Person"), for an item's heading. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}

/**
 * Answers that repeat ("tilføj endnu en": who moves with you, your vehicles): the fields of a
 * `<template>` repeated as items, from `min` to `max` times. Each item is a group headed "Person 2",
 * with "Fjern person 2"; "Tilføj person" below adds one and moves focus to its first field; a removal
 * is announced and focus goes to the item that took its place (or the one before, or "Tilføj …").
 *
 * **Names.** Field `navn` of item 1 is submitted as `personer[0][navn]` (`name` of the group, the
 * index from 0, the template's name): PHP, Rails, ASP.NET and Node's `qs` read that as a list, and
 * any back end can split it with one pattern. Indexes are always 0 … n−1 in the order shown.
 *
 * **A server round trip.** A server that sends the form back writes the items itself, as
 * `<bf-repeat-item>` children with those names, their values and `error` attributes; the element
 * takes them as they are (and adds items up to `min`). Every field works in an item as it does
 * outside: validation, the error summary ("Person 2: Indtast et navn"), conditional content,
 * prefilled values. The summary shows each item under its heading; drafts and a reload keep the items.
 *
 * Step conditions (`bf-step when`) cannot refer to fields in items.
 *
 * @tagname bf-repeat
 * @summary "Tilføj endnu en": a template of fields repeated min…max times, each a labelled group with "Fjern".
 * @slot - A `<template>` with the fields of one item, and the items (`bf-repeat-item`).
 * @csspart fieldset - The group around all items.
 * @csspart legend - The question ("Personer, der flytter med").
 * @csspart hint - The hint.
 * @csspart add - The "Tilføj …" button.
 * @csspart max - The text shown instead of "Tilføj …" once `max` items are there.
 * @cssprop --bf-field-spacing - The space below the group.
 * @fires change - An item was added or removed (bubbles), so the form's drafts and conditions follow.
 */
export class BfRepeat extends LitElement {
  static override styles = repeatStyles;

  /** The tag of the items the element creates (a fork registering its own may change it). */
  static itemTag = 'bf-repeat-item';

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** The group's name: the start of every field's name in the items (`personer[0][navn]`). Required. */
  @property() name = '';

  /** The question above the items, the group's accessible name. Rendered as text. */
  @property() label = '';

  /** A hint below the question. Rendered as text. */
  @property() hint = '';

  /** What one item is (lower case, e.g. "person"): "Tilføj person", "Person 2", "Fjern person 2". */
  @property() item?: string;

  /** The fewest items (default 0); the first ones cannot be removed below it. */
  @property({ type: Number }) min = 0;

  /** The most items (default: no limit); "Tilføj …" gives way to a short text then. */
  @property({ type: Number }) max?: number;

  /** The items, in order. */
  get items(): RepeatItem[] {
    return isServer ? [] : [...this.children].filter(isRepeatItem); // no children on the server
  }

  /** Adds an item from the template and moves focus to its first field. */
  async addItem(): Promise<RepeatItem | null> {
    if (!this.#canAdd) return null;
    const item = this.#append();
    if (!item) return null;
    this.#sync();
    await this.#rendered([item]);
    item.focusFirstField();
    this.#changed();
    return item;
  }

  /** Removes `item`, says so, and moves focus to the item in its place (or before it, or "Tilføj …"). */
  async removeItem(item: RepeatItem): Promise<void> {
    const items = this.items;
    const index = items.indexOf(item);
    if (index < 0 || items.length <= this.min) return;
    const heading = item.heading;
    item.remove();
    this.#sync();
    this.announcement = this.localize.term('repeatRemoved', { heading });
    const rest = this.items;
    const next = rest[index] ?? rest[index - 1];
    await this.#rendered(rest);
    if (!next?.focusFirstField()) this.renderRoot.querySelector<HTMLElement>('.add')?.focus();
    this.#changed();
  }

  /**
   * Makes as many items as the names of a draft or a reload need (at least `min`), before their
   * states are given back: `bf-form` calls it (asked by shape) with the names it will restore.
   */
  async prepareRestore(names: Iterable<string>): Promise<void> {
    const wanted = Math.min(this.max ?? Infinity, Math.max(this.min, itemsNeeded(this.name, names)));
    while (this.items.length > wanted) this.items.at(-1)?.remove();
    while (this.items.length < wanted && this.#append());
    this.#sync();
    await this.#rendered(this.items);
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** What the live region says (after a removal). */
  @state() protected announcement = '';

  /** The item's noun as the host gave it, or the catalogue's. */
  protected get itemNoun(): string {
    return this.item || this.localize.term('repeatItem');
  }

  override render(): TemplateResult {
    const hint = this.hint !== '';
    return html`<fieldset part="fieldset" class="fieldset" aria-describedby=${hint ? 'hint' : nothing}
      ><legend part="legend" class="legend">${this.label}</legend>
      <div part="hint" class="hint" id="hint" ?hidden=${!hint}>${this.hint}</div>
      <slot @slotchange=${this.#sync}></slot>
      ${
        this.#canAdd
          ? html`<button part="add" class="button add" type="button" @click=${() => void this.addItem()}>${this.localize.term(
              'repeatAdd',
              { item: this.itemNoun },
            )}</button>`
          : html`<p part="max" class="max">${this.localize.term('repeatMaxReached')}</p>`
      }
      <div class="visually-hidden" role="status">${this.announcement}</div></fieldset
    >`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(REMOVE_ITEM_EVENT, this.#onRemoveItem);
    // Items a server wrote are taken as they are; up to `min` more come from the template.
    while (this.items.length < this.min && this.#append());
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(REMOVE_ITEM_EVENT, this.#onRemoveItem);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('min') || changed.has('item') || changed.has('name')) this.#number();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.name) warnOnce(`<${this.localName}> has no name: its fields cannot be told apart when sent.`);
    if (!this.label)
      warnOnce(`<${this.localName}> has no label. A group of fields needs a visible name (WCAG 1.3.1).`);
    if (!this.querySelector(':scope > template'))
      warnOnce(`<${this.localName} name="${this.name}"> has no <template> with the fields of one item.`);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  get #canAdd(): boolean {
    return this.max === undefined || this.items.length < this.max;
  }

  /** A new item from the template at the end, its fields named for their place; null without a template. */
  #append(): RepeatItem | null {
    const template = this.querySelector<HTMLTemplateElement>(':scope > template');
    if (!template) return null;
    const item = document.createElement(BfRepeat.itemTag) as RepeatItem;
    item.append(document.importNode(template.content, true));
    this.#name(item, this.items.length);
    this.append(item);
    return item;
  }

  /** Gives the fields of `item` the names of place `index`. */
  #name(item: Element, index: number): void {
    for (const field of item.querySelectorAll('[name]')) {
      const name = itemFieldName(this.name, index, fieldOf(this.name, field.getAttribute('name') ?? ''));
      if (field.getAttribute('name') !== name) field.setAttribute('name', name);
    }
  }

  /** The items changed (added, removed, slotted): number them and render again. */
  readonly #sync = (): void => {
    this.#number();
    this.requestUpdate();
  };

  /** Numbers the items: headings, remove buttons, the names of their fields. */
  #number(): void {
    const items = this.items;
    const noun = this.itemNoun;
    items.forEach((item, index) => {
      const n = index + 1;
      item.heading = this.localize.term('repeatHeading', { item: capitalised(noun), n });
      item.removeLabel = this.localize.term('repeatRemove', { item: noun, n });
      item.removable = items.length > this.min;
      this.#name(item, index);
    });
  }

  /** Until the items and their fields have rendered. */
  async #rendered(items: readonly RepeatItem[]): Promise<void> {
    await this.updateComplete;
    await Promise.all(items.map((item) => item.updateComplete));
    await controlsUpdated(
      items.flatMap((item) => [...item.querySelectorAll('*')].filter(isValidatableControl)),
    );
  }

  /** Tells the form that its answers changed (drafts, step conditions, the error summary follow). */
  #changed(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  readonly #onRemoveItem = (event: Event): void => {
    const item = event.target as Element;
    if (isRepeatItem(item) && this.items.includes(item)) {
      event.stopPropagation();
      void this.removeItem(item);
    }
  };
}
