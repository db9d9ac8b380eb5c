// Guidance for bf-radio-group on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const radioGroup: Guidance = {
  use: [
    'One answer out of a few (two to about seven) that the citizen should see side by side.',
    'Yes/no questions whose answer matters on its own: «Ja» and «Nej» as two radios, never one checkbox.',
    'A follow-up question that only applies to one answer: put the field in `slot="conditional-<value>"`.',
  ],
  avoid: [
    'Many options (more than about seven): use `bf-select`.',
    'Several answers at once: use `bf-checkbox-group`.',
    'A single confirmation («Jeg bekræfter …»): use `bf-checkbox` or `bf-declaration`.',
  ],
  content: [
    'Write the label as the question, ending with a question mark: «Hvordan bor du?». Then give the group its own message with `message-required`, since the default «Vælg {label}» needs a noun.',
    'A label that is a noun («Boligform») works with the default message «Vælg boligform».',
    'Keep options short and parallel, and put what the citizen may need to tell them apart in an option hint.',
    'Put the odd one out («Jeg ved det ikke», «Ingen af delene») last, after an «eller» divider.',
  ],
  examples: [
    {
      good: 'Vælg, hvordan du bor',
      bad: 'Vælg hvordan bor du?',
      why: 'A question label in the default message reads badly; write the message yourself with `message-required`.',
    },
    {
      good: 'Ejerbolig',
      bad: 'Jeg bor i en ejerbolig, som jeg selv ejer',
      why: 'An option is a short answer to the question; say more in the option’s hint if needed.',
    },
  ],
  parts: ['bf-option'],
};
