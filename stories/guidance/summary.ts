// Guidance for bf-summary on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const summary: Guidance = {
  use: [
    'The «Tjek dine svar» page before sending: every answer with a «Rediger» link, made from the form’s own fields, one section per step.',
    '`readonly` in the receipt, where the answers are shown without links.',
  ],
  avoid: [
    'A summary written by hand: it goes out of date when a field changes; this one reads the fields.',
    'Answers the citizen does not need to check (technical fields): mark those fields `summary-hidden`.',
  ],
  content: [
    'The rows use the fields’ labels, so labels that make sense on their own make a summary that reads well.',
    'Head the step «Tjek dine svar» and let the send button say what happens: «Send ansøgning».',
  ],
  examples: [
    {
      good: 'Flyttedato',
      bad: 'Dato',
      why: 'In the summary a label stands without its step; make it say which date.',
    },
  ],
};
