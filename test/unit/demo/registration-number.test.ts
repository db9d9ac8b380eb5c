// The demo's registration number rule (demo/scripts/registration-number.js), a host's own validator:
// the ordinary Danish plate, 2 letters A–Z and 5 digits, spaces optional in the usual places.
import { describe, expect, it } from 'vitest';
import { firstFailure, type Validator } from '../../../src/validation/validator.js';

interface RegistrationNumberModule {
  parseRegistrationNumber: (text: string) => { ok: true; value: string } | { ok: false; code: string };
  registrationNumberValidator: Validator<{ value: string }>;
  REGISTRATION_NUMBER_MESSAGE: string;
}
// A plain JavaScript module without type declarations: imported by URL and typed here.
const { parseRegistrationNumber, registrationNumberValidator, REGISTRATION_NUMBER_MESSAGE } = (await import(
  new URL('../../../demo/scripts/registration-number.js', import.meta.url).href
)) as RegistrationNumberModule;

describe('parseRegistrationNumber', () => {
  it.each([
    ['AB 12 345', 'AB 12 345'],
    ['AB12345', 'AB 12 345'],
    ['AB 12345', 'AB 12 345'],
    ['AB12 345', 'AB 12 345'],
    ['ab 12 345', 'AB 12 345'],
    ['  xy 98 765 ', 'XY 98 765'],
  ])('accepts %j as %j', (typed, value) => {
    expect(parseRegistrationNumber(typed)).toEqual({ ok: true, value });
  });

  it.each([
    'ABC 1234', // the old test number in the page: 3 letters
    'AB 1234', // 4 digits
    'AB 123 456', // 6 digits
    'A 12 345', // 1 letter
    'ÆØ 12 345', // no Danish letters on plates
    'AB-12-345', // no other separators
    'AB  12 345', // one space at most in each place
    '12 345 AB', // letters first
    'AB 12 34S', // a letter among the digits
    'MIN BIL', // a personalised plate: beyond the demo
  ])('refuses %j', (typed) => {
    expect(parseRegistrationNumber(typed)).toEqual({ ok: false, code: 'format' });
  });

  it('calls an empty answer missing, not wrong', () => {
    expect(parseRegistrationNumber('   ')).toEqual({ ok: false, code: 'required' });
  });
});

describe('registrationNumberValidator (the field’s `validators`)', () => {
  it('passes a plate and leaves an empty field to `required`', () => {
    expect(firstFailure([registrationNumberValidator], { value: 'AB 12 345' })).toBeNull();
    expect(firstFailure([registrationNumberValidator], { value: '' })).toBeNull();
  });

  it('fails anything else as a pattern mismatch with its own Danish message, and no value in it', () => {
    const failure = firstFailure([registrationNumberValidator], { value: 'ABC 1234' });
    expect(failure).toEqual({
      key: 'registrationNumber',
      flag: 'patternMismatch',
      params: {},
      message: REGISTRATION_NUMBER_MESSAGE,
      messageKey: undefined,
    });
    expect(REGISTRATION_NUMBER_MESSAGE).not.toContain('ABC');
    expect(REGISTRATION_NUMBER_MESSAGE.split(/\s+/u).length).toBeLessThanOrEqual(25);
  });
});
