import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-bank-account` (REQUIREMENTS §3.5, §5.6): the NemKonto notice it shows by default, the
 * labels of reg.nr and kontonr, and the messages for a Danish account and an IBAN.
 */
export const bankAccountDa = {
  /** Shown instead of any input when the host has not set `nemkonto-exempt` (REQUIREMENTS §3.5). */
  bankAccountNemKonto: 'Udbetalinger fra det offentlige sker til din NemKonto.',
  /** The answer a summary shows for the NemKonto notice. */
  bankAccountNemKontoAnswer: 'Din NemKonto',
  /** Label of the registreringsnummer input. */
  bankAccountReg: 'Reg.nr.',
  /** Label of the kontonummer input. */
  bankAccountNumber: 'Kontonummer',
  /** A required account is empty: neither reg.nr nor kontonr. */
  bankAccountRequired: 'Indtast registreringsnummer og kontonummer',
  /** The reg.nr is not exactly 4 digits. */
  bankAccountRegFormat: 'Registreringsnummeret skal være 4 cifre',
  /** The kontonr is not 1–10 digits. */
  bankAccountNumberFormat: 'Kontonummeret skal være op til 10 cifre',
  /** A required IBAN field (`format="iban"`) is empty. */
  ibanRequired: 'Indtast IBAN-nummer',
  /** Not a country's IBAN layout: unknown country code, wrong length, a letter where digits belong. */
  ibanFormat: 'Tjek IBAN-nummeret. Det skal starte med landekoden, fx DK, og have det rigtige antal tegn',
  /** The right layout, but the check digits do not fit. */
  ibanChecksum: 'Tjek IBAN-nummeret. Der er et tegn, der ikke passer',
} as const satisfies Texts;

export const bankAccountEn: Translation<typeof bankAccountDa> = {
  bankAccountNemKonto: 'Payments from public authorities are made to your NemKonto.',
  bankAccountNemKontoAnswer: 'Your NemKonto',
  bankAccountReg: 'Reg. no.',
  bankAccountNumber: 'Account number',
  bankAccountRequired: 'Enter registration number and account number',
  bankAccountRegFormat: 'Registration number must be 4 digits',
  bankAccountNumberFormat: 'Account number must be up to 10 digits',
  ibanRequired: 'Enter IBAN',
  ibanFormat:
    'Check the IBAN. It must start with the country code, like DK, and have the right number of characters',
  ibanChecksum: 'Check the IBAN. One of the characters is wrong',
};

/** Both languages of this area, for `registerMessages`. */
export const bankAccountMessages: MessageArea<typeof bankAccountDa> = {
  da: bankAccountDa,
  en: bankAccountEn,
};
