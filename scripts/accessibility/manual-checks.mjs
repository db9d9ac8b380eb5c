// The manual accessibility checks per element: what a person with a screen reader or a keyboard must
// try, and the honest result per assistive technology. Nobody has run these yet, so every status is
// "not yet tested"; a tester who runs one changes its status here (with the versions and the date),
// then `npm run accessibility-notes` writes docs/accessibility/ again. A made-up pass is worse than none.

/** The assistive technologies every check is run with (REQUIREMENTS: the ones Danish citizens use most). */
export const ASSISTIVE_TECHNOLOGIES = [
  'NVDA + Firefox',
  'JAWS + Chrome',
  'VoiceOver macOS + Safari',
  'VoiceOver iOS + Safari',
  'TalkBack + Chrome',
];

/** Checks for every element a citizen answers in (label, hint, error, keyboard, zoom). */
const FIELD_CHECKS = [
  'Tab to it: the label, "(frivilligt)" when optional, the hint and the kind of field are read.',
  'Send the form empty: focus lands on the error summary; its link reads the message and takes you to the field, where "Fejl: …" is read.',
  'Correct the answer: the error goes away; nothing else is read out unasked.',
  'At 200 % and 400 % zoom, and in a Windows contrast theme, the label, hint, error and focus ring stay visible.',
];

/** Checks for particular elements, beside the field checks where they answer. */
const OWN_CHECKS = {
  'bf-address-input': [
    'Type a street: the number of suggestions is read; arrow keys read each option; Enter chooses and the address is read back.',
    'Escape closes the list and keeps the text; "Indtast adressen selv" opens the manual fields.',
  ],
  'bf-date-input': ['Day, month and year are read as one group with its legend; each part has its own name.'],
  'bf-file-upload': [
    'Choose files: how many were chosen is read; each "Fjern …" button says which file it removes.',
    'A rejected file: the reason is read once.',
  ],
  'bf-textarea': [
    'Type past the limit: how many characters are left or too many is read after a pause, not at every key.',
  ],
  'bf-postcode-input': ['Type a postcode: the town is read as a status, without moving focus.'],
  'bf-prefilled': [
    'The fetched value and its source are read; "Rediger …" opens it for editing with focus in it.',
  ],
  'bf-error-summary': [
    'After a failed send, focus is on the summary heading; each link is read with its message.',
  ],
  'bf-wizard': [
    '"Næste" reads the new step\'s heading and "Trin x af y"; "Tilbage" returns with the answers kept.',
  ],
  'bf-step': ["Each step's h1 is read when the step opens."],
  'bf-step-indicator': ['The current step is announced as current; done and skipped steps say so.'],
  'bf-summary': ['Each answer is read with its question; "Rediger {spørgsmål}" says what it edits.'],
  'bf-receipt': ["The receipt's heading is read first, then the reference number."],
  'bf-session-timeout': [
    'The warning is read when it opens; the time left is announced at most once a minute, then at 20 seconds.',
    '"Forbliv logget på" closes it and returns focus to where it was.',
  ],
  'bf-header': [
    'The skip link is the first Tab stop; the sender and "Logget ind som …" are read in the banner.',
  ],
  'bf-footer': [
    'The contact details and the accessibility statement link are read in the content info landmark.',
  ],
  'bf-intro': ['The start page reads the time it takes, the steps and what you need, as a list.'],
  'bf-alert': ['An alert shown after load is read once; an error alert is read at once.'],
  'bf-details': ['The summary reads as a button with its state; Enter opens and closes it.'],
  'bf-repeat': [
    '"Tilføj endnu en" adds an item and its heading is read; removing one says which and moves focus on.',
  ],
  'bf-exit': ["The exit page's heading is read and says why the citizen cannot go on."],
  'bf-declaration': ['The declaration text is read before the checkbox "Jeg bekræfter".'],
  'bf-form': ['Sending: "Sender …" is read; a failure is read in Danish and every answer is still there.'],
};

/**
 * The manual checks of one element, each with a status per assistive technology.
 * @param {string} tag
 * @param {boolean} answered whether citizens answer in it (a value-bearing field)
 * @returns {{ check: string, status: Record<string, string> }[]}
 */
export function manualChecksOf(tag, answered) {
  const checks = [...(answered ? FIELD_CHECKS : []), ...(OWN_CHECKS[tag] ?? [])];
  return checks.map((check) => ({
    check,
    status: Object.fromEntries(ASSISTIVE_TECHNOLOGIES.map((at) => [at, 'not yet tested'])),
  }));
}
