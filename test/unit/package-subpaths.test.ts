// Wildcard exports expanded to concrete entry points (scripts/package/subpaths.mjs), which attw
// checks one by one.
import { describe, expect, it } from 'vitest';
import { concreteSubpaths, importTarget } from '../../scripts/package/subpaths.mjs';

describe('concrete subpaths', () => {
  it('reads the file a plain import loads from an exports value', () => {
    expect(importTarget('./dist/tokens.css')).toBe('./dist/tokens.css');
    expect(importTarget({ types: './a.d.ts', default: './a.js' })).toBe('./a.js');
    expect(
      importTarget({ node: { import: './n.js' }, import: { types: './b.d.ts', default: './b.js' } }),
    ).toBe('./b.js');
    expect(importTarget(['./a.js'])).toBeUndefined();
  });

  it('expands a wildcard once per shipped file, every * in the target standing for the same text', () => {
    const exportsField = {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './components/*.js': { types: './dist/components/*/*.d.ts', default: './dist/components/*/*.js' },
      './i18n/*.js': './dist/i18n/*.js',
    };
    const files = [
      'dist/index.js',
      'dist/components/text-field/text-field.js',
      'dist/components/text-field/text-field.d.ts',
      'dist/components/wizard/step.js', // not wizard/wizard.js: no subpath
      'dist/components/wizard/wizard.js',
      'dist/i18n/locales/da.js',
      'dist/i18n/format.js.map',
    ];
    expect(concreteSubpaths(exportsField, files)).toEqual([
      '.',
      './components/text-field.js',
      './components/wizard.js',
      './i18n/locales/da.js',
    ]);
  });
});
