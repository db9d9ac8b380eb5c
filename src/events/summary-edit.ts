/** What `bf-summary-edit` tells: which answer the citizen wants to change. */
export interface BfSummaryEditDetail {
  /** The `name` of the field. */
  readonly name: string;
}

/**
 * `bf-summary-edit`: "Rediger {label}" was activated in `bf-summary`. Cancelable: a flow (the wizard)
 * cancels it and opens the field's step itself; otherwise the summary focuses the field. Bubbles and
 * is composed.
 */
export class BfSummaryEditEvent extends Event {
  static readonly eventName = 'bf-summary-edit';

  readonly detail: BfSummaryEditDetail;

  constructor(detail: BfSummaryEditDetail) {
    super(BfSummaryEditEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bf-summary-edit': BfSummaryEditEvent;
  }
  /** It bubbles and is composed, so a host can listen on the document. */
  interface DocumentEventMap {
    'bf-summary-edit': BfSummaryEditEvent;
  }
}
