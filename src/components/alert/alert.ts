import {
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { systemClock, type Clock } from '../../base/clock.js';
import { infoIcon, successIcon, warningIcon } from '../../base/alert-icons.js';
import { errorIcon } from '../../base/icons.js';
import { LightDomObserver } from '../../base/light-dom-observer.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { alertMessages } from '../../i18n/messages/alert.js';
import { registerMessages } from '../../i18n/registry.js';
import type { Message, MessageKey } from '../../i18n/types.js';
import { alertStyles } from './alert.styles.js';

registerMessages(alertMessages);

/** What an alert says: DKFDS's four kinds of *besked*. */
export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

/**
 * How long (ms) an alert that appears or changes holds its content back, so that the live region
 * is in the accessibility tree, empty, before the content arrives: a region born with its content
 * is not announced reliably (a polite one hardly ever).
 */
export const ALERT_ANNOUNCE_DELAY = 100;

const VARIANTS: Readonly<Record<AlertVariant, { word: MessageKey; icon: SVGTemplateResult }>> = {
  info: { word: 'alertInfo', icon: infoIcon },
  success: { word: 'alertSuccess', icon: successIcon },
  warning: { word: 'alertWarning', icon: warningIcon },
  error: { word: 'alertError', icon: errorIcon },
};

function isVariant(value: unknown): value is AlertVariant {
  return typeof value === 'string' && Object.hasOwn(VARIANTS, value);
}

/**
 * Whether the page has finished loading. It turns true one task after the `load` event (or after
 * this module ran, on a page that had loaded already), so the alerts of the page as it was written,
 * including those upgraded when the library is loaded late, all count as "there at load".
 */
let pageLoaded = false;
if (!isServer && typeof document !== 'undefined') {
  const settle = () => setTimeout(() => (pageLoaded = true));
  if (document.readyState === 'complete') settle();
  else globalThis.addEventListener('load', settle, { once: true });
}

/** Whether an element has content of its own: an element child, or text other than white space. */
function hasContent(host: Element): boolean {
  for (const node of host.childNodes) {
    if (node instanceof Element) return true;
    if (node instanceof Text && node.data.trim()) return true;
  }
  return false;
}

/** The heading at a level from 2 to 6 (anything else gives 2). */
function renderHeading(level: number, content: TemplateResult): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 part="heading" class="heading">${content}</h3>`;
    case 4:
      return html`<h4 part="heading" class="heading">${content}</h4>`;
    case 5:
      return html`<h5 part="heading" class="heading">${content}</h5>`;
    case 6:
      return html`<h6 part="heading" class="heading">${content}</h6>`;
    default:
      return html`<h2 part="heading" class="heading">${content}</h2>`;
  }
}

/**
 * A message on the page (DKFDS *besked*, "alert"): information, success, a warning or an error, with
 * an optional heading and the host's own content (text, links), which keeps the page's styles.
 * Each variant has its icon and colour, and starts with a word read only by screen readers
 * ("Information:", "Succes:", "Advarsel:", "Fejl:"), so the kind never rests on colour or the icon.
 *
 * **Announcements.** An alert that is part of the page as it loads is plain content: it is read in
 * reading order, never announced as an interruption. An alert that appears after the page has
 * loaded (inserted, or its `hidden` removed), or whose variant, heading or content changes, is
 * announced once, whole: an error as an alert (`role="alert"`, assertive), the others as a status
 * (`role="status"`, polite). To be announced reliably the box becomes the live region first and
 * shows its content a moment later (`ALERT_ANNOUNCE_DELAY`, through the injectable `clock`).
 *
 * **Focus.** It never takes focus of its own. A host that wants focus on it (a message that must be
 * read before anything else, e.g. after a server round trip) calls `alert.focus()`: the box takes
 * focus and its content is read.
 *
 * Every text is overridable per alert: `message-alert-error="Fejl:"` (and `-info`, `-success`,
 * `-warning`), or the `messages` property.
 *
 * @tagname bf-alert
 * @summary A message (DKFDS besked): info, success, warning or error; announced only when it appears or changes after load.
 * @slot - The message: the host's text and links, which keep the page's styles.
 * @csspart alert - The box (the live region once it is announced; takes focus from `focus()`).
 * @csspart icon - The variant's icon (hidden from assistive technology).
 * @csspart body - The heading and the content.
 * @csspart heading - The heading, from the `heading` attribute.
 * @csspart content - The slotted message.
 * @cssprop --bf-color-info - Bar and icon of `info` (with `--bf-color-info-background`).
 * @cssprop --bf-color-success - Bar and icon of `success` (with `--bf-color-success-background`).
 * @cssprop --bf-color-warning - Bar and icon of `warning` (with `--bf-color-warning-background`).
 * @cssprop --bf-color-error - Bar and icon of `error` (with `--bf-color-error-background`).
 */
export class BfAlert extends LitElement {
  static override styles = alertStyles;

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** What the alert says: `info` (default), `success`, `warning` or `error`. */
  @property() variant: AlertVariant = 'info';

  /** The heading's text (optional). Rendered as text, never as HTML. */
  @property() heading?: string;

  /** The heading's level, 2 to 6 (default 2), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Per-instance texts (`{ alertError: 'Fejl:' }`); the `message-*` attributes do the same from HTML. */
  @property({ attribute: false }) messages?: Partial<Record<MessageKey, Message>> &
    Record<string, Message | undefined>;

  /** Timers for the announcement's delay; tests set a fake clock and advance it. */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** Whether the box is a live region now (it appeared or changed after the page had loaded). */
  get live(): boolean {
    return this.speaking;
  }

  /** Moves focus to the box, whose content is then read. The alert never takes focus by itself. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.alert')?.focus(options);
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** The box carries its live role (it appeared or changed after load). */
  @state() protected speaking = false;

  /** The content is held back until the (empty) live region is in place. */
  @state() protected pending = false;

  /** The variant in effect (`info` for an unknown value). */
  protected get currentVariant(): AlertVariant {
    return isVariant(this.variant) ? this.variant : 'info';
  }

  override render(): TemplateResult {
    const variant = this.currentVariant;
    const { word, icon } = VARIANTS[variant];
    // On the server the element cannot see its children: assume content, as an empty alert is rare.
    const empty = !this.heading && !isServer && !hasContent(this);
    const role = this.speaking ? (variant === 'error' ? 'alert' : 'status') : nothing;
    const prefix = html`<span class="visually-hidden" lang=${this.localize.textLang ?? nothing}
      >${this.localize.term(word)} </span>`;
    return html`<div part="alert" class="alert ${variant}" tabindex="-1" ?hidden=${empty} role=${role}
      aria-atomic=${this.speaking ? 'true' : nothing}><span part="icon" class="icon-box">${icon}</span><div
      part="body" class=${this.pending ? 'body pending' : 'body'}>${
        this.heading ? renderHeading(this.headingLevel, html`${prefix}${this.heading}`) : nothing
      }<div part="content" class="content">${this.heading ? nothing : prefix}<slot></slot></div></div></div>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #timer: unknown;

  readonly #observer = new LightDomObserver(this, (records) => this.#onMutations(records));

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe();
    if (pageLoaded) this.#appear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#reveal();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) return;
    if (changed.has('variant') || changed.has('heading') || changed.has('headingLevel')) this.#appear();
  }

  /** The page's content or the host's `hidden` changed: announce again (or stop, when hidden). */
  #onMutations(records: MutationRecord[]): void {
    const toggled = records.some((r) => r.target === this && r.attributeName === 'hidden');
    const content = records.some(
      (r) => r.type !== 'attributes' || (r.target !== this && r.attributeName === 'hidden'),
    );
    if (toggled && this.hidden) this.#reveal();
    else if (toggled || content) this.#appear();
  }

  /** Becomes the live region with its content held back, and shows the content after the delay. */
  #appear(): void {
    if (this.hidden) return;
    this.speaking = true;
    this.pending = true;
    this.clock.clearTimeout(this.#timer);
    this.#timer = this.clock.setTimeout(() => this.#reveal(), ALERT_ANNOUNCE_DELAY);
  }

  /** Shows the content now, with no timer waiting. */
  #reveal(): void {
    this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.pending = false;
  }
}
