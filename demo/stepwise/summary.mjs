// "Tjek dine svar" of the stepwise parking application: each step's saved answers as the library's
// summary shows them (demo/casework-rows.mjs: the labels and option texts from the page, the
// library's Danish texts for dates, phone numbers, files, "Ikke udfyldt"), under the step's heading.
// Imports the built library: load it when first needed.
import { summarySections } from '../casework-rows.mjs';
import { toHtml } from '../html.mjs';
import { STEPS, stepFields } from './flow.mjs';

/**
 * @param {import('./answers.mjs').SavedAnswers} saved
 * @returns {Promise<{ slug: string, heading: string, rows: import('../casework-rows.mjs').SummaryRow[] }[]>}
 */
export async function answerSections(saved) {
  const sections = [];
  for (const step of STEPS) {
    const fields = await stepFields(step);
    /** @type {import('../store/submissions.mjs').StoredEntry[]} */
    const entries = (saved.steps[step.slug] ?? []).map(([name, value]) => ({ name, value, file: null }));
    // Held files under their field's name, as a kept submission has them (the rows read them by name).
    for (const [field, records] of Object.entries(saved.files))
      for (const { name, size, type } of records)
        entries.push({ name: field, value: null, file: { name, size, type } });
    const rows = summarySections(toHtml(fields.tree), entries).flatMap((section) => section.rows);
    sections.push({ slug: step.slug, heading: step.heading, rows });
  }
  return sections;
}
