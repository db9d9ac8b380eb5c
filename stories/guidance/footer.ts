// Guidance for bf-footer on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const footer: Guidance = {
  use: [
    'The bottom of every page of a self-service solution: who runs it, how to contact them, and the links to the accessibility statement and the privacy policy.',
    'Always set `accessibility-statement-href`: every public solution must publish an accessibility statement (made with the WAS-Tool).',
  ],
  avoid: ['A site whose own footer already has these links: keep one footer, and make sure it has them.'],
  content: [
    'Write the authority’s name in full: «Aarhus Kommune», not an abbreviation.',
    'Give contact details the citizen can use about this solution: a phone number with opening hours, or a contact page.',
  ],
  examples: [
    {
      good: 'Ring til Borgerservice på 12 34 56 78, mandag til fredag kl. 10–15',
      bad: 'Kontakt: se hjemmesiden',
      why: 'Give the citizen the way to reach you, not a pointer to look for it.',
    },
  ],
};
