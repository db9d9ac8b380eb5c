// Guidance for bf-header on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const header: Guidance = {
  use: [
    'The top of every page of a self-service solution: the skip link, the authority (the sender), the solution’s name, support, and the logged-in citizen with «Log af».',
    'Set `on-behalf-of` when the citizen acts for someone else (fuldmagt), so it is clear whose case it is.',
  ],
  avoid: ['A page inside a portal that already shows the sender and the login: do not show them twice.'],
  content: [
    'Name the solution by what the citizen does, as a verb phrase: «Anmeld flytning», «Ansøg om beboerlicens».',
    'Write the authority as the citizen knows it: «Aarhus Kommune».',
  ],
  examples: [
    {
      good: 'Anmeld flytning',
      bad: 'Flytteanmeldelsesmodul',
      why: 'Say what the citizen does here, not what the system is called.',
    },
  ],
};
