// Guidance for bf-textarea on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const textarea: Guidance = {
  use: [
    'An answer in the citizen’s own words that may run to several sentences: a description, a reason, a note to the case worker.',
    'Set `maxlength` when the back end has a limit: the field says the limit before the citizen types and counts down while they type, and never cuts text off.',
    'Set `rows` to the length you expect, so the box itself shows how much to write.',
  ],
  avoid: [
    'A short answer on one line (a name, a number): use `bf-text-field`.',
    'An answer that could be a choice: ask with `bf-radio-group` or `bf-checkbox-group`, which is quicker to answer and to process.',
    'Several facts in one box («Skriv navn, adresse og telefonnummer»): ask for each with its own field.',
  ],
  content: [
    'Make the label a short phrase or a plain question: «Beskriv din situation», «Hvorfor søger du?».',
    'Use the hint to say what the case worker needs to know, in one or two short sentences, not to repeat the label.',
    'Do not write the limit in the hint: with `maxlength` the field already shows «Du kan indtaste op til {max} tegn».',
    'A text that is too long gets «{Label} må højst være {max} tegn»; keep the label short so that sentence reads well.',
  ],
  examples: [
    {
      good: 'Fortæl kort, hvad der er sket, og hvornår',
      bad: 'Uddyb venligst ovenstående i fritekst',
      why: 'Say what to write about in everyday words; «uddyb», «ovenstående» and «fritekst» are office language.',
    },
  ],
};
