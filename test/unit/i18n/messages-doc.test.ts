import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueMarkdown } from '../../../src/i18n/catalogue-doc.js';
import { da } from '../../../src/i18n/locales/da.js';
import { en } from '../../../src/i18n/locales/en.js';

describe('docs/messages.md', () => {
  it('lists every default text as the catalogues have them (run `npm run messages-doc` after changing a text)', () => {
    const committed = readFileSync(new URL('../../../docs/messages.md', import.meta.url), 'utf8');
    expect(committed).toBe(catalogueMarkdown(da, en));
  });

  it('has a row for every key, with both languages filled in', () => {
    const rows = catalogueMarkdown(da, en)
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(Object.keys(da).length);
    for (const row of rows) expect(row.split(' | ').every((cell) => cell.trim() !== '')).toBe(true);
  });
});
