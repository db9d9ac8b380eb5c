// The generated accessibility notes (docs/accessibility/<tag>.md, `npm run accessibility-notes`),
// read as they are at build time through Vite's `?raw`, so the catalogue never holds a copy.
const pages = import.meta.glob<string>('../docs/accessibility/bf-*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The notes of `tag` for a Docs page, where they sit under a heading of the page's own: from the
 * first section on (the page's h1 and its lead, which the Docs page says in its own words, left out),
 * every heading `levelsDown` levels down (1: ## to ###). `undefined` when there is no page.
 */
export function accessibilityNotes(tag: string, levelsDown: number): string | undefined {
  const page = pages[`../docs/accessibility/${tag}.md`];
  const firstSection = page?.search(/^## /mu) ?? -1;
  if (page === undefined || firstSection < 0) return undefined;
  return page
    .slice(firstSection)
    .replace(/^(#{2,4}) /gmu, `${'#'.repeat(levelsDown)}$1 `)
    .trim();
}
