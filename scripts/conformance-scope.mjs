// What the conformance matrix (docs/requirements.md) must cover: every requirement of
// ../shared/REQUIREMENTS.md §2 (the 24 krav, with 2.10 and the Danish domain rules of §5) and every
// WCAG 2.1 A/AA criterion of its §4 checklist. Written here, so a fork without ../shared checks the same.

/** Requirement numbers: the 24 krav (1.1–4.4), the extra 2.10, the domain rules 5.1–5.6. */
export const REQUIREMENTS = [
  ...['1.1', '1.2', '1.3', '1.4', '1.5'],
  ...['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10'],
  ...['3.1', '3.2', '3.3', '3.4', '3.5', '3.6'],
  ...['4.1', '4.2', '4.3', '4.4'],
  ...['5.1', '5.2', '5.3', '5.4', '5.5', '5.6'],
];

/** WCAG 2.1 success criteria (A and AA) of REQUIREMENTS §4: the ones a form library affects. */
export const WCAG_CRITERIA = [
  ...['1.1.1', '1.3.1', '1.3.2', '1.3.4', '1.3.5', '1.4.1', '1.4.3', '1.4.4', '1.4.10', '1.4.11'],
  ...['1.4.12', '1.4.13', '2.1.1', '2.1.2', '2.2.1', '2.4.1', '2.4.2', '2.4.3', '2.4.4', '2.4.6'],
  ...['2.4.7', '2.5.2', '2.5.3', '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1'],
  ...['3.3.2', '3.3.3', '3.3.4', '4.1.1', '4.1.2', '4.1.3'],
];
