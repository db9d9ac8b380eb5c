/**
 * One row of the check-answers summary: the step's heading ('' outside a wizard), the field's name and
 * label, and its answer as the citizen reads it (see `SummaryAnswer`).
 */
export interface SubmitSummaryRow {
  readonly step: string;
  readonly name: string;
  readonly label: string;
  readonly displayValue: string;
  /** The heading of the repeated item the answer belongs to ("Person 2"; `bf-repeat`); absent outside one. */
  readonly group?: string;
}

/** A file as the payload describes it: the `File` itself travels in `FormData`. */
export interface SubmittedFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/** One answer: text, a file's description, or several of them for a name that repeats. */
export type SubmittedValue = string | SubmittedFile | readonly (string | SubmittedFile)[];

/**
 * What `bf-submit` carries (REQUIREMENTS §3.3): JSON-serialisable, so a back end can render a
 * letter (Digital Post) that matches what the citizen saw: `summary` holds the rows `bf-summary`
 * shows, one per answered or optional shown control, in document order.
 */
export interface SubmitPayload {
  /** Every entry of the form's `FormData`: names to text (dates ISO 8601) or file descriptions. */
  readonly values: Readonly<Record<string, SubmittedValue>>;
  readonly summary: readonly SubmitSummaryRow[];
  readonly meta: {
    /** When the citizen sent the form, ISO 8601. */
    readonly submittedAt: string;
    /** The language the citizen used (the form's closest `lang`). */
    readonly lang: string;
  };
}

/**
 * `bf-submit`: the form passed validation and is being sent. Fired exactly once per submission.
 * Without a `submitHandler`, the native submission follows unless a listener calls
 * `preventDefault()`; with one, the handler receives the same payload. Bubbles and is composed.
 */
export class BfSubmitEvent extends Event {
  static readonly eventName = 'bf-submit';

  readonly detail: SubmitPayload;

  constructor(detail: SubmitPayload) {
    super(BfSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** What `bf-submitted` tells: the reference the host's handler returned (for the receipt). */
export interface BfSubmittedDetail {
  readonly reference: string;
}

/**
 * `bf-submitted`: the host's `submitHandler` resolved; `detail.reference` is the case reference
 * for the receipt. Bubbles and is composed.
 */
export class BfSubmittedEvent extends Event {
  static readonly eventName = 'bf-submitted';

  readonly detail: BfSubmittedDetail;

  constructor(reference: string) {
    super(BfSubmittedEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ reference });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bf-submit': BfSubmitEvent;
    'bf-submitted': BfSubmittedEvent;
  }
}
