import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, isEmail, isWebAddress, matchesPattern } from '../../../src/validation/text.js';
import { textValidators, type TextConstraints } from '../../../src/validation/text-validators.js';
import { firstFailure } from '../../../src/validation/validator.js';

const field = (over: Partial<TextConstraints>): TextConstraints => ({ value: '', required: false, ...over });

describe('text rules (run in Node, as the demo server does)', () => {
  it('counts code points: an emoji is one character', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect(codePointLength('')).toBe(0);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => codePointLength(s) === [...s].length));
  });

  it.each([
    ['ada@eksempel.dk', true],
    ['a.b+c@sub.kommune.dk', true],
    ['ada@', false],
    ['@eksempel.dk', false],
    ['ada eksempel.dk', false],
    ['ada@eksempel..dk', false],
    ['ada@localhost', true],
  ])('isEmail(%s) = %s', (value, expected) => {
    expect(isEmail(value)).toBe(expected);
  });

  it.each([
    ['https://www.kk.dk/borger', true],
    ['http://eksempel.dk', true],
    ['www.eksempel.dk', false],
    ['javascript:alert(1)', false],
    ['ftp://eksempel.dk', false],
  ])('isWebAddress(%s) = %s', (value, expected) => {
    expect(isWebAddress(value)).toBe(expected);
  });

  it('anchors a pattern like HTML and ignores an invalid one', () => {
    expect(matchesPattern('8000', '[0-9]{4}')).toBe(true);
    expect(matchesPattern('80000', '[0-9]{4}')).toBe(false);
    expect(matchesPattern('x8000', '[0-9]{4}')).toBe(false);
    expect(matchesPattern('anything', '([')).toBe(true);
  });

  it('reports the first failing rule with its flag and parameters', () => {
    expect(firstFailure(textValidators, field({ required: true, value: '  ' }))).toMatchObject({
      key: 'required',
      flag: 'valueMissing',
    });
    expect(firstFailure(textValidators, field({ value: 'ab', minlength: 3 }))).toMatchObject({
      key: 'minlength',
      flag: 'tooShort',
      params: { min: 3, count: 2 },
    });
    expect(firstFailure(textValidators, field({ value: 'a😀😀😀', maxlength: 3 }))).toMatchObject({
      key: 'maxlength',
      flag: 'tooLong',
      params: { max: 3, count: 4 },
    });
    expect(firstFailure(textValidators, field({ value: 'x', type: 'email' }))).toMatchObject({
      key: 'email',
      flag: 'typeMismatch',
    });
    expect(
      firstFailure(textValidators, field({ value: '', minlength: 3, pattern: '\\d+', type: 'email' })),
    ).toBeNull();
  });

  it('never puts the value into a failure: parameters are numbers only', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (value) => {
        const failure = firstFailure(textValidators, field({ value, maxlength: 0, type: 'email' }));
        return failure !== null && Object.values(failure.params).every((p) => typeof p === 'number');
      }),
    );
  });
});
