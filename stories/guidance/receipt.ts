// Guidance for bf-receipt on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const receipt: Guidance = {
  use: [
    'The last page of every self-service solution: the citizen sees that the authority has their answers, the reference, the time, what happens next, and the answers themselves.',
    '`bf-form` shows it when its `submitHandler` resolves; a server that answers a plain POST writes it into its receipt page.',
  ],
  avoid: ['A page shown before the answers are really received: show it only when the back end has them.'],
  content: [
    'Keep the default heading «Vi har modtaget din henvendelse», or say what was received: «Vi har modtaget din ansøgning».',
    'Under «Hvad sker der nu?», say what happens, when, and what the citizen must do, if anything.',
    'Set `digital-post` only when a copy really is sent to Digital Post.',
  ],
  examples: [
    {
      good: 'Vi behandler din ansøgning inden for 4 uger. Du får svar i Digital Post.',
      bad: 'Din sag vil blive behandlet snarest muligt.',
      why: 'Say when and how the citizen hears from you.',
    },
  ],
};
