/**
 * The submit button while a submission is pending: `aria-disabled="true"` (not `disabled`, which
 * would drop focus) and the text "Sender …"; `restore()` gives it back its own content.
 */
export class PendingButton {
  readonly #button: HTMLButtonElement | HTMLInputElement;
  readonly #content: readonly Node[] | string;
  readonly #ariaDisabled: string | null;

  constructor(button: HTMLButtonElement | HTMLInputElement, text: string) {
    this.#button = button;
    this.#ariaDisabled = button.getAttribute('aria-disabled');
    if (button instanceof HTMLInputElement) {
      this.#content = button.value;
      button.value = text;
    } else {
      this.#content = [...button.childNodes];
      button.replaceChildren(text);
    }
    button.setAttribute('aria-disabled', 'true');
  }

  restore(): void {
    const button = this.#button;
    if (typeof this.#content === 'string') (button as HTMLInputElement).value = this.#content;
    else button.replaceChildren(...this.#content);
    if (this.#ariaDisabled === null) button.removeAttribute('aria-disabled');
    else button.setAttribute('aria-disabled', this.#ariaDisabled);
  }
}

/** The button that submitted, when it is one a citizen can see and press. */
export function submitButtonOf(event: SubmitEvent): HTMLButtonElement | HTMLInputElement | null {
  const submitter = event.submitter;
  return submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null;
}
