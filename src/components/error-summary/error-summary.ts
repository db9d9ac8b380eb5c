import { html, isServer, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorIcon } from '../../base/icons.js';
import { whenServerErrors, type ServerFieldError } from '../../base/server-errors.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { formMessages } from '../../i18n/messages/form.js';
import { registerMessages } from '../../i18n/registry.js';
import {
  controlsUpdated,
  customElementsDefined,
  isValidatableControl,
  itemLabelOf,
  type ValidatableControl,
} from '../form/controls.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { ErrorTitleController } from './error-title.js';

registerMessages(formMessages);

/**
 * One line of the summary: the control and the message it had when the summary was filled. On the
 * server the control is a stand-in with what the server renderer knows of it (`id`, `name`).
 */
interface Entry {
  readonly control: ValidatableControl;
  readonly message: string;
}

/** An entry rendered on the server: only the link (`id`, `name`) and the message are read there. */
function serverEntry(error: ServerFieldError): Entry {
  return {
    control: { id: error.id, name: error.name } as unknown as ValidatableControl,
    message: error.message,
  };
}

/**
 * The fields of a server-rendered form that came with a server's `error`, read from their attributes
 * (they need not be defined yet): the list the server rendered, so hydration finds the same.
 */
function serverMarkupEntries(form: HTMLFormElement | null): Entry[] {
  if (!form) return [];
  const entries: Entry[] = [];
  for (const control of form.querySelectorAll<HTMLElement>('[error]')) {
    const definition = customElements.get(control.localName) as { formAssociated?: boolean } | undefined;
    const message = control.getAttribute('error') ?? '';
    const active = !control.hasAttribute('disabled') && !control.hasAttribute('readonly');
    if (definition?.formAssociated && message && active)
      entries.push({ control: control as ValidatableControl, message });
  }
  return entries;
}

function isValid(control: ValidatableControl): boolean {
  return (control as { validity?: ValidityState }).validity?.valid ?? true;
}

/**
 * The error summary (DKFDS *fejlopsummering*, GOV.UK *error summary*): a box at the top of the form
 * that lists every problem after a failed submit, one link per invalid field in the order of the
 * page, each link's text the field's own message. A link moves focus to the field's control (the
 * wrong part of a date, the first radio of a group) and scrolls its label into view.
 *
 * Nothing is shown before there is something to say. `bf-form` fills it on every submit attempt and
 * moves focus to it; a link whose field is fixed goes away as the citizen fixes it, and new problems
 * wait for the next submit. **On page load** it lists the fields of its form that carry a
 * server-rendered `error` attribute and takes focus, so a server round trip needs no script of the
 * host's. While it lists problems, the page title starts with "Fejl: ".
 *
 * Place it first inside the `<form>` (`bf-form` adds one there if the form has none). It finds
 * controls by what they can do (the `BfFormControl` interface), so every field element, a fork's
 * subclass and later elements take part without change.
 *
 * It is labelled by its heading and takes focus itself (`tabindex="-1"`); it has no `role="alert"`:
 * the move of focus announces it.
 *
 * @tagname bf-error-summary
 * @summary Error summary (fejlopsummering): a heading and one link per invalid field, focused after a failed submit.
 * @csspart summary - The box (labelled by the heading, takes focus).
 * @csspart heading - The heading, "Der er problemer".
 * @csspart list - The list of links.
 * @csspart link - One link to a field.
 * @csspart error-icon - The error icon before the heading (hidden from assistive technology).
 * @cssprop --bf-error-color - The box's bar.
 * @cssprop --bf-color-error-background - The box's background.
 */
export class BfErrorSummary extends LitElement {
  static override styles = errorSummaryStyles;

  /** The heading's text; by default "Der er problemer" from the catalogue. Rendered as text. */
  @property() heading?: string;

  /** How many problems are listed now. */
  get count(): number {
    return this.entries.length;
  }

  /** The controls listed now, in order. */
  get controls(): readonly HTMLElement[] {
    return this.entries.map((entry) => entry.control);
  }

