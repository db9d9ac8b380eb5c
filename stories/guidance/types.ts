// The shape of one element's guidance on its Docs page in the catalogue (.storybook/docs-page.ts):
// when to use it, when not, how to write its Danish texts, and good and bad examples. Not a story file.
//
// Prose is English. Two marks inside a string: «Danish text» is shown in quotation marks and marked
// lang="da" (so a screen reader reads it in Danish), and `code` is shown as code.

/** A good and a bad way to write the same Danish text, and why the good one is better. */
export interface GuidanceExample {
  readonly good: string;
  readonly bad: string;
  readonly why: string;
}

/** What a Docs page says about using one element. */
export interface Guidance {
  /** The situations the element is made for. */
  readonly use: readonly string[];
  /** The situations it is not made for, each with what to use instead. */
  readonly avoid: readonly string[];
  /** How to write its label, hint and messages in Danish. */
  readonly content: readonly string[];
  /** One or two good/bad pairs. */
  readonly examples: readonly GuidanceExample[];
  /**
   * Elements that only live inside this one (`bf-step` in `bf-wizard`), whose reference table and
   * accessibility notes this page shows too.
   */
  readonly parts?: readonly string[];
}
