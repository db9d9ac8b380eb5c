import { html, isServer, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BfLogoutEvent } from '../../events/logout.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { pageMessages } from '../../i18n/messages/page.js';
import { registerMessages } from '../../i18n/registry.js';
import { headerStyles } from './header.styles.js';

registerMessages(pageMessages);

/**
 * The page's header (DKFDS header; REQUIREMENTS §2.7, §3.2, §3.4): who the sender is on every step,
 * the summary and the receipt, also in print. First the skip link "Gå til sidens indhold" (the first
 * thing a keyboard reaches; it moves focus into the page's `main`), then the portal's name (or the
 * host's logo in the `logo` slot), the authority, the solution, support details, the logged-in
 * citizen's name with "Log af" (which fires `bf-logout`: the host ends the session), and "Du handler
 * på vegne af …" when the citizen acts for someone else. Never give it a CPR number: `user` is a name.
 *
 * @tagname bf-header
 * @summary Page header: skip link, portal, authority, solution, support, the citizen and "Log af", "på vegne af".
 * @slot logo - The portal's logo (by default the `portal` text).
 * @csspart skip-link - "Gå til sidens indhold".
 * @csspart authority - The authority's name.
 * @csspart solution - The solution's title.
 * @csspart logout - The "Log af" button.
 * @csspart on-behalf - "Du handler på vegne af …".
 * @cssprop --bf-button-background - The line under the header, the links and "Log af".
 * @fires bf-logout - The citizen chose "Log af".
 */
export class BfHeader extends LitElement {
  static override styles = headerStyles;

  /** The authority (the sender), e.g. "Aarhus Kommune". */
  @property() authority = '';

  /** The self-service solution's title, e.g. "Anmeld flytning". */
  @property() solution = '';

  /** The portal's name when there is no logo, e.g. "borger.dk". */
  @property() portal = '';

  /** The logged-in citizen's name (never the CPR number); none: not logged in, no "Log af". */
  @property() user = '';

  /** The name of whom the citizen acts for (digital fuldmagt). */
  @property({ attribute: 'on-behalf-of' }) onBehalfOf = '';

  /** The support phone number. */
  @property({ attribute: 'support-phone' }) supportPhone = '';

  /** A link to the contact page. */
  @property({ attribute: 'contact-href' }) contactHref = '';

  /**
   * The id of the page's main content, for the skip link; by default the page's `main` element (which
   * gets the id `indhold` if it has none).
   */
  @property() main = '';

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  override render(): TemplateResult {
    const lang = this.localize.textLang ?? nothing;
    return html`<a part="skip-link" class="skip" href=${`#${this.#target()?.id ?? this.main}`} lang=${lang} @click=${this.#skip}
        >${this.localize.term('headerSkipLink')}</a
      >
      <header class="header">
        <div class="bar">
          <span class="portal"><slot name="logo">${this.portal}</slot></span>
          ${this.renderSupport()}
        </div>
        <div class="solution-bar">
          <div>
            ${this.authority ? html`<p part="authority" class="authority">${this.authority}</p>` : nothing}
            ${this.solution ? html`<p part="solution" class="solution">${this.solution}</p>` : nothing}
          </div>
          ${this.renderUser()}
        </div>
        ${
          this.onBehalfOf
            ? html`<p part="on-behalf" class="on-behalf" lang=${lang}>${this.localize.term('headerOnBehalf', {
                name: this.onBehalfOf,
              })}</p>`
            : nothing
        }
      </header>`;
  }

  /** Support phone and contact link, when the host gives them. */
  protected renderSupport(): TemplateResult | typeof nothing {
    if (!this.supportPhone && !this.contactHref) return nothing;
    const lang = this.localize.textLang ?? nothing;
    return html`<p class="support" lang=${lang}>${
      this.supportPhone
        ? html`<span>${this.localize.term('headerSupportPhone', { phone: this.supportPhone })}</span>`
        : nothing
    }${this.contactHref ? html`<a href=${this.contactHref}>${this.localize.term('headerContact')}</a>` : nothing}</p>`;
  }

  /** The logged-in citizen and "Log af". */
  protected renderUser(): TemplateResult | typeof nothing {
    if (!this.user) return nothing;
    const lang = this.localize.textLang ?? nothing;
    return html`<div class="user" lang=${lang}><span>${this.localize.term('headerUser', { name: this.user })}</span
      ><button part="logout" class="logout" type="button" @click=${this.#logout}>${this.localize.term(
        'headerLogout',
      )}</button></div>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The main content: the element with the `main` id, else the page's `main` (given an id for the link). */
  #target(): HTMLElement | null {
    if (isServer) return null; // the server writes `#<main>` or `#indhold`, the id this gives `<main>`
    const target = this.main ? document.getElementById(this.main) : document.querySelector('main');
    if (target && !target.id) target.id = 'indhold';
    return target;
  }

  /** The skip link: focus the main content itself (a fragment alone only scrolls). */
  readonly #skip = (event: Event): void => {
    const target = this.#target();
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };

  readonly #logout = (): void => {
    this.dispatchEvent(new BfLogoutEvent());
  };
}
