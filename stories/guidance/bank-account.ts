// Guidance for bf-bank-account on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const bankAccount: Guidance = {
  use: [
    'Where a payout goes: by default it only tells the citizen the money goes to their NemKonto, and asks for nothing.',
    'With `nemkonto-exempt`, a registration number and account number (or an IBAN with `format`), for the rare payout that may not go to NemKonto.',
  ],
  avoid: [
    'An ordinary payout from a public authority: it goes to NemKonto by law; do not ask for an account number at all.',
    'A payment the citizen makes: that belongs to a payment service, not a form field.',
  ],
  content: [
    'Write the label as what the money is for: «Udbetaling af depositum».',
    'With `nemkonto-exempt`, say in the hint why the account cannot be NemKonto, in one sentence.',
  ],
  examples: [
    {
      good: 'Udbetalinger fra det offentlige sker til din NemKonto.',
      bad: 'Angiv reg.nr. og kontonr. for udbetaling',
      why: 'Do not make the citizen type what the authority already knows; the default tells them where the money goes.',
    },
  ],
};
