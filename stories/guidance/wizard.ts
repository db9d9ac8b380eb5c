// Guidance for bf-wizard on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const wizard: Guidance = {
  use: [
    'A long form split into steps of a few related questions each, ending with «Tjek dine svar» and the send button.',
    'Steps that only apply to some answers: `when="bolig=leje"` on the `bf-step`.',
    'A `bf-step-indicator` when the citizen benefits from seeing all the steps; `history` so the browser’s back button goes one step back.',
  ],
  avoid: [
    'A short form that fits on one page: a single `bf-form` is quicker to fill in.',
    'Steps of one field each, except where one question per page really helps (a hard question, a branch in the flow).',
    'A citizen who cannot go on: add a `bf-exit` after the step that decides it, instead of an error.',
  ],
  content: [
    'Write each step heading as the topic or the question of the step: «Om dig», «Din nye bolig», «Hvornår flytter du?».',
    'Name the last step «Tjek dine svar», and its button by what happens: «Send anmeldelse».',
    'Give the wizard the solution’s name in `solution`: the page title becomes «{step} – {solution}».',
  ],
  examples: [
    {
      good: 'Din nye bolig',
      bad: 'Trin 2: Boliginformation',
      why: 'The step indicator already numbers the steps; the heading says what this step is about.',
    },
  ],
  parts: ['bf-step', 'bf-step-indicator'],
};
