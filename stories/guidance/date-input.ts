// Guidance for bf-date-input on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const dateInput: Guidance = {
  use: [
    'A date the citizen knows or can look up: a date of birth, the date they moved, the start of a lease.',
    'Use `past` or `future`, `min` and `max` for the rules the case really has, so the citizen hears about a wrong date at once, in Danish.',
    'Set `purpose="bday"` for a date of birth, so browsers can fill it in.',
  ],
  avoid: [
    'A date picked from a calendar (an appointment among free times): that needs a booking component, not a date field.',
    'An approximate date («sidste år», a month only): ask with text or a choice instead.',
    'A date of birth you already have from CPR: show it with `bf-prefilled`.',
  ],
  content: [
    'Write the label as the event, not as «Dato»: «Flyttedato», «Hvornår flyttede du?».',
    'Leave the default hint «For eksempel: 5 12 1985» unless you write your own; if you do, keep an example in it, as a date that fits the question.',
    'The messages use the label: «{Label} skal være en rigtig dato». A label that is a noun reads best in them.',
  ],
  examples: [
    {
      good: 'Flyttedato',
      bad: 'Dato (dd-mm-åååå)',
      why: 'Say which date; the three boxes and the hint already show the format.',
    },
  ],
};
