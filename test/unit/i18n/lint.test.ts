import { describe, expect, it } from 'vitest';
import { lintDanishCatalogue, lix, wordsOf } from '../../../src/i18n/lint.js';
import { da } from '../../../src/i18n/locales/da.js';

describe('lix', () => {
  // Worked out by hand: words / sentences + 100 × long words / words (long: more than 6 letters).
  it('scores "Indtast fornavn" as 2/1 + 100·2/2 = 102', () => {
    expect(lix('Indtast fornavn')).toBe(102);
  });
  it('scores "Du har 12 tegn tilbage." as 4/1 + 100·1/4 = 29 (numbers are not words)', () => {
    expect(lix('Du har 12 tegn tilbage.')).toBe(29);
  });
  it('scores two sentences "Jeg er her. Du kommer snart." as 6/2 + 0 = 3', () => {
    expect(lix('Jeg er her. Du kommer snart.')).toBe(3);
  });
  it('leaves placeholders out of the words', () => {
    expect(wordsOf('{Label} må højst være {max} tegn')).toEqual(['må', 'højst', 'være', 'tegn']);
  });
});

describe('the Danish catalogue', () => {
  it('passes the lint: no banned words, at most 25 words a message, LIX at most 40', () => {
    expect(lintDanishCatalogue(da)).toEqual([]);
  });
  it('the lint catches a banned word, a long message and a hard catalogue', () => {
    expect(lintDanishCatalogue({ required: 'Feltet er påkrævet' })).toEqual(['required: uses "påkrævet"']);
    expect(lintDanishCatalogue({ invalid: Array.from({ length: 26 }, () => 'ord').join(' ') })).toEqual([
      'invalid: 26 words (at most 25)',
    ]);
    const hard = lintDanishCatalogue({ email: 'Sundhedsforsikringsbevisets registreringsoplysninger' });
    expect(hard).toHaveLength(1);
    expect(hard[0]).toMatch(/^LIX of the catalogue is 102\.0/u);
  });
});
