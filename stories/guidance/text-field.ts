// Guidance for bf-text-field on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const textField: Guidance = {
  use: [
    'A short answer on one line that the citizen types: a name, an e-mail address, a case number.',
    'Set `type`, `autocomplete` and `inputmode` so phones show the right keyboard and browsers can fill in what they know (WCAG 1.3.5).',
    'Set `width` to the length of the expected answer: a 4-digit answer in a 4-character box tells the citizen what is expected.',
  ],
  avoid: [
    'An answer of more than one sentence: use `bf-textarea`.',
    'A CPR number, CVR number, phone number, postcode, date or address: use the element made for it (`bf-cpr-input`, `bf-cvr-input`, `bf-phone-input`, `bf-postcode-input`, `bf-date-input`, `bf-address-input`), which checks the format and explains it in Danish.',
    'A value the authority already has: show it with `bf-prefilled` instead of asking again.',
    'A choice among fixed answers: use `bf-radio-group` or `bf-select`.',
  ],
  content: [
    'Write the label as a short noun phrase, with a capital first letter and no colon: «Fornavn», «E-mail». It becomes part of the messages («Indtast fornavn»), so keep it free of instructions.',
    'Put the help in the hint, as one short sentence that starts with what to do: «Skriv dit fornavn, som det står i dit pas».',
    'Put an example of the expected answer in the hint, not in the label: the hint stays visible while the citizen types.',
    'The default message for an empty required field is «Indtast {label}». Write your own with `message-required` only when the label reads badly in that sentence.',
  ],
  examples: [
    {
      good: 'Skriv dit fornavn, som det står i dit pas',
      bad: 'Fornavn skal udfyldes korrekt',
      why: 'The good hint says what to do before the citizen makes a mistake; the bad one only warns.',
    },
    {
      good: 'Indtast e-mailadresse',
      bad: 'Ugyldig værdi i feltet',
      why: 'A message names the field and what to do; «ugyldig» and «værdi» are words the catalogue avoids.',
    },
  ],
};
