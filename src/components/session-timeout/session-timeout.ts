import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { systemClock, type Clock } from '../../base/clock.js';
import { warnOnce } from '../../base/warn.js';
import { BfLogoutEvent } from '../../events/logout.js';
import { BfSessionExpiredEvent, BfSessionExtendEvent, BfSessionSaveEvent } from '../../events/session.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { sessionMessages } from '../../i18n/messages/session.js';
import { registerMessages } from '../../i18n/registry.js';
import {
  minutesAndSeconds,
  parseExpiry,
  secondsLeft,
  shouldAnnounce,
  warnBeforeSeconds,
  MIN_WARN_BEFORE,
} from './session-time.js';
import { sessionTimeoutStyles } from './session-timeout.styles.js';

registerMessages(sessionMessages);

/** The host's keep-alive: resolves (with the new expiry, or nothing when it sets `expires-at` itself) or rejects. */
export type SessionExtender = () => Promise<string | number | Date | void>;

/** The element the page's focus is on, through shadow roots. */
function focusedElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The session timeout warning (DKFDS "session udløber"; REQUIREMENTS §3.2, WCAG 2.2.1): a modal
 * `<dialog>` that opens `warn-before` seconds (at least 20) before `expires-at`, shows the time left
 * every second and says whether the answers are kept. When it opens it fires `bf-session-save`: a
 * `bf-form` with a draft store saves its answers and the dialog says they are saved once they are (a
 * host whose server keeps the answers in its own way sets `saved`). A polite live region announces the
 * time left when it opens, at most once a minute, and at 20 seconds. Focus goes to "Forbliv logget på"
 * and back where it was when the dialog closes; the page behind is inert; Escape does not close it
 * (it asks for a choice).
 *
 * "Forbliv logget på" fires `bf-session-extend`; with an `extend` function the element calls it and
 * waits (a failure shows a Danish message and keeps the dialog open), otherwise the host moves
 * `expires-at`. The host may move `expires-at` at any time (every server round trip extends the
 * session). "Log af" fires `bf-logout`. When the time runs out the dialog says so, `bf-session-expired`
 * fires and, unless a listener cancels it, the page goes to `logged-out-href`.
 *
 * @tagname bf-session-timeout
 * @summary Session timeout warning: a modal with the time left, "Forbliv logget på" and "Log af".
 * @csspart dialog - The `<dialog>`.
 * @csspart heading - Its heading.
 * @csspart extend - "Forbliv logget på".
 * @csspart logout - "Log af".
 * @cssprop --bf-button-background - The buttons.
 * @fires bf-session-extend - The citizen chose "Forbliv logget på".
 * @fires bf-logout - The citizen chose "Log af".
 * @fires bf-session-expired - The time ran out; cancel it to navigate yourself.
 * @fires bf-session-save - The warning opened: forms with a draft store save now (`waitUntil`).
 */
export class BfSessionTimeout extends LitElement {
  static override styles = sessionTimeoutStyles;

  /** When the session ends: ISO 8601, or milliseconds since the epoch. */
  @property({ attribute: 'expires-at' }) expiresAt = '';

  /** Seconds before the end that the warning opens (default 120; never less than 20). */
  @property({ type: Number, attribute: 'warn-before' }) warnBefore?: number;

  /** Where the page goes when the time runs out. */
  @property({ attribute: 'logged-out-href' }) loggedOutHref = '';

  /** The host keeps the answers in its own way: the texts say so (a `bf-form` with a draft store tells the element itself). */
  @property({ type: Boolean }) saved = false;

  /** The host's keep-alive; without one, the host answers `bf-session-extend` by moving `expires-at`. */
  @property({ attribute: false }) extend?: SessionExtender;

  /** Timers (tests set a `FakeClock`). */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** The time now in milliseconds since the epoch (tests set their own). */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** Goes to a page (tests set their own). */
  @property({ attribute: false }) navigate: (href: string) => void = (href) => window.location.assign(href);

