// Guidance for bf-declaration on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const declaration: Guidance = {
  use: [
    'The statement a citizen confirms before sending, when the law or the case asks for it: «Jeg erklærer på tro og love, at …».',
    'Near the send button, on the last step, after the summary of the answers.',
  ],
  avoid: [
    'Consent to something optional (contact, a copy by e-mail): use `bf-checkbox`.',
    'Terms nobody needs to confirm: leave them out, or link to them from the page.',
  ],
  content: [
    'Write the declaration itself as the element’s content, in the first person, as one or two short sentences.',
    'Keep «Jeg bekræfter» as the checkbox label; the heading is «Erklæring» unless the case needs a more precise one.',
    'Say what the citizen confirms, not what happens if they lie; put consequences in the text only where the law requires it.',
  ],
  examples: [
    {
      good: 'Jeg erklærer på tro og love, at oplysningerne er rigtige.',
      bad: 'Undertegnede erklærer herved, at samtlige afgivne oplysninger er korrekte og fyldestgørende.',
      why: 'Same promise, in everyday words and the first person.',
    },
  ],
};
