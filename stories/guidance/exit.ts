// Guidance for bf-exit on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const exit: Guidance = {
  use: [
    'In a `bf-wizard`, where an answer means the citizen cannot use this service: the page says why and what to do instead, with «Tilbage» to change the answer.',
    'Right after the step with the deciding question, with a `when` condition on that answer.',
  ],
  avoid: [
    'A wrong or missing answer: that is a field error, shown by the field.',
    'A service that is closed for everyone: say so on the start page (`bf-intro`).',
  ],
  content: [
    'Make the heading say the outcome: «Du kan ikke søge beboerlicens».',
    'Explain why in one sentence, then what the citizen can do instead, with a link or a phone number.',
    'Do not blame the citizen; say what the rule is.',
  ],
  examples: [
    {
      good: 'Beboerlicens er kun for dem, der bor i zonen.',
      bad: 'Du opfylder ikke betingelserne.',
      why: 'Say which condition, so the citizen knows whether an answer was wrong or the service is not for them.',
    },
  ],
};
