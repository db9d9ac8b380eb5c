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

/** A run of rows of one repeated item ("Person 2"), or of no item (''), in a section. */
export interface SummaryGroup {
  readonly group: string;
  readonly rows: readonly SubmitSummaryRow[];
}

/** A section's rows cut into runs that belong to the same repeated item (`bf-repeat`), in order. */
export function groupsOf(rows: readonly SubmitSummaryRow[]): SummaryGroup[] {
  const groups: { group: string; rows: SubmitSummaryRow[] }[] = [];
  for (const row of rows) {
    const group = row.group ?? '';
    const last = groups.at(-1);
    if (last && last.group === group) last.rows.push(row);
    else groups.push({ group, rows: [row] });
  }
  return groups;
}
