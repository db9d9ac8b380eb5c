import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of `bf-wizard`, `bf-step` and `bf-step-indicator` (DKFDS trinformular, trinindikator; REQUIREMENTS §2.3). */
export const wizardDa = {
  /** The primary button of every step but the last. */
  wizardNext: 'Næste',
  /** The back link above a step's heading. */
  wizardBack: 'Tilbage',
  /** Instead of "Næste" on a step opened from "Rediger" in the summary. */
  wizardBackToSummary: 'Tilbage til opsummering',
  /** The page title while a step is shown (`{step}`: its heading, `{solution}`: the solution's name). */
  wizardTitle: '{step} – {solution}',
  /** The step indicator's name (a navigation landmark). */
  stepIndicatorLabel: 'Trin',
  /** The step indicator on a narrow screen: a button that opens the list. */
  stepIndicatorPosition: 'Trin {current} af {total}',
  /** After a step's name in the indicator when the step has errors. */
  stepIndicatorError: 'Fejl',
  /** After a step's name in the indicator when the step is done (visually hidden). */
  stepIndicatorDone: 'Udfyldt',
  /** Closes the list of steps on a narrow screen. */
  stepIndicatorClose: 'Luk',
  /** After the name of a step the answers rule out (shown, and read with the name); the step has no number. */
  stepIndicatorSkipped: 'Ikke relevant',
  /** The narrow screen's button while an exit page is shown (no step is current); `{total}` steps. */
  stepIndicatorAll: { plural: 'total', one: 'Se trinnet', other: 'Se alle {total} trin' },
} as const satisfies Texts;

export const wizardEn: Translation<typeof wizardDa> = {
  wizardNext: 'Next',
  wizardBack: 'Back',
  wizardBackToSummary: 'Back to your answers',
  wizardTitle: '{step} – {solution}',
  stepIndicatorLabel: 'Steps',
  stepIndicatorPosition: 'Step {current} of {total}',
  stepIndicatorError: 'Error',
  stepIndicatorDone: 'Completed',
  stepIndicatorClose: 'Close',
  stepIndicatorSkipped: 'Not applicable',
  stepIndicatorAll: { plural: 'total', one: 'See the step', other: 'See all {total} steps' },
};

/** Both languages of this area, for `registerMessages`. */
export const wizardMessages: MessageArea<typeof wizardDa> = { da: wizardDa, en: wizardEn };
