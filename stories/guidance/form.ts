// Guidance for bf-form on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const form: Guidance = {
  use: [
    'Around the page’s own `<form>` in every self-service form: it checks the fields on «Send», lists the problems in an error summary that takes focus, stops a second press, and shows «Sender …».',
    'Add `draft-key` and a draft store to let the citizen save and come back (the «Gem kladde» status).',
    'Set `submitHandler` to send with `fetch` and show a `bf-receipt` when your handler resolves; without it the form posts to its `action` as usual.',
  ],
  avoid: [
    'A search box or a filter on a page: a plain `<form>` is enough.',
    'More than one `<form>` inside: wrap each form in its own `bf-form`.',
  ],
  content: [
    'Name the send button by what happens: «Send ansøgning», «Send anmeldelse», not «Submit» or «OK».',
    'The error summary’s heading «Der er problemer» and each link come from the fields’ own messages, so good field messages make a good summary.',
    'Errors from your server go in each field’s `error` attribute, written like the library’s: what is wrong and what to do, in Danish.',
  ],
  examples: [
    {
      good: 'E-mailadressen er allerede i brug. Brug en anden',
      bad: 'Validation failed: email not unique',
      why: 'A server error is shown to the citizen as it is: write it in Danish, and say what to do.',
    },
  ],
  parts: ['bf-error-summary'],
};
