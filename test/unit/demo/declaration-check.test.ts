// The demo server's check that a confirmed declaration confirms the page's own text (demo/declaration-check.mjs).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// A plain JavaScript module of the demo, imported by URL.
const { checkDeclarations, declarationTexts } = (await import(
  new URL('../../../demo/declaration-check.mjs', import.meta.url).href
)) as {
  checkDeclarations: (formData: FormData, page: string) => Record<string, string>;
  declarationTexts: (page: string) => Map<string, string>;
};

const PARKING = await readFile(new URL('../../../demo/pages/parkering.html', import.meta.url), 'utf8');
const CHANGED = 'Erklæringen er ændret. Læs den igen, og bekræft den';

function form(...entries: [string, string][]): FormData {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return formData;
}

describe('checkDeclarations', () => {
  const text = declarationTexts(PARKING).get('erklaering') ?? '';

  it("reads the page's text as the element submits it: white space collapsed", () => {
    expect(text).toMatch(
      /^Jeg erklærer på tro og love, at jeg bor på den adresse, .* hvis de ikke er rigtige\.$/u,
    );
    expect(text).not.toMatch(/\s{2}|\n/u);
  });

  it('takes a confirmation of the text in the page, and no confirmation (the required rule judges that)', () => {
    const confirmed = form(['email', 'ada@eksempel.dk'], ['erklaering', text]);
    expect(checkDeclarations(confirmed, PARKING)).toEqual({});
    expect(confirmed.get('erklaering')).toBe(text);
    // The text as a browser may post it, with its line breaks as CR LF.
    expect(checkDeclarations(form(['erklaering', text.replace(/ /gu, '\r\n')]), PARKING)).toEqual({});
    expect(checkDeclarations(form(['email', 'x']), PARKING)).toEqual({});
  });

  it('refuses a confirmation of another text, and takes it out of the form', () => {
    for (const other of [
      'Jeg erklærer ingenting',
      `${text} Og jeg skylder ingen noget.`,
      '',
      text.slice(0, -1),
    ]) {
      const formData = form(['email', 'ada@eksempel.dk'], ['erklaering', other]);
      expect(checkDeclarations(formData, PARKING), other).toEqual({ erklaering: CHANGED });
      expect(formData.has('erklaering')).toBe(false);
      expect(formData.get('email')).toBe('ada@eksempel.dk');
    }
    // The right text and another one beside it is another text too.
    expect(checkDeclarations(form(['erklaering', text], ['erklaering', 'x']), PARKING)).toEqual({
      erklaering: CHANGED,
    });
  });

  it('reads text as the element does: character references decoded, scripts, hidden content and the hint slot left out', () => {
    const page = `<bf-declaration name="e" label="Erklæring">
      <span slot="hint">Læs den</span> Jeg &amp; min <a href="/x">familie</a>
      <script>ikke tekst</script><span hidden>skjult</span><p>bor her</p>
    </bf-declaration><template><bf-declaration name="t">I en skabelon</bf-declaration></template>`;
    expect(declarationTexts(page)).toEqual(new Map([['e', 'Jeg & min familie bor her']]));
    expect(checkDeclarations(form(['e', 'Jeg & min familie bor her']), page)).toEqual({});
    expect(checkDeclarations(form(['e', 'Jeg &amp; min familie bor her']), page)).toEqual({ e: CHANGED });
  });
});
