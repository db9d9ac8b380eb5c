import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { SubmitSummaryRow } from '../../events/submit.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { receiptMessages } from '../../i18n/messages/receipt.js';
import { registerMessages } from '../../i18n/registry.js';
import { receiptStyles } from './receipt.styles.js';
import { sentTime } from './sent-time.js';

registerMessages(receiptMessages);

/**
 * The receipt (DKFDS *kvittering*, GOV.UK *confirmation page*): a heading that takes focus, the case
 * reference, when it was sent (Danish time), "Hvad sker der nu?" (the host's text), the Digital Post
 * sentence only where the authority really sends one (`digital-post`), "Udskriv kvittering", a PDF
 * link when there is one (`pdf-href`) and the answers sent, as a read-only `bf-summary`.
 *
 * `bf-form` shows it when its `submitHandler` resolves: it hides the form, fills `reference`,
 * `sent-at` and `rows` from what was sent, focuses the heading and sets the page title. A server that
 * answers a plain POST writes it into its receipt page with `reference` and `sent-at`. In print, the
 * buttons are left out and every row is kept.
 *
 * @tagname bf-receipt
 * @summary Receipt (kvittering): focused heading, reference, time sent, what happens next, print, the answers.
 * @slot - "Hvad sker der nu?": what happens next, in the host's words.
 * @csspart confirmation - The box with heading, reference and time.
 * @csspart heading - The `h1`.
 * @csspart reference - "Referencenummer: …".
 * @csspart print - The "Udskriv kvittering" button.
 * @cssprop --bf-button-background - The box's border and the print button.
 */
export class BfReceipt extends LitElement {
  static override styles = receiptStyles;

  /** The heading; by default "Vi har modtaget din henvendelse". Text. */
  @property() heading?: string;

  /** The case reference the authority gave. */
  @property() reference = '';

  /** When it was sent: an ISO 8601 moment (shown in Danish time). */
  @property({ attribute: 'sent-at' }) sentAt = '';

  /** Set only when the receipt really is sent to the citizen's Digital Post. */
  @property({ type: Boolean, attribute: 'digital-post' }) digitalPost = false;

  /** The receipt as a PDF, when the host makes one. */
  @property({ attribute: 'pdf-href' }) pdfHref = '';

  /** The answers sent (the `bf-submit` payload's `summary`). */
  @property({ attribute: false }) rows: readonly SubmitSummaryRow[] = [];

  /** Moves focus to the heading (after sending). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  override render(): TemplateResult {
    const lang = this.localize.textLang ?? nothing;
    const sent = sentTime(new Date(this.sentAt));
    return html`<div part="confirmation" class="confirmation" lang=${lang}>
        <h1 part="heading" class="heading" tabindex="-1">${
          this.heading || this.localize.term('receiptHeading')
        }</h1>
        ${
          this.reference
            ? html`<p part="reference" class="reference">${this.localize.term('receiptReference', {
                reference: this.reference,
              })}</p>`
            : nothing
        }
        ${sent ? html`<p class="sent">${this.localize.term('receiptSent', sent)}</p>` : nothing}
        ${this.digitalPost ? html`<p class="digital-post">${this.localize.term('receiptDigitalPost')}</p>` : nothing}
      </div>
      <h2 class="subheading" lang=${lang}>${this.localize.term('receiptNext')}</h2>
      <slot></slot>
      <div class="actions" lang=${lang}>
        <button part="print" class="print" type="button" @click=${this.#print}>${this.localize.term('receiptPrint')}</button>
        ${this.pdfHref ? html`<a class="pdf" href=${this.pdfHref}>${this.localize.term('receiptPdf')}</a>` : nothing}
      </div>
      ${
        this.rows.length > 0
          ? html`<h2 class="subheading" lang=${lang}>${this.localize.term('receiptAnswers')}</h2>
              <bf-summary readonly .rows=${this.rows}></bf-summary>`
          : nothing
      }`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  readonly #print = (): void => {
    window.print();
  };
}
