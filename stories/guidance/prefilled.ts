// Guidance for bf-prefilled on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const prefilled: Guidance = {
  use: [
    'A value the authority already has from a register (CPR, BBR, the income register): show it for the citizen to check instead of asking again.',
    'Add `editable` when the citizen may correct it; the form then also tells the back end which fetched values were changed.',
  ],
  avoid: [
    'A value the citizen cannot check or change and does not need to see: leave it out of the form.',
    'A value that is only a guess: ask the question with an ordinary field and put the guess in `value`.',
  ],
  content: [
    'Label it as you would the ordinary field: «Adresse», «Civilstand».',
    'Name the register in `source` as the citizen knows it: «Folkeregistret», not an internal system name. The hint then reads «Data hentet fra {source}».',
  ],
  examples: [
    {
      good: 'Data hentet fra Folkeregistret',
      bad: 'Data hentet fra CPR-API v2',
      why: 'Name the source the citizen can recognise.',
    },
  ],
};
