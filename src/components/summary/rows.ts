import type { SubmitSummaryRow } from '../../events/submit.js';

/** The rows of one step ('' outside a wizard), in the order the form has them. */
export interface SummarySection {
  readonly step: string;
  readonly rows: readonly SubmitSummaryRow[];
}

/** Rows grouped into one section per step, sections in the order their first row comes. */
export function sectionsOf(rows: readonly SubmitSummaryRow[]): SummarySection[] {
  const sections = new Map<string, SubmitSummaryRow[]>();
  for (const row of rows) {
    const section = sections.get(row.step);
    if (section) section.push(row);
    else sections.set(row.step, [row]);
  }
  return [...sections].map(([step, sectionRows]) => ({ step, rows: sectionRows }));
}