  /** Whether the warning is open. */
  get open(): boolean {
    return this.renderRoot.querySelector('dialog')?.open ?? false;
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** Seconds left, while the dialog is open. */
  @state() protected left = 0;
  /** The time ran out. */
  @state() protected expired = false;
  /** The host's extend function failed. */
  @state() protected extendFailed = false;
  /** The forms on the page saved their answers when the warning opened (`bf-session-save`). */
  @state() protected formsSaved = false;
  /** What the live region says now. */
  @state() protected announcement = '';

  override render(): TemplateResult {
    const lang = this.localize.textLang ?? nothing;
    const time = this.#timeText(this.left);
    const saved = this.saved || this.formsSaved;
    return html`<dialog part="dialog" class="dialog" aria-labelledby="heading" aria-describedby="text"
      lang=${lang} @cancel=${this.#onCancel} @keydown=${this.#onKeyDown}>
      <h2 part="heading" class="heading" id="heading">${this.localize.term(
        this.expired ? 'sessionExpiredHeading' : 'sessionHeading',
      )}</h2>
      <p class="text" id="text">${
        this.expired
          ? this.localize.term(saved ? 'sessionExpiredSaved' : 'sessionExpiredUnsaved')
          : `${this.localize.term('sessionText', { time })} ${this.localize.term(
              saved ? 'sessionSaved' : 'sessionUnsaved',
            )}`
      }</p>
      ${this.extendFailed ? html`<p class="error" role="alert">${this.localize.term('sessionExtendFailed')}</p>` : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        this.expired
          ? nothing
          : html`<div class="actions">
              <button part="extend" class="extend" type="button" @click=${this.#onExtend}>${this.localize.term(
                'sessionExtend',
              )}</button>
              <button part="logout" class="logout" type="button" @click=${this.#onLogout}>${this.localize.term(
                'sessionLogout',
              )}</button>
            </div>`
      }
    </dialog>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('expiresAt') || changed.has('warnBefore') || changed.has('clock') || changed.has('now'))
      this.#schedule();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #timer: unknown = null;
  /** The warning is up (set at once; the dialog opens after the next render). */
  #warning = false;
  #returnFocus: HTMLElement | null = null;
  #lastAnnounced: number | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  #stop(): void {
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Sets the one timer: to open the warning, or (open) the next second of the countdown. */
  #schedule(): void {
    this.#stop();
    const expiry = parseExpiry(this.expiresAt);
    if (expiry === null) return;
    if (this.warnBefore !== undefined && this.warnBefore < MIN_WARN_BEFORE)
      warnOnce(
        `<bf-session-timeout warn-before="${this.warnBefore}"> is too short to react: it warns 20 seconds before.`,
      );
    const now = this.now();
    const opensAt = expiry - warnBeforeSeconds(this.warnBefore) * 1000;
    if (now < opensAt) {
      if (this.#warning) this.#close(); // the host moved the expiry
      this.#timer = this.clock.setTimeout(() => this.#schedule(), opensAt - now);
      return;
    }
    this.left = secondsLeft(expiry, now);
    if (this.left === 0) {
      this.#expire();
      return;
    }
    if (!this.#warning) {
      this.#warning = true;
      this.#lastAnnounced = null;
      void this.#openDialog();
      void this.#saveAnswers();
    }
    if (shouldAnnounce(this.left, this.#lastAnnounced)) {
      this.#lastAnnounced = this.left;
      this.announcement = this.localize.term('sessionAnnouncement', { time: this.#timeText(this.left) });
    }
    const untilNextSecond = expiry - now - (this.left - 1) * 1000;
    this.#timer = this.clock.setTimeout(() => this.#schedule(), Math.max(1, untilNextSecond));
  }

  async #openDialog(): Promise<void> {
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    this.#returnFocus = focusedElement();
    this.extendFailed = false;
    dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('.extend')?.focus();
  }

  /** Asks the forms on the page to save now (the page behind the dialog is inert: nothing changes after). */
  async #saveAnswers(): Promise<void> {
    const save = new BfSessionSaveEvent();
    this.formsSaved = false;
    this.dispatchEvent(save);
    this.formsSaved = await save.everySaved();
  }

  #close(): void {
    this.#warning = false;
    this.renderRoot.querySelector('dialog')?.close();
    this.announcement = '';
    this.#lastAnnounced = null;
    const target = this.#returnFocus;
    this.#returnFocus = null;
    target?.focus();
  }

  #expire(): void {
    this.expired = true;
    if (!this.#warning) {
      this.#warning = true;
      void this.#openDialog();
    }
    this.announcement = this.localize.term('sessionExpiredHeading');
    const expired = new BfSessionExpiredEvent();
    this.dispatchEvent(expired);
    if (!expired.defaultPrevented && this.loggedOutHref) this.navigate(this.loggedOutHref);
  }

  /** "Forbliv logget på": tell the host; with an extend function, wait for it. */
  readonly #onExtend = async (): Promise<void> => {
    this.dispatchEvent(new BfSessionExtendEvent());
    const extend = this.extend;
    if (!extend) {
      this.#close();
      return;
    }
    try {
      const expiry = await extend();
      if (expiry !== undefined) this.expiresAt = String(expiry instanceof Date ? expiry.getTime() : expiry);
      this.extendFailed = false;
      this.#close();
      this.#schedule();
    } catch {
      this.extendFailed = true;
    }
  };

  readonly #onLogout = (): void => {
    this.#close();
    this.#stop();
    this.dispatchEvent(new BfLogoutEvent());
  };

  /** Tab stays in the dialog in every browser: from the last button to the first, and back. */
  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('dialog button')];
    if (buttons.length === 0) return;
    const focused = this.shadowRoot?.activeElement ?? null;
    const [first, last] = [buttons[0], buttons[buttons.length - 1]];
    if (!event.shiftKey && focused === last) {
      event.preventDefault();
      first.focus();
    } else if (event.shiftKey && focused === first) {
      event.preventDefault();
      last.focus();
    }
  };

  /** Escape does not dismiss the warning: it asks for a choice. */
  readonly #onCancel = (event: Event): void => {
    event.preventDefault();
  };

  /** "1 minut og 5 sekunder", "2 minutter", "45 sekunder". */
  #timeText(seconds: number): string {
    const parts = minutesAndSeconds(seconds);
    const minutes = this.localize.term('sessionMinutes', { count: parts.minutes });
    const rest = this.localize.term('sessionSeconds', { count: parts.seconds });
    if (parts.minutes === 0) return rest;
    if (parts.seconds === 0) return minutes;
    return this.localize.term('sessionMinutesAndSeconds', { minutes, seconds: rest });
  }
}
