// Guidance for bf-cvr-input on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const cvrInput: Guidance = {
  use: [
    'A company’s CVR number: an employer, a landlord that is a company, a supplier.',
    'Accepts spaces and a «DK» prefix, and catches a mistyped digit with the modulus-11 check.',
  ],
  avoid: [
    'The CVR number of a business logged in with MitID Erhverv: it comes from the login.',
    'A P-number or an SE-number: these have other rules; use `bf-text-field` with a `pattern` and your own message.',
  ],
  content: [
    'Say which company in the label: «Arbejdsgiverens CVR-nummer».',
    'Add a hint where to find it when the citizen may not know it: «Du kan finde det på lønsedlen».',
  ],
  examples: [
    {
      good: 'Du kan finde CVR-nummeret på din lønseddel',
      bad: 'Indtast 8-cifret CVR',
      why: 'Help the citizen find the number; the field itself explains the format when it is wrong.',
    },
  ],
};
