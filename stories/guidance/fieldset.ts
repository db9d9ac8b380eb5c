// Guidance for bf-fieldset on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const fieldset: Guidance = {
  use: [
    'Several fields that answer one question together: the parts of a foreign address, the contact person’s name and phone.',
    'With `legend-as-heading` on a page that asks only that one question: the legend is then the page’s h1.',
  ],
  avoid: [
    'One field: its own label is enough.',
    'Radio buttons, checkboxes or a date: `bf-radio-group`, `bf-checkbox-group` and `bf-date-input` are groups already; do not wrap them in another.',
    'A step of a flow: `bf-step` gives the heading.',
  ],
  content: [
    'Write the legend as the question or topic, short: «Kontaktperson», «Hvor bor du nu?».',
    'Use the group’s hint for what applies to all its fields, and the fields’ own hints for the rest.',
  ],
  examples: [
    {
      good: 'Kontaktperson',
      bad: 'Oplysninger vedrørende kontaktperson',
      why: 'The legend is read before every field in the group, so keep it short.',
    },
  ],
};
