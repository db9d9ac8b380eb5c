// Guidance for bf-cpr-input on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const cprInput: Guidance = {
  use: [
    'A CPR number the authority does not already have from the citizen’s MitID login: a child’s, a spouse’s, a person the citizen acts for.',
    'Checks the date in the number and its century; there is deliberately no modulus-11 check, as some valid numbers fail it.',
  ],
  avoid: [
    'The logged-in citizen’s own CPR number: it comes from the login; show it with `bf-prefilled` or not at all.',
    'A field you do not need: ask for a CPR number only when the case needs it (data minimisation).',
  ],
  content: [
    'Say whose number it is in the label: «Barnets CPR-nummer», «Din ægtefælles CPR-nummer».',
    'Keep the default hint «Format: ddmmåå-xxxx», or add to it if the citizen needs to know where to find the number.',
    'Do not ask for the number twice to confirm it.',
  ],
  examples: [
    {
      good: 'Barnets CPR-nummer',
      bad: 'CPR',
      why: 'Write the word in full and say whose number is meant.',
    },
  ],
};
