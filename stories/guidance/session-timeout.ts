// Guidance for bf-session-timeout on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const sessionTimeout: Guidance = {
  use: [
    'A logged-in solution whose session ends after a time: the citizen is warned before (WCAG 2.2.1) and can stay logged in with one button.',
    'Set `expires-at` from the server’s session, and use a `bf-form` with drafts (or `saved`) so the warning can say the answers are kept.',
  ],
  avoid: [
    'A form without login or time limit: there is nothing to warn about.',
    'Other messages: use `bf-alert`; a modal dialog is only for this interruption.',
  ],
  content: [
    'All its texts come from the catalogue: «Du er ved at blive logget af», «Forbliv logget på», «Log af». Change them only to match your portal’s words.',
    'Do not shorten the warning: the citizen needs enough time to read it and act.',
  ],
  examples: [
    {
      good: 'Forbliv logget på',
      bad: 'OK',
      why: 'A button says what it does.',
    },
  ],
};
