import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Marking } from '../../base/form-control.js';
import { takeFocusOnInvalid } from '../../base/submit-intent.js';
import { warnOnce } from '../../base/warn.js';
import { BfSubmitEvent, BfSubmittedEvent, type SubmitPayload } from '../../events/submit.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { formMessages } from '../../i18n/messages/form.js';
import { registerMessages } from '../../i18n/registry.js';
import { BfErrorSummary } from '../error-summary/error-summary.js';
import { systemClock, type Clock } from '../../base/clock.js';
import type { DraftStore } from '../../drafts/draft-store.js';
import { Drafts } from './drafts.js';
import { LeaveGuard } from './leave-guard.js';
import { ReloadKeeper } from './reload-keeper.js';
import { activeControls, controlsUpdated, isValidatableControl, summaryControls } from './controls.js';
import { formStyles } from './form.styles.js';
import { PendingButton, submitButtonOf } from './pending-button.js';
import { submitPayload, summaryRows } from './payload.js';

registerMessages(formMessages);

/** What the form sets on its receipt (asked by shape: a fork's receipt under its own tag works too). */
interface ReceiptLike {
  reference: string;
  sentAt: string;
  rows: SubmitPayload['summary'];
  readonly updateComplete: Promise<unknown>;
  focusHeading(): void;
}

/** What a host's `submitHandler` resolves with (all optional: nothing at all is a plain success). */
export interface SubmitResult {
  /** The case reference, for the receipt and `bf-submitted`. */
  readonly reference?: string;
  /**
   * The host's own receipt page (e.g. one its server renders): the form goes there
   * (`location.assign`) instead of showing `bf-receipt`, after `bf-submitted`, with the draft cleared
   * and the answers gone from the history entry, as after a native post; "Sender …" holds until the
   * page is left.
   */
  readonly receiptUrl?: string;
  /**
   * The server refused answers and received nothing: `{ field name: Danish message }`, shown as
   * `setErrors` shows them (on the fields, in the error summary, focus on it). No receipt, no failure
   * message, and the draft stays.
   */
  readonly errors?: Readonly<Record<string, string>>;
}

/**
 * Sends the form the host's own way (e.g. `fetch`). It gets the `bf-submit` payload and the form's
 * `FormData` (files included, the same entries a native post sends). A rejection (no connection, a
 * server error) is shown to the citizen as a Danish message that says nothing is lost, focused, with
 * "Prøv at sende igen"; an error with a `userMessage` string shows that text instead (never the
 * exception's own text). See `SubmitResult` for what a resolved call can say.
 */
export type SubmitHandler = (payload: SubmitPayload, data: FormData) => Promise<SubmitResult | void>;

/**
 * Defines `bf-alert` when the form first shows a message in one (most forms never do); a send starts
 * loading it, so a connection lost meanwhile still finds it. Should it fail to load, the message
 * still shows (its text and button are the form's own children of the undefined element).
 */
function defineAlert(): Promise<unknown> {
  return import('../../define/alert.js').catch(() => undefined);
}

/** Text an error object brings for the citizen, if any. */
function userMessageOf(error: unknown): string {
  const message = (error as { userMessage?: unknown } | null)?.userMessage;
  return typeof message === 'string' ? message.trim() : '';
}

/** A wizard step and its wizard, asked by shape (a fork's under its own tags works too). */
interface StepLike extends HTMLElement {
  appliesTo(values: unknown): boolean;
  readonly updateComplete?: Promise<unknown>;
}
interface WizardLike {
  goTo?: (step: StepLike) => void;
}

/** Shows the wizard step `control` is in (none: nothing happens). */
async function showStepOf(control: Element): Promise<void> {
  let step: StepLike | null = null;
  for (let at = control.parentElement; at; at = at.parentElement) {
    if (!step && typeof (at as Partial<StepLike>).appliesTo === 'function') step = at as StepLike;
    else if (step && typeof (at as WizardLike).goTo === 'function') {
      (at as WizardLike).goTo?.(step);
      await step.updateComplete;
      return;
    }
  }
}

