// Reading pending changesets (.changeset/*.md) for the contract check, from real files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changesetBumps, pendingBump } from '../../../scripts/contract/changesets.mjs';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A .changeset folder holding these files. */
function changesetFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'borgerform-changesets-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

describe('changesets', () => {
  it('reads the bumps of a front matter, quoted or not, and nothing from the text below it', () => {
    const text =
      '---\n"borgerform": minor\nother-package: major\n---\n\nborgerform: major is only prose here\n';
    expect(changesetBumps(text)).toEqual(
      new Map([
        ['borgerform', 'minor'],
        ['other-package', 'major'],
      ]),
    );
    expect(changesetBumps('No front matter')).toEqual(new Map());
  });

  it("takes the largest pending bump for the package, ignoring the folder's README and other packages", () => {
    const folder = changesetFolder({
      'README.md': '---\n"borgerform": major\n---\n',
      'calm-cats.md': '---\n"borgerform": patch\n---\n\nFixes a text.\n',
      'bold-dogs.md': "---\n'borgerform': minor\n---\n\nAdds an attribute.\n",
      'tidy-owls.md': '---\n"someone-else": major\n---\n',
      'config.json': '{}',
    });
    expect(pendingBump(folder, 'borgerform')).toBe('minor');
    expect(pendingBump(folder, 'nobody')).toBeUndefined();
    expect(pendingBump(path.join(folder, 'missing'), 'borgerform')).toBeUndefined();
  });
});
