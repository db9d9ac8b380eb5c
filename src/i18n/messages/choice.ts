import type { MessageArea } from '../types.js';
/**
 * Texts of the choice elements: `bf-select`, `bf-radio-group` and `bf-checkbox-group`.
 *
 * The required messages are used under the key `required` (so `message-required="…"` and
 * `messages.required` override them per instance, as for every other field); these keys are what the
 * elements say when no per-instance text is given, and `configureMessages` can change them page-wide.
 */
export interface ChoiceMessages {
  /** A required `bf-select` or `bf-radio-group` has no choice (`{label}`). */
  readonly choiceRequired: string;
  /** A required `bf-checkbox-group` has no box ticked (`{label}`). */
  readonly choicesRequired: string;
  /** The separator a `<bf-option divider>` shows between options when it has no text of its own. */
  readonly choiceDivider: string;
  /** The first, empty option of a `bf-select` while nothing is chosen. */
  readonly selectPlaceholder: string;
}

export const choiceDa: ChoiceMessages = {
  choiceRequired: 'Vælg {label}',
  choicesRequired: 'Vælg mindst én mulighed under {label}',
  choiceDivider: 'eller',
  selectPlaceholder: 'Vælg',
};

export const choiceEn: ChoiceMessages = {
  choiceRequired: 'Select {label}',
  choicesRequired: 'Select at least one option under {label}',
  choiceDivider: 'or',
  selectPlaceholder: 'Select',
};

/** Both languages of this area, for `registerMessages`. */
export const choiceMessages: MessageArea<ChoiceMessages> = { da: choiceDa, en: choiceEn };
