import { itemLabelOf, type ValidatableControl } from './controls.js';
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

/**
 * The heading of the wizard step a control is in ('' when it is in none): the nearest ancestor that
 * is a step by shape (a `heading` and `appliesTo`), so a fork's step under its own tag counts too.
 */
function stepOf(control: Element): string {
  for (let parent = control.parentElement; parent; parent = parent.parentElement) {
    const step = parent as Partial<{ heading: unknown; appliesTo: unknown }>;
    if (typeof step.appliesTo === 'function') return typeof step.heading === 'string' ? step.heading : '';
  }
  return '';
}

/**
 * The summary rows of the controls (in the order given, document order for `activeControls`): one per
 * control that reports a `summaryAnswer`, the same rows `bf-summary` shows.
 */
export function summaryRows(controls: readonly ValidatableControl[]): SubmitSummaryRow[] {
  return controls.flatMap((control) => {
    const answer = control.summaryAnswer;
    if (!answer) return [];
    const group = itemLabelOf(control);
    const row = {
      step: stepOf(control),
      name: answer.name,
      label: answer.label,
      displayValue: answer.displayValue,
    };
    return [group ? { ...row, group } : row];
  });
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
