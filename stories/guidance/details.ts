// Guidance for bf-details on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const details: Guidance = {
  use: [
    'A short explanation some citizens need and others do not: what «husstand» or «NemKonto» means, where to find a number.',
    'Right below the field or sentence it explains.',
  ],
  avoid: [
    'Help every citizen needs: put it in the field’s hint or on the page, where nobody has to open anything.',
    'Long guidance or rules: link to a page of its own.',
    'Tooltips: never put an explanation only in a tooltip.',
  ],
  content: [
    'The default summary is «Hvad betyder det?». Write your own summary as a question the citizen would ask: «Hvem hører til min husstand?».',
    'Keep the explanation to a few short sentences; start with the answer.',
  ],
  examples: [
    {
      good: 'Hvem hører til min husstand?',
      bad: 'Læs mere',
      why: 'The summary says what the citizen will learn by opening it.',
    },
  ],
};
