/** What the wizard needs of a summary to return to it (asked by shape, like every flow element). */
interface EditLinks {
  refresh(): void;
  focusEdit(name: string): boolean;
  readonly updateComplete: Promise<unknown>;
}

function isEditLinks(element: Element): element is Element & EditLinks {
  const candidate = element as Partial<EditLinks>;
  return typeof candidate.focusEdit === 'function' && typeof candidate.refresh === 'function';
}

/**
 * Back from "Rediger": focuses the "Rediger" link of the field `name` in the summary of `step`
 * (refreshed first, so its rows show the changed answer); the step's heading when there is none.
 */
export async function focusEditLink(
  step: HTMLElement & { readonly updateComplete: Promise<unknown>; focusHeading(): void },
  name: string,
): Promise<void> {
  await step.updateComplete;
  for (const summary of step.querySelectorAll('*')) {
    if (!isEditLinks(summary)) continue;
    summary.refresh();
    await summary.updateComplete;
    if (summary.focusEdit(name)) return;
  }
  step.focusHeading();
}
