/**
 * A control's answer as every summary shows it: the check-answers page (`bf-summary`), the receipt,
 * the `bf-submit` payload's rows and, from those, the back end's letter (REQUIREMENTS §2.4, §3.3).
 * Every value-bearing element gives one (`summaryAnswer`); a fork's control only has to.
 */
export interface SummaryAnswer {
  /** The control's `name`. */
  readonly name: string;
  /** The control's label, as the citizen saw it. */
  readonly label: string;
  /**
   * The answer as the citizen reads it, in the page's language: a date as dd-mm-åååå, an option's
   * text (not its value), file names and sizes, a CPR number formatted, "Ikke udfyldt" for an empty
   * optional field. Plain text: render it as text, never as HTML.
   */
  readonly displayValue: string;
}
