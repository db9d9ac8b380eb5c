// Guidance for bf-repeat on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const repeat: Guidance = {
  use: [
    'The same questions asked for each of several things: each person who moves with the citizen, each vehicle, each period of work.',
    'Set `min` and `max` to what the case allows; the fields are submitted with indexed names (`personer[0][navn]`).',
  ],
  avoid: [
    'A fixed number of answers that is always the same: write the fields out.',
    'A yes/no question first: ask «Flytter andre med dig?» with a `bf-radio-group`, and show the repeat only after «Ja».',
  ],
  content: [
    'Set `item` to the thing repeated, in the singular, lower case: «person», «bil». The buttons then read «Tilføj person» and «Fjern person 2».',
    'Write the label as the question for the whole list: «Hvem flytter med dig?».',
  ],
  examples: [
    {
      good: 'Tilføj person',
      bad: 'Tilføj række',
      why: 'Name what the citizen adds, not how the form stores it.',
    },
  ],
  parts: ['bf-repeat-item'],
};