/**
 * The form of a self-service solution. It wraps exactly one native `<form>` of the page's own, which
 * keeps posting to its `action` as a plain form does: a server that knows nothing of this library
 * receives every value.
 *
 * **On a submit attempt** (a click on a submit button, Enter in a field) it validates every enabled,
 * shown field, shows each field's error, and while any is invalid sends nothing: it fills the error
 * summary and moves focus to it. The form gets `novalidate`, so the browser shows no bubbles of its
 * own. A form without a `bf-error-summary` gets one, first inside the form.
 *
 * **Sending.** `bf-submit` fires exactly once per submission with a JSON-serialisable payload
 * (`values`, `summary`, `meta`); without a `submitHandler` the native submission follows (unless a
 * listener calls `preventDefault()`). With a `submitHandler`, the form is sent by it; on success
 * `bf-submitted` carries the reference and the receipt replaces the form (the host's `bf-receipt`
 * child, or a new one: define `bf-receipt`, as the CDN file does), its heading focused, or the host's
 * own receipt page opens (`receiptUrl`); answers the server refused (`errors`) show as `setErrors`
 * shows them; on failure a `bf-alert` says in Danish what happened and that no answer is lost, and
 * takes focus. While sending, the submit button says "Sender …" (announced) and has
 * `aria-disabled`, and a second click or Enter sends nothing.
 *
 * On "Log af" (`bf-logout`, from `bf-header` or `bf-session-timeout`) the form is emptied: neither
 * Back nor a reload shows the answers again.
 *
 * `marking` sets how fields mark themselves: `optional` (default: "(frivilligt)" on optional fields),
 * `required` ("(skal udfyldes)" on required ones) or `none`.
 *
 * @tagname bf-form
 * @summary Wraps a native form: validation on submit, error summary and focus, double-submit guard, "Sender …", submitHandler.
 * @slot - The native `<form>`, with the fields and the submit button.
 * @csspart alert - The message shown when sending failed.
 * @cssprop --bf-error-color - The failure message's bar (a `bf-alert` with `variant="error"`).
 * @fires bf-submit - The form is valid and being sent; `detail` is the payload (`values`, `summary`, `meta`). Cancelable.
 * @fires bf-submitted - The `submitHandler` resolved; `detail.reference` is the case reference.
 */
export class BfForm extends LitElement {
  static override styles = formStyles;

  /** The tag of the error summary a form without one gets (a fork registering its own may change it). */
  static errorSummaryTag = 'bf-error-summary';

  /** The tag of the receipt shown after a `submitHandler` resolves, when the host placed none. */
  static receiptTag = 'bf-receipt';

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /** How fields mark themselves: `optional` (default), `required` or `none` (DKFDS: mark the minority). */
  @property({ reflect: true }) marking?: Marking;

  /** The submit button's text while sending; by default "Sender …" from the catalogue. */
  @property({ attribute: 'submitting-text' }) submittingText?: string;

  /** Sends the form the host's own way instead of the native submission. See `SubmitHandler`. */
  @property({ attribute: false }) submitHandler?: SubmitHandler;

