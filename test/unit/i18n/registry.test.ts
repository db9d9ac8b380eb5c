import { afterEach, describe, expect, it } from 'vitest';
import { da } from '../../../src/i18n/locales/da.js';
import { en } from '../../../src/i18n/locales/en.js';
import {
  configureMessages, lookupMessage, registerCatalogue, resetMessageOverrides, resolveLocale,
} from '../../../src/i18n/registry.js';

afterEach(resetMessageOverrides);

describe('resolveLocale', () => {
  it.each([
    ['da', 'da'], ['da-DK', 'da'], ['EN', 'en'], ['en-GB', 'en'], ['', 'da'], [null, 'da'], ['de', 'da'], ['kl-GL', 'da'],
  ])('%s → %s', (lang, expected) => {
    expect(resolveLocale(lang)).toBe(expected);
  });

  it('uses a catalogue registered by a fork', () => {
    registerCatalogue('kl', { ...da, required: 'Allaguk {label}' });
    expect(resolveLocale('kl-GL')).toBe('kl');
    expect(lookupMessage('kl', 'required')).toBe('Allaguk {label}');
  });
});

describe('catalogues', () => {
  it('have the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it('have no empty texts', () => {
    for (const catalogue of [da, en]) {
      for (const [key, value] of Object.entries(catalogue)) {
        const texts = typeof value === 'string' ? [value] : [value.one, value.other];
        for (const text of texts) expect(text.trim(), key).not.toBe('');
      }
    }
  });
});

describe('configureMessages', () => {
  it('overrides a text page-wide for one locale and leaves the rest', () => {
    configureMessages('da', { required: 'Udfyld {label}' });
    expect(lookupMessage('da', 'required')).toBe('Udfyld {label}');
    expect(lookupMessage('en', 'required')).toBe(en.required);
    expect(lookupMessage('da', 'email')).toBe(da.email);
  });
});
