import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of the choice elements: `bf-select`, `bf-radio-group` and `bf-checkbox-group`.
 *
 * The required messages are used under the key `required` (so `message-required="…"` and
 * `messages.required` override them per instance, as for every other field); these keys are what the
 * elements say when no per-instance text is given, and `configureMessages` can change them page-wide.
 */
export const choiceDa = {
  /** A required `bf-select` or `bf-radio-group` has no choice (`{label}`). */
  choiceRequired: 'Vælg {label}',
  /** A required `bf-checkbox-group` has no box ticked (`{label}`). */
  choicesRequired: 'Vælg mindst én mulighed under {label}',
  /** The separator a `<bf-option divider>` shows between options when it has no text of its own. */
  choiceDivider: 'eller',
  /** The first, empty option of a `bf-select` while nothing is chosen. */
  selectPlaceholder: 'Vælg',
} as const satisfies Texts;

export const choiceEn: Translation<typeof choiceDa> = {
  choiceRequired: 'Select {label}',
  choicesRequired: 'Select at least one option under {label}',
  choiceDivider: 'or',
  selectPlaceholder: 'Select',
};

/** Both languages of this area, for `registerMessages`. */
export const choiceMessages: MessageArea<typeof choiceDa> = { da: choiceDa, en: choiceEn };