  /** The draft's name in the store (e.g. the solution and the citizen's session); drafts are off without it. */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** Where drafts are kept (`IndexedDbDraftStore`, a server store, the host's own); none unless the host sets one. */
  @property({ attribute: false }) draftStore: DraftStore | null = null;

  /**
   * No "Leave site?" question when the citizen leaves with answers no store keeps: for a host whose
   * own server keeps every answer, or that asks in its own way. A reload keeps the answers either way.
   */
  @property({ type: Boolean, attribute: 'no-leave-warning' }) noLeaveWarning = false;

  /** Timers for the pause before a draft is saved (tests set a `FakeClock`). */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** Keeps the answers and the step in the history entry, so a reload loses nothing (see `ReloadKeeper`). */
  readonly reloadKeeper = new ReloadKeeper(this);

  /**
   * The form's draft: saved, offered, cleared (see `DraftController`, loaded when drafts are first on);
   * not offered after a reload that kept the answers.
   */
  readonly drafts = new Drafts(this, () => this.reloadKeeper.restored);

  /** Asks before the citizen leaves with answers that would be lost. */
  readonly leaveGuard = new LeaveGuard(this);

  /** The native form this element wraps. */
  get form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  /** The error summary of the form. */
  get errorSummary(): BfErrorSummary | null {
    const form = this.form;
    if (!form) return null;
    for (const element of form.querySelectorAll(BfForm.errorSummaryTag)) {
      if (element instanceof BfErrorSummary) return element;
    }
    return null;
  }

  /** Whether a submission is being sent now. */
  get pending(): boolean {
    return this.sending;
  }

  /**
   * Shows the server's messages (`{ name: message }`) on the fields of those names, as their
   * `error`, lists them in the error summary and moves focus to it (REQUIREMENTS §1.4). In a wizard
   * whose shown step has none of those fields, the step of the first one is shown first.
   */
  async setErrors(errors: Readonly<Record<string, string>>): Promise<void> {
    const form = this.form;
    if (!form) return;
    const controls = [...form.elements].filter(isValidatableControl);
    const named = controls.filter((control) => errors[control.name]);
    for (const control of named) control.error = errors[control.name];
    await controlsUpdated(controls);
    // In a wizard, when no field with a message is on the shown step, the step of the first one is
    // shown (as a page sent back with errors opens on it), so the summary's links lead to shown fields.
    const shown = activeControls(form);
    if (named[0] && !named.some((control) => shown.includes(control))) await showStepOf(named[0]);
    await this.showProblems(activeControls(form));
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  protected readonly localize = new LocalizeController(this);

  /** A submission is being sent. */
  @state() protected sending = false;

  /** The message of the last failed `submitHandler` call ('' for none). */
  @state() protected failure = '';

  override render(): TemplateResult {
    return html`${this.drafts.renderNotice(this.localize)}<slot @slotchange=${this.#attach}></slot>${this.drafts.renderBar(
      this.localize,
    )}${this.renderFailure()}<div class="visually-hidden" role="status">${this.sending ? this.#submittingText : ''}</div>`;
  }

  /**
   * The message shown when sending failed: what happened, that nothing is lost, and "Prøv at sende
   * igen", which sends the form again as the same button did.
   */
  protected renderFailure(): TemplateResult | typeof nothing {
    if (!this.failure) return nothing;
    void defineAlert();
    return html`<bf-alert part="alert" class="alert" variant="error"
      ><p class="failure-text">${this.failure}</p>
      <button part="retry" class="retry" type="button" @click=${this.#retry}>${this.localize.term(
        'formRetry',
      )}</button></bf-alert
    >`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  #form: HTMLFormElement | null = null;
  #button: PendingButton | null = null;
  /** The button that sent the submission that failed ("Prøv at sende igen" sends as it did). */
  #failedSubmitter: HTMLButtonElement | HTMLInputElement | null = null;

  get #submittingText(): string {
    return this.submittingText || this.localize.term('formSubmitting');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture: the form's own submit listeners (the host's) hear only a submission that is sent.
    this.addEventListener('submit', this.#onSubmit, { capture: true });
    window.addEventListener('pageshow', this.#onPageShow);
    document.addEventListener('bf-logout', this.#onLogout);
    this.#attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.#onSubmit, { capture: true });
    window.removeEventListener('pageshow', this.#onPageShow);
    document.removeEventListener('bf-logout', this.#onLogout);
  }

  /** Takes on the native form: `novalidate`, and an error summary first inside it when it has none. */
  readonly #attach = (): void => {
    const form = this.form;
    if (!form || form === this.#form) return;
    this.#form = form;
    form.noValidate = true;
    if (!this.errorSummary) form.prepend(document.createElement(BfForm.errorSummaryTag));
  };

  readonly #onSubmit = (event: SubmitEvent): void => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form !== this.form) return;
    if (this.sending) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    takeFocusOnInvalid(form); // focus goes to the summary, not to a field
    const controls = activeControls(form);
    const invalid = controls.filter((control) => !control.checkValidity());
    const nativeInvalid = [...form.elements].filter(
      (element) =>
        !isValidatableControl(element) &&
        'checkValidity' in element &&
        !(element as HTMLInputElement).checkValidity(),
    );
    if (invalid.length > 0 || nativeInvalid.length > 0) {
      event.preventDefault();
      event.stopPropagation();
      if (invalid.length > 0) void this.showProblems(invalid);
      else (nativeInvalid[0] as HTMLElement).focus();
      return;
    }
    this.errorSummary?.clear();
    this.failure = '';
    const data = new FormData(form, event.submitter);
    const payload = submitPayload(data, {
      lang: this.localize.lang,
      now: new Date(),
      summary: summaryRows(summaryControls(form)),
    });
    const submit = new BfSubmitEvent(payload);
    this.dispatchEvent(submit);
    if (submit.defaultPrevented) {
      event.preventDefault();
      return;
    }
    this.#setSending(true, submitButtonOf(event));
    const handler = this.submitHandler;
    if (handler) {
      event.preventDefault();
      this.#failedSubmitter = submitButtonOf(event);
      void this.#send(handler, payload, data);
    } else {
      void this.drafts.clear(); // posted: the server has the answers now
      this.leaveGuard.settle(); // and leaving for its answer loses nothing
    }
    // Without a handler the browser now posts the form; `sending` holds until the page is left (or
    // comes back from the back/forward cache).
  };

  async #send(handler: SubmitHandler, payload: SubmitPayload, data: FormData): Promise<void> {
    void defineAlert();
    let result: SubmitResult | void;
    try {
      result = await handler(payload, data);
    } catch (error) {
      this.#setSending(false, null);
      this.failure = userMessageOf(error) || this.localize.term('formSubmitFailed');
      await this.#focusFailure();
      return;
    }
    const errors = result?.errors ?? {};
    if (Object.keys(errors).length > 0) {
      this.#setSending(false, null);
      await this.setErrors(errors); // nothing was received: the answers and the draft stay
      return;
    }
    const reference = result?.reference ?? '';
    const receiptUrl = result?.receiptUrl;
    if (!receiptUrl) this.#setSending(false, null); // with a receipt page, "Sender …" holds until the page is left
    this.leaveGuard.settle();
    this.dispatchEvent(new BfSubmittedEvent(reference));
    void this.drafts.clear(); // in the background: a slow store never holds up the receipt
    if (receiptUrl) {
      this.reloadKeeper.forget(); // neither Back nor a reload brings the answers back
      window.location.assign(receiptUrl);
      return;
    }
    await this.#showReceipt(reference, payload);
  }

  /** Focus on the failure message, so it is read first (what happened, and that nothing is lost). */
  async #focusFailure(): Promise<void> {
    await Promise.all([this.updateComplete, defineAlert()]);
    const alert = this.shadowRoot?.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
      '[part~="alert"]',
    );
    await alert?.updateComplete;
    alert?.focus();
  }

  /**
   * Lists the invalid ones of `controls` in the error summary and moves focus to it (a wizard step's
   * "Næste" does this for the step's own fields).
   */
  async showProblems(controls: readonly Element[]): Promise<void> {
    const summary = this.errorSummary;
    if (!summary) return;
    summary.show(controls);
    await summary.updateComplete;
    summary.focus();
  }

  /**
   * After sending with a handler (REQUIREMENTS §2.6): the receipt instead of the form (the host's own
   * `bf-receipt` child, or a new one), its heading focused, the title "Kvittering – {solution}", and the
   * form emptied so that neither Back nor a reload shows the answers again.
   */
  async #showReceipt(reference: string, payload: SubmitPayload): Promise<void> {
    const form = this.form;
    if (!form) return;
    // The page's title: bf-receipt registers its texts; a form without it loads them (never in the way).
    const texts = import('../../i18n/messages/receipt.js').then(
      ({ receiptMessages }) => registerMessages(receiptMessages),
      () => undefined,
    );
    if (!customElements.get(BfForm.receiptTag))
      warnOnce(
        `<${BfForm.receiptTag}> is not defined: import 'borgerform/define/receipt.js' (the CDN file has it) to show the receipt.`,
      );
    const receipt = (this.querySelector(`:scope > ${BfForm.receiptTag}`) ??
      this.appendChild(document.createElement(BfForm.receiptTag))) as HTMLElement & Partial<ReceiptLike>;
    Object.assign(receipt, { reference, sentAt: payload.meta.submittedAt, rows: payload.summary });
    const solution = form.querySelector('[solution]')?.getAttribute('solution') || document.title;
    form.hidden = true;
    form.reset(); // and the reload keeper forgets the answers
    receipt.hidden = false;
    await receipt.updateComplete;
    receipt.focusHeading?.();
    await texts;
    document.title = this.localize.term('receiptTitle', { solution });
    window.history.replaceState({ ...(window.history.state as object | null), bfReceipt: true }, '');
  }

  #setSending(sending: boolean, button: HTMLButtonElement | HTMLInputElement | null): void {
    this.sending = sending;
    this.#button?.restore();
    this.#button = sending && button ? new PendingButton(button, this.#submittingText) : null;
  }

  /** "Prøv at sende igen": focus to the submit button (where the citizen would press again), and send. */
  readonly #retry = (): void => {
    const form = this.form;
    if (!form || this.sending) return;
    const submitter = this.#failedSubmitter?.form === form ? this.#failedSubmitter : null;
    (submitter ?? form.querySelector<HTMLElement>('button:not([type]), [type="submit"]'))?.focus();
    form.requestSubmit(submitter);
  };

  /**
   * "Log af": the form is emptied, so that neither Back nor a reload shows the answers to the next
   * person at a shared computer (a draft on the host's server stays for the next login).
   */
  readonly #onLogout = (): void => {
    this.form?.reset();
  };

  /** Back from the back/forward cache after a plain POST: the form can be sent again. */
  readonly #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && this.sending) this.#setSending(false, null);
  };
}
