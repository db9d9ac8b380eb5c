import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of `bf-form` and `bf-error-summary` (DKFDS fejlopsummering; REQUIREMENTS §1.4, §1.5, §2.5). */
export const formDa = {
  /** The error summary's heading. */
  errorSummaryHeading: 'Der er problemer',
  /** Put before the page title while errors are shown (`{title}`: the page's own title). */
  errorTitle: 'Fejl: {title}',
  /** A line of the error summary for a field in a repeated item (`{heading}`: "Person 2"; `bf-repeat`). */
  errorSummaryInItem: '{heading}: {message}',
  /** The submit button's text, and the announcement, while the form is being sent. */
  formSubmitting: 'Sender …',
  /** A submission failed for a technical reason (network, server): what happened and what to do. */
  formSubmitFailed:
    'Der skete en fejl, og vi har ikke modtaget dine oplysninger. Dine svar er ikke gået tabt. Prøv igen om lidt.',
  /** The button in the failure message that sends the form again. */
  formRetry: 'Prøv at sende igen',
} as const satisfies Texts;

export const formEn: Translation<typeof formDa> = {
  errorSummaryHeading: 'There is a problem',
  errorTitle: 'Error: {title}',
  errorSummaryInItem: '{heading}: {message}',
  formSubmitting: 'Sending …',
  formSubmitFailed:
    'Something went wrong and we have not received your answers. Your answers are not lost. Please try again in a little while.',
  formRetry: 'Try sending again',
};

/** Both languages of this area, for `registerMessages`. */
export const formMessages: MessageArea<typeof formDa> = { da: formDa, en: formEn };
