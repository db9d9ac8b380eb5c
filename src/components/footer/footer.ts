import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { warnOnce } from '../../base/warn.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { pageMessages } from '../../i18n/messages/page.js';
import { registerMessages } from '../../i18n/registry.js';
import { footerStyles } from './footer.styles.js';

registerMessages(pageMessages);

/**
 * The page's footer (DKFDS footer; REQUIREMENTS §2.7): the authority, its contact details (the host's
 * content), and the links "Tilgængelighedserklæring" (every public self-service solution must have
 * one; a developer warning says so when `accessibility-statement-href` is missing), "Privatlivspolitik"
 * and "Kontakt".
 *
 * @tagname bf-footer
 * @summary Page footer: authority, contact details, accessibility statement and privacy policy links.
 * @slot - Contact details (address, opening hours), in the host's words.
 * @csspart links - The list of links.
 * @cssprop --bf-color-background-muted - The footer's background.
 */
export class BfFooter extends LitElement {
  static override styles = footerStyles;

  /** The authority, e.g. "Aarhus Kommune". */
  @property() authority = '';

  /** The solution's accessibility statement (was.digst.dk). Required by law. */
  @property({ attribute: 'accessibility-statement-href' }) accessibilityStatementHref = '';

  /** The authority's privacy policy. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** The contact page. */
  @property({ attribute: 'contact-href' }) contactHref = '';

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  override render(): TemplateResult {
    const lang = this.localize.textLang ?? nothing;
    const links = [
      [this.accessibilityStatementHref, 'footerAccessibility'],
      [this.privacyHref, 'footerPrivacy'],
      [this.contactHref, 'footerContact'],
    ] as const;
    return html`<footer class="footer">
      ${this.authority ? html`<p class="authority">${this.authority}</p>` : nothing}
      <slot></slot>
      <ul part="links" class="links" lang=${lang}>${links.map(([href, key]) =>
        href ? html`<li><a href=${href}>${this.localize.term(key)}</a></li>` : nothing,
      )}</ul>
    </footer>`;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (!this.accessibilityStatementHref)
      warnOnce(
        '<bf-footer> has no accessibility-statement-href: a public self-service solution must link to its accessibility statement.',
      );
  }
}