  /**
   * Lists the invalid ones of `controls` (in the order given: the page's), each with its message
   * now; an empty list hides the summary. `bf-form` calls this on every submit attempt.
   */
  show(controls: Iterable<Element>): void {
    const entries: Entry[] = [];
    for (const control of controls) {
      if (!isValidatableControl(control) || isValid(control)) continue;
      const message = control.validationMessage;
      const heading = itemLabelOf(control); // "Person 2: Indtast et navn" for a field in a repeated item
      if (message)
        entries.push({
          control,
          message: heading ? this.localize.term('errorSummaryInItem', { heading, message }) : message,
        });
    }
    this.entries = entries;
  }

  /** Empties the summary (e.g. after the form was reset). */
  clear(): void {
    this.entries = [];
  }

  /** Focuses the box (after it was filled): its heading and links are read. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus(options);
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** The lines listed now. */
  @state() protected entries: readonly Entry[] = [];

  /** "Fejl: " before the page title while problems are listed. */
  protected readonly errorTitle = new ErrorTitleController(
    this,
    () => this.entries.length > 0,
    (title) => this.localize.term('errorTitle', { title }),
  );

  override render(): TemplateResult | typeof nothing {
    if (this.entries.length === 0) return nothing;
    return html`<section part="summary" class="summary" tabindex="-1" aria-labelledby="heading"
      lang=${this.heading ? nothing : (this.localize.textLang ?? nothing)}>${errorIcon}<div class="body"><h2
      part="heading" class="heading" id="heading">${this.heading || this.localize.term('errorSummaryHeading')}</h2><ul
      part="list" class="list">${this.entries.map(
        (entry) => html`<li><a part="link" class="link" href=${`#${entry.control.id || entry.control.name}`}
          @click=${(event: Event) => this.#go(event, entry.control)}>${entry.message}</a></li>`,
      )}</ul></div></section>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #form: HTMLFormElement | null = null;
  /** The entries are the ones the server rendered (until the fields are ready and it lists them itself). */
  #entriesFromMarkup = false;

  constructor() {
    super();
    // On the server the renderer gives the fields with a server's `error` in this summary's scope.
    if (isServer) whenServerErrors(this, (errors) => (this.entries = errors.map(serverEntry)));
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Rendered on the server (a declarative shadow root): start from the list the server wrote.
    if (this.shadowRoot) {
      this.entries = serverMarkupEntries(this.closest('form'));
      this.#entriesFromMarkup = this.entries.length > 0;
    }
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#form = this.closest('form');
    this.#form?.addEventListener('change', this.#onFieldChange);
    this.#form?.addEventListener('input', this.#onFieldChange);
    this.#form?.addEventListener('reset', this.#onReset);
    void this.#listServerErrors();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#form?.removeEventListener('change', this.#onFieldChange);
    this.#form?.removeEventListener('input', this.#onFieldChange);
    this.#form?.removeEventListener('reset', this.#onReset);
    this.#form = null;
  }

  /** A link: focus the field's control (without the browser's scroll), then bring its label into view. */
  #go(event: Event, control: ValidatableControl): void {
    event.preventDefault();
    control.focus({ preventScroll: true });
    control.scrollIntoView({ block: 'start' });
  }

  /** A field the citizen fixed leaves the list; the list is not added to until the next submit. */
  readonly #onFieldChange = (): void => {
    if (this.entries.length === 0) return;
    const remaining = this.entries.filter((entry) => entry.control.isConnected && !isValid(entry.control));
    if (remaining.length !== this.entries.length) this.entries = remaining;
  };

  readonly #onReset = (): void => {
    this.clear();
  };

  /** On load: the fields that arrived with a server's `error` are listed, and the summary takes focus. */
  async #listServerErrors(): Promise<void> {
    const form = this.#form;
    if (!form) return;
    await customElementsDefined(form);
    const controls = [...form.elements].filter(isValidatableControl);
    await controlsUpdated(controls);
    // A submit came first, or it moved; entries the server rendered are listed again from the fields.
    if ((this.entries.length > 0 && !this.#entriesFromMarkup) || this.#form !== form) return;
    this.#entriesFromMarkup = false;
    const withServerError = controls.filter((control) => control.error && control.willValidate);
    if (withServerError.length === 0) return;
    this.show(withServerError);
    await this.updateComplete;
    this.focus();
  }
}
