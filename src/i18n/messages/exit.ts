import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-exit`, the page that ends a flow early for a citizen who cannot go on (REQUIREMENTS
 * §2.3); its "Tilbage" is the wizard's `wizardBack`.
 */
export const exitDa = {
  /** The exit page's heading when the host gives none (the host should say why, in `heading`). */
  exitHeading: 'Du kan ikke fortsætte',
  /** Below the host's text: nothing was sent. */
  exitNotSent: 'Dine svar er ikke sendt.',
  /** Below `exitNotSent` when there is a step to go back to. */
  exitChangeAnswer: 'Har du svaret forkert, kan du gå tilbage og ændre dit svar.',
} as const satisfies Texts;

export const exitEn: Translation<typeof exitDa> = {
  exitHeading: 'You cannot continue',
  exitNotSent: 'Your answers have not been sent.',
  exitChangeAnswer: 'If you gave a wrong answer, you can go back and change it.',
};

/** Both languages of this area, for `registerMessages`. */
export const exitMessages: MessageArea<typeof exitDa> = { da: exitDa, en: exitEn };
