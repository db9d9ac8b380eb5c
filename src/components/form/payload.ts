import type { SubmittedFile, SubmittedValue, SubmitPayload, SubmitSummaryRow } from '../../events/submit.js';

function describe(entry: FormDataEntryValue): string | SubmittedFile {
  return typeof entry === 'string' ? entry : { name: entry.name, size: entry.size, type: entry.type };
}

/**
 * The JSON-serialisable values of a form's entries: text as it is submitted, files by name, size and
 * type; a name that occurs more than once (a checkbox group, several files) gives an array.
 */
export function payloadValues(data: FormData): Record<string, SubmittedValue> {
  const values: Record<string, SubmittedValue> = {};
  for (const name of new Set(data.keys())) {
    const entries = data.getAll(name).map(describe);
    values[name] = entries.length === 1 ? entries[0] : entries;
  }
  return values;
}

/** The `bf-submit` payload of a form's entries (REQUIREMENTS §3.3). */
export function submitPayload(
  data: FormData,
  options: { lang: string; now: Date; summary?: readonly SubmitSummaryRow[] },
): SubmitPayload {
  return {
    values: payloadValues(data),
    summary: options.summary ?? [],
    meta: { submittedAt: options.now.toISOString(), lang: options.lang },
  };
}
