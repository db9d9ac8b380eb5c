// Guidance for bf-checkbox on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const checkbox: Guidance = {
  use: [
    'A single thing the citizen ticks to agree or opt in: consent to being contacted, wishing to receive a copy.',
    '`required` when the form cannot be sent without the tick, such as consent the case needs.',
  ],
  avoid: [
    'A question with a yes and a no that both matter: use `bf-radio-group` with «Ja» and «Nej», so «no» is a real answer, not a missing one.',
    'The declaration on tro og love before sending: use `bf-declaration`, which shows the text and the heading.',
    'Several related options: use `bf-checkbox-group`.',
  ],
  content: [
    'Write the label as the statement the citizen agrees to, in the first person: «Jeg vil gerne have en kopi på e-mail».',
    'The required message is «Sæt kryds ved "{Label}"»; keep the label short enough to read well inside it.',
    'Never pre-tick a consent box.',
  ],
  examples: [
    {
      good: 'Jeg vil gerne kontaktes på telefon',
      bad: 'Telefonisk kontakt ønskes (sæt kryds)',
      why: 'The citizen ticks a sentence they would say themselves; the box already shows that it is ticked.',
    },
  ],
};
