/**
 * The names of the fields of repeated items (`bf-repeat`), without DOM: item `index` (from 0) of the
 * group `personer` names its field `navn` as `personer[0][navn]`, a shape PHP, Rails, ASP.NET and
 * Node's `qs` read as a list of objects, and a plain back end can split with one pattern. Indexes are
 * always 0 … n−1 in the order the items are shown (renumbered after a removal).
 */

/** The name of `field` in item `index` of `group`. */
export function itemFieldName(group: string, index: number, field: string): string {
  return `${group}[${index}][${field}]`;
}

/** `personer[2][navn]` → `{ index: 2, field: 'navn' }`; null for a name that is not one of `group`'s items. */
export function parseItemFieldName(group: string, name: string): { index: number; field: string } | null {
  const prefix = `${group}[`;
  if (!name.startsWith(prefix) || !name.endsWith(']')) return null;
  const rest = name.slice(prefix.length, -1); // "2][navn"
  const split = rest.indexOf('][');
  if (split <= 0) return null;
  const digits = rest.slice(0, split);
  const field = rest.slice(split + 2);
  if (!/^\d{1,4}$/u.test(digits) || field === '') return null;
  return { index: Number(digits), field };
}

/** The field's own name in an item: `personer[2][navn]` → `navn`; a template's plain `navn` stays `navn`. */
export function fieldOf(group: string, name: string): string {
  return parseItemFieldName(group, name)?.field ?? name;
}

/** How many items the names of `group` need: the highest index + 1 (0 when there are none). */
export function itemsNeeded(group: string, names: Iterable<string>): number {
  let needed = 0;
  for (const name of names) {
    const parsed = parseItemFieldName(group, name);
    if (parsed) needed = Math.max(needed, parsed.index + 1);
  }
  return needed;
}
