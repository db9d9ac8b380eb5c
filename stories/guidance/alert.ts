// Guidance for bf-alert on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const alert: Guidance = {
  use: [
    'A message about the whole page or the service: information before the citizen starts, a warning of a deadline, success after saving, an error the page could not avoid.',
    'Pick the `variant` by meaning (info, success, warning, error): each has its icon and a word read only by screen readers, so colour is never the only sign.',
  ],
  avoid: [
    'A problem with an answer: the field shows its own error, and `bf-form` lists them in the error summary.',
    'Text that is simply part of the page: write it as a paragraph.',
    'Several alerts on one page: say the most important thing once.',
  ],
  content: [
    'Write a heading only when the message needs more than one sentence; make it say the point: «Du kan gemme og fortsætte senere».',
    'Say what happened and what the citizen can do, in that order, in short sentences.',
    'An error says what went wrong in plain words and whether the answers are kept; never show a technical error text.',
  ],
  examples: [
    {
      good: 'Vi kan ikke hente dine oplysninger lige nu. Prøv igen om lidt.',
      bad: 'Fejl 503: Service Unavailable',
      why: 'Say what it means for the citizen and what to do, in Danish.',
    },
  ],
};
