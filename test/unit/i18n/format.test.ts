import { describe, expect, it } from 'vitest';
import { formatMessage, formatNumber, labelInSentence } from '../../../src/i18n/format.js';

describe('labelInSentence', () => {
  it.each([
    ['Fornavn', 'fornavn'],
    ['E-mail', 'e-mail'],
    ['CPR-nummer', 'CPR-nummer'],
    ['NemKonto', 'NemKonto'],
    ['Ægtefælles navn', 'ægtefælles navn'],
    ['', ''],
  ])('%s → %s', (label, expected) => {
    expect(labelInSentence(label)).toBe(expected);
  });
});

describe('formatMessage', () => {
  it('puts the label in sentence form for {label} and unchanged for {Label}', () => {
    expect(formatMessage('Indtast {label}', { label: 'Fornavn' }, 'da')).toBe('Indtast fornavn');
    expect(formatMessage('{Label} må højst være {max} tegn', { label: 'Fornavn', max: 35 }, 'da')).toBe(
      'Fornavn må højst være 35 tegn',
    );
  });

  it('formats numbers for the locale', () => {
    expect(formatMessage('Du har {n} tegn for meget', { n: 9500 }, 'da')).toBe('Du har 9.500 tegn for meget');
    expect(formatMessage('You have {n} characters too many', { n: 9500 }, 'en')).toBe(
      'You have 9,500 characters too many',
    );
    expect(formatNumber(1234567, 'da')).toBe('1.234.567');
  });

  it('picks the plural form from the named parameter', () => {
    const message = { plural: 'n', one: '{n} character', other: '{n} characters' };
    expect(formatMessage(message, { n: 1 }, 'en')).toBe('1 character');
    expect(formatMessage(message, { n: 2 }, 'en')).toBe('2 characters');
    expect(formatMessage(message, { n: 0 }, 'en')).toBe('0 characters');
  });

  it('leaves an unknown placeholder visible instead of dropping it', () => {
    expect(formatMessage('Mindst {min} tegn', {}, 'da')).toBe('Mindst {min} tegn');
  });

  it('never interprets markup: text in, text out', () => {
    expect(formatMessage('Indtast {label}', { label: '<b>Navn</b>' }, 'da')).toBe('Indtast <b>Navn</b>');
  });
});
