// Guidance for bf-postcode-input on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const postcodeInput: Guidance = {
  use: [
    'A Danish postcode on its own, when you do not need the full address: it shows the town as the citizen types.',
    'Set `municipality` when only citizens of one municipality can apply, so an outside postcode is explained at once.',
  ],
  avoid: [
    'A full address: use `bf-address-input`, which finds the address in the register.',
    'A foreign postcode: use `bf-text-field`.',
  ],
  content: [
    'Label it «Postnummer»; the town beside it needs no label of yours.',
    'Do not ask for the town in a field of its own: it follows from the postcode.',
  ],
  examples: [
    {
      good: 'Postnummer',
      bad: 'Postnr./by',
      why: 'One field, one answer; the town is filled in for the citizen.',
    },
  ],
};
