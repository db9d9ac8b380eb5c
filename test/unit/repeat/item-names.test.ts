import { describe, expect, it } from 'vitest';
import {
  fieldOf,
  itemFieldName,
  itemsNeeded,
  parseItemFieldName,
} from '../../../src/components/repeat/item-names.js';

describe('the names of repeated items', () => {
  it('names a field by group, index and field, as a plain back end reads a list', () => {
    expect(itemFieldName('personer', 0, 'navn')).toBe('personer[0][navn]');
    expect(itemFieldName('biler', 12, 'reg-nr')).toBe('biler[12][reg-nr]');
  });

  it('reads a name back, including a field name with brackets of its own', () => {
    expect(parseItemFieldName('personer', 'personer[2][navn]')).toEqual({ index: 2, field: 'navn' });
    expect(parseItemFieldName('personer', 'personer[0][adresse][etage]')).toEqual({
      index: 0,
      field: 'adresse][etage',
    });
    expect(fieldOf('personer', 'personer[3][cpr]')).toBe('cpr');
    expect(fieldOf('personer', 'cpr')).toBe('cpr');
  });

  it('is not fooled by other groups, missing parts or junk', () => {
    for (const name of [
      'personerne[0][navn]',
      'personer[0]',
      'personer[][navn]',
      'personer[x][navn]',
      'personer[0][]',
      'personer[12345][navn]',
      'navn',
      'personer[0][navn',
    ])
      expect(parseItemFieldName('personer', name), name).toBeNull();
  });

  it('counts the items a set of names needs', () => {
    expect(itemsNeeded('personer', [])).toBe(0);
    expect(itemsNeeded('personer', ['navn', 'personer[0][navn]', 'personer[2][cpr]', 'biler[7][nr]'])).toBe(
      3,
    );
  });
});
