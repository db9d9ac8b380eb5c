/** What `bf-prefill-edit` tells: which field, never its value. */
export interface BfPrefillEditDetail {
  /** The `name` of the field the citizen chose to edit. */
  readonly name: string;
}

/**
 * `bf-prefill-edit`: the citizen chose to edit a value fetched from a register (the "Rediger"
 * button of `bf-prefilled`), for the host's analytics (Fælles krav #9: which fetched data do
 * citizens correct?). Bubbles and is composed. `detail` is `{ name }` only: the event never carries
 * the value, before or after the edit.
 */
export class BfPrefillEditEvent extends Event {
  static readonly eventName = 'bf-prefill-edit';

  /** `{ name }` of the edited field. */
  readonly detail: BfPrefillEditDetail;

  constructor(name: string) {
    super(BfPrefillEditEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ name });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bf-prefill-edit': BfPrefillEditEvent;
  }
  /** It bubbles and is composed, so a host can listen on the document. */
  interface DocumentEventMap {
    'bf-prefill-edit': BfPrefillEditEvent;
  }
}
