import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { chevronIcon } from '../../base/icons.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { detailsMessages } from '../../i18n/messages/details.js';
import { registerMessages } from '../../i18n/registry.js';
import type { Message, MessageKey } from '../../i18n/types.js';
import { detailsStyles } from './details.styles.js';

registerMessages(detailsMessages);

/**
 * An explanation in place (DKFDS *detaljer*, REQUIREMENTS 1.2): a summary the citizen opens, by
 * default "Hvad betyder det?", and the host's explanation of a term such as "NemKonto" or
 * "husstand". Built on the native `<details>`/`<summary>`, so the keys (Enter and Space on the
 * summary), the expanded state and the content leaving the accessibility tree while closed are the
 * browser's own. No explanation lives only in a tooltip.
 *
 * The summary's text comes from `summary` (rendered as text), else the catalogue; per instance also
 * `message-details-summary`. The explanation is slotted, and keeps the page's styles.
 *
 * @tagname bf-details
 * @summary Details (detaljer): a native details/summary, "Hvad betyder det?" by default, for explaining a term in place.
 * @slot - The explanation: the host's text and links.
 * @csspart details - The native `<details>`.
 * @csspart summary - The native `<summary>` the citizen opens and closes.
 * @csspart icon - The chevron (hidden from assistive technology).
 * @csspart content - The panel around the explanation.
 * @cssprop --bf-color-primary - The summary's colour (`--bf-color-primary-hover` on hover).
 * @cssprop --bf-color-border-strong - The bar along the explanation.
 * @fires toggle - The details opened or closed (by the citizen or by `open`); read `open`.
 */
export class BfDetails extends LitElement {
  static override styles = detailsStyles;

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** The summary's text; by default "Hvad betyder det?" from the catalogue. Rendered as text. */
  @property() summary?: string;

  /** Whether the explanation is shown. Follows the citizen's clicks and keys, and can be set. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Per-instance texts (`{ detailsSummary: '…' }`); the `message-details-summary` attribute does the same. */
  @property({ attribute: false }) messages?: Partial<Record<MessageKey, Message>> &
    Record<string, Message | undefined>;

  /** Moves focus to the summary. */
  override focus(options?: FocusOptions): void {
    this.summaryNode?.focus(options);
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** The native `<details>`. */
  protected get detailsNode(): HTMLDetailsElement | null {
    return this.renderRoot.querySelector('details');
  }

  /** The native `<summary>`. */
  protected get summaryNode(): HTMLElement | null {
    return this.renderRoot.querySelector('summary');
  }

  override render(): TemplateResult {
    const own = Boolean(this.summary);
    return html`<details part="details" class="details" ?open=${this.open} @toggle=${this.#onToggle}><summary
      part="summary" class="summary"><span part="icon" class="icon-box">${chevronIcon}</span><span
      class="summary-text" lang=${own ? nothing : (this.localize.textLang ?? nothing)}>${
        own ? this.summary : this.localize.term('detailsSummary')
      }</span></summary><div part="content" class="content"><slot></slot></div></details>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The native details opened or closed: `open` follows, and the host tells the page. */
  readonly #onToggle = (): void => {
    const details = this.detailsNode;
    if (!details) return;
    this.open = details.open;
    this.dispatchEvent(new Event('toggle'));
  };
}
