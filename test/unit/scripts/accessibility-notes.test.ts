// docs/accessibility/ is generated (scripts/write-accessibility-notes.mjs): the committed pages must be
// what the project makes now, so a changed test id, matrix row or manual check cannot leave them stale.
// Needs custom-elements.json, which `npm run build` writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Notes = Map<string, string>;
// Plain JavaScript modules without type declarations: imported by URL and typed here.
const { accessibilityNotes } = (await import(
  new URL('../../../scripts/accessibility/notes.mjs', import.meta.url).href
)) as { accessibilityNotes: (inputs: unknown) => Notes };
const { readProject } = (await import(
  new URL('../../../scripts/accessibility/read-project.mjs', import.meta.url).href
)) as { readProject: () => unknown };

describe('docs/accessibility/', () => {
  const notes = accessibilityNotes(readProject());

  it('is what `npm run accessibility-notes` writes now', () => {
    for (const [file, markdown] of notes) {
      const committed = readFileSync(new URL(`../../../docs/accessibility/${file}`, import.meta.url), 'utf8');
      expect(committed, file).toBe(markdown);
    }
  });

  it('has a page for every element, and no manual check claims a result nobody recorded', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../../custom-elements.json', import.meta.url), 'utf8'),
    ) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []);
    for (const tag of tags) expect(notes.has(`${tag}.md`), tag).toBe(true);
    for (const markdown of notes.values()) expect(markdown).not.toMatch(/\| pass(ed)? \|/iu);
  });

  it('lists the suite-proven criteria on a field and none on an element without tests carrying ids', () => {
    expect(notes.get('bf-text-field.md')).toContain('| 4.1.2 Name, role, value | met |');
    expect(notes.get('statement.md')).toContain('Formularen er endnu ikke testet manuelt med skærmlæsere');
  });
});
