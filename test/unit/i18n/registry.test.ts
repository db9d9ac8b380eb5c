import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { da } from '../../../src/i18n/locales/da.js';
import { en } from '../../../src/i18n/locales/en.js';
import { addressMessages } from '../../../src/i18n/messages/address.js';
import { fieldMessages } from '../../../src/i18n/messages/field.js';
import { textareaMessages } from '../../../src/i18n/messages/textarea.js';
import {
  catalogueFor,
  configureMessages,
  hasMessage,
  lookupMessage,
  registerCatalogue,
  registerMessages,
  resetMessageOverrides,
  resolveLocale,
} from '../../../src/i18n/registry.js';

afterEach(resetMessageOverrides);

describe('registerMessages (each element registers the areas of texts it shows)', () => {
  it('knows no text before an area is registered: the key comes back, visibly wrong', () => {
    expect(hasMessage('addressHint')).toBe(false);
    expect(lookupMessage('da', 'addressHint')).toBe('addressHint');
  });

  it('adds an area in Danish and English; registering it again changes nothing', () => {
    registerMessages(fieldMessages, addressMessages);
    registerMessages(addressMessages);
    expect(hasMessage('addressHint')).toBe(true);
    expect(lookupMessage('da', 'addressHint')).toBe(da.addressHint);
    expect(lookupMessage('en', 'addressHint')).toBe(en.addressHint);
    expect(lookupMessage('da', 'required')).toBe(da.required);
    expect(Object.keys(catalogueFor('da')!).sort()).toEqual(
      [...Object.keys(fieldMessages.da), ...Object.keys(addressMessages.da)].sort(),
    );
  });

  it('the shipped areas together are the whole catalogue', async () => {
    const files = readdirSync(new URL('../../../src/i18n/messages/', import.meta.url)).filter(
      (file) => file !== 'index.ts',
    );
    const areas = await Promise.all(
      files.map((file) => import(`../../../src/i18n/messages/${file}`) as Promise<Record<string, unknown>>),
    );
    const merged = { da: {}, en: {} };
    for (const module of areas) {
      const [area] = Object.entries(module)
        .filter(([name]) => name.endsWith('Messages'))
        .map(([, value]) => value as typeof fieldMessages);
      Object.assign(merged.da, area.da);
      Object.assign(merged.en, area.en);
    }
    expect(merged).toEqual({ da, en });
  });
});

describe('resolveLocale', () => {
  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['', 'da'],
    [null, 'da'],
    ['de', 'da'],
    ['kl-GL', 'da'],
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

describe('registerCatalogue', () => {
  it('replaces a language whole; areas registered later do not overwrite it', () => {
    registerCatalogue('en', { ...en, characterLimit: 'At most {max} characters' });
    registerMessages(textareaMessages);
    expect(lookupMessage('en', 'characterLimit')).toBe('At most {max} characters');
    expect(lookupMessage('da', 'characterLimit')).toBe(da.characterLimit);
  });
});
