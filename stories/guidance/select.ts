// Guidance for bf-select on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const select: Guidance = {
  use: [
    'One answer out of a long list the citizen knows already: a municipality, a country, a nationality.',
    'Lists where the order is obvious (alphabetical, numeric), so the citizen can find the answer without reading all of it.',
  ],
  avoid: [
    'Up to about seven options: use `bf-radio-group`, where every option is visible without opening anything.',
    'Several answers: use `bf-checkbox-group`.',
    'Options that need a hint each: a drop-down cannot show hints; use `bf-radio-group`.',
    'An address or a postcode: use `bf-address-input` or `bf-postcode-input`.',
  ],
  content: [
    'Write the label as the thing chosen: «Kommune», «Statsborgerskab». The empty first option says «Vælg», and the required message becomes «Vælg {label}».',
    'Write option texts as the citizen would say them, each starting with a capital letter, without a full stop.',
    'Leave out an option «Andet» unless you also ask what «Andet» is.',
  ],
  examples: [
    {
      good: 'Kommune',
      bad: 'Vælg venligst den relevante kommune fra listen herunder',
      why: 'The label goes into «Vælg kommune»; the list and the «Vælg» option already say how to answer.',
    },
  ],
  parts: ['bf-option'],
};
