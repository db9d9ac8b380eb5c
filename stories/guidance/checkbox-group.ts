// Guidance for bf-checkbox-group on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const checkboxGroup: Guidance = {
  use: [
    'Any number of answers from a short list: the benefits a citizen gets, the days they can attend.',
    'A «none of these» answer that clears the others: mark that option `exclusive` and put it last after a divider.',
  ],
  avoid: [
    'Exactly one answer: use `bf-radio-group`.',
    'A single yes/no or consent: use `bf-checkbox`.',
    'A long list (more than about ten): split the question, or ask it in steps.',
  ],
  content: [
    'Write the label as the question: «Hvilke ydelser får du?». The required message is «Vælg mindst én mulighed under {label}»; write your own with `message-required` when a question label reads badly in it.',
    'Say in the hint that several answers are allowed: «Vælg alle, der passer».',
    'Keep the options parallel (all nouns, or all short sentences) and in an order the citizen recognises.',
  ],
  examples: [
    {
      good: 'Vælg alle, der passer',
      bad: 'Der kan vælges flere',
      why: 'Speak to the citizen with an active verb, not in the passive.',
    },
  ],
  parts: ['bf-option'],
};
