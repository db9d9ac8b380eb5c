// Guidance for bf-phone-input on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const phoneInput: Guidance = {
  use: [
    'A phone number the authority may call or text: it accepts the usual ways of writing a Danish number and submits it as +45… .',
    'Add `allow-foreign` on forms for everyone, so a citizen with a foreign number can answer.',
  ],
  avoid: [
    'A number the authority already has: show it with `bf-prefilled`, and let the citizen correct it.',
    'Asking for a phone number «just in case»: ask only when someone will use it.',
  ],
  content: [
    'Label it «Telefonnummer» and say why you ask in the hint: «Vi ringer kun, hvis vi mangler oplysninger».',
    'With `allow-foreign`, tell the citizen to include the country code for a foreign number.',
  ],
  examples: [
    {
      good: 'Vi ringer kun, hvis vi mangler oplysninger',
      bad: 'Tlf. nr. (8 cifre, ingen mellemrum)',
      why: 'Say why you ask; the field accepts spaces, so do not forbid them, and write words in full.',
    },
  ],
};
