// Guidance for bf-address-input on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const addressInput: Guidance = {
  use: [
    'A Danish address: the citizen types, picks the address from the register’s suggestions, and the form gets the address, its id and its parts.',
    'Set `provider` to your own proxy of the Adressevælger; without one, or when the service fails, the citizen writes the address in manual fields.',
    'Set `municipality` when only residents of one municipality can apply.',
  ],
  avoid: [
    'An address the authority already has from CPR: show it with `bf-prefilled`.',
    'A postcode only: use `bf-postcode-input`.',
    'A foreign address: use `bf-text-field`s or a `bf-textarea` under a `bf-fieldset`.',
  ],
  content: [
    'Say which address in the label: «Din nye adresse», «Lejemålets adresse».',
    'Keep the default hint «Begynd at skrive, og vælg adressen på listen» unless the citizen needs more help.',
    'The manual fields and their messages come from the catalogue («Indtast vejnavn»); there is nothing to write for them.',
  ],
  examples: [
    {
      good: 'Din nye adresse',
      bad: 'Adresse (vej, nr., etage, postnr.)',
      why: 'Say which address; the search and the manual fields show the parts.',
    },
  ],
};
