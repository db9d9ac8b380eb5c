/** What `bf-step-change` tells: the step left and the step shown (0-based, over all steps). */
export interface BfStepChangeDetail {
  readonly from: number;
  readonly to: number;
  /** The heading of the step shown. */
  readonly heading: string;
}

/**
 * `bf-step-change`: `bf-wizard` showed another step (Næste, Tilbage, the step indicator, "Rediger"
 * in the summary, the browser's back and forward buttons). Focus is on the new step's heading.
 * Bubbles and is composed.
 */
export class BfStepChangeEvent extends Event {
  static readonly eventName = 'bf-step-change';

  readonly detail: BfStepChangeDetail;

  constructor(detail: BfStepChangeDetail) {
    super(BfStepChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bf-step-change': BfStepChangeEvent;
  }
  /** It bubbles and is composed, so a host can listen on the document. */
  interface DocumentEventMap {
    'bf-step-change': BfStepChangeEvent;
  }
}
