const issued = new Set<string>();

/**
 * A developer warning, printed once per distinct text so a page with 1,000 fields is not flooded.
 * Warnings name the element and the problem; they never contain a field's value.
 */
export function warnOnce(text: string): void {
  if (issued.has(text)) return;
  issued.add(text);
  console.warn(`[borgerform] ${text}`);
}
