// Guidance for bf-intro on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const intro: Guidance = {
  use: [
    'The start page of a self-service solution: what it is for, who can use it, how long it takes, what the citizen needs at hand, and whether they can save on the way.',
    'As the first page of a `bf-wizard`, before the first step.',
  ],
  avoid: [
    'A one-page form that needs no preparation: a sentence above the form is enough.',
    'Rules and background the citizen does not need to start: link to them.',
  ],
  content: [
    'Make the heading the solution’s name as a verb phrase: «Anmeld flytning».',
    'List what the citizen needs (`slot="need"`) as short items: «Din nye adresse», «Lejekontrakten som pdf».',
    'Say the deadline or the consequence that matters in one short sentence, before the button.',
  ],
  examples: [
    {
      good: 'Du skal anmelde din flytning senest 5 dage efter, at du er flyttet.',
      bad: 'I henhold til lov om Det Centrale Personregister påhviler det borgeren at anmelde flytning rettidigt.',
      why: 'Say the rule for the citizen, with the actual deadline; leave the legal reference out or link to it.',
    },
  ],
};
