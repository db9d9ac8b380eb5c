/**
 * What `bf-step-change` tells: the step left and the step shown (0-based, over all steps; -1 where
 * the page was or is not a step: the start page, an exit page).
 */
export interface BfStepChangeDetail {
  readonly from: number;
  readonly to: number;
  /** The heading of the page shown. */
  readonly heading: string;
  /** `true` when the page shown is an exit page (`bf-exit`): the flow ends there for the answers given; absent otherwise. */
  readonly exit?: boolean;
}

/**
 * `bf-step-change`: `bf-wizard` showed another step (Næste, Tilbage, the step indicator, "Rediger"
 * in the summary, the browser's back and forward buttons), or an exit page. Focus is on the new page's heading.
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
