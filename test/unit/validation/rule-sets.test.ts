import { describe, expect, it } from 'vitest';
import { parseDanishAccount } from '../../../src/domain/bank-account.js';
import { parseDateParts } from '../../../src/domain/dates.js';
import { parseIban } from '../../../src/domain/iban.js';
import { parsePostcode } from '../../../src/domain/postcode.js';
import { da } from '../../../src/i18n/locales/da.js';
import * as validation from '../../../src/validation/index.js';
import {
  addressValidators,
  bankAccountValidators,
  dateValidators,
  declarationValidators,
  fileValidators,
  firstFailure,
  postcodeValidators,
  prefilledValidators,
  textareaValidators,
  type BuiltInValidator,
  type Validator,
} from '../../../src/validation/index.js';

/** Every rule set `src/validation/` exports: the arrays of rules. */
const ruleSets = Object.entries(validation).filter((entry): entry is [string, readonly BuiltInValidator[]] =>
  Array.isArray(entry[1]),
);

describe('the built-in rule sets (one module per kind of field, usable in Node)', () => {
  it('lists every kind of field', () => {
    expect(ruleSets.map(([name]) => name).sort()).toEqual([
      'addressValidators',
      'bankAccountValidators',
      'checkboxValidators',
      'choiceValidators',
      'choicesValidators',
      'cprValidators',
      'cvrValidators',
      'dateValidators',
      'declarationValidators',
      'fileValidators',
      'phoneValidators',
      'postcodeValidators',
      'prefilledValidators',
      'textValidators',
      'textareaValidators',
    ]);
  });

  it.each(ruleSets)('%s: every key and default text is a Danish catalogue entry', (_, rules) => {
    for (const rule of rules) {
      expect(Object.keys(da)).toContain(rule.key);
      if (rule.messageKey) expect(Object.keys(da)).toContain(rule.messageKey);
    }
  });

  it('date: a date before `min` gives dateMin with the bound as dd-mm-åååå', () => {
    const control = {
      required: true,
      min: '2020-01-01',
      max: '',
      dateResult: parseDateParts({ day: '1', month: '5', year: '2019' }, { min: '2020-01-01' }),
    };
    expect(firstFailure(dateValidators, control)).toMatchObject({
      key: 'dateMin',
      flag: 'rangeUnderflow',
      params: { min: '01-01-2020' },
    });
  });

  it('date: an empty date fails only when required', () => {
    const control = { required: false, min: '', max: '', dateResult: parseDateParts({}) };
    expect(firstFailure(dateValidators, control)).toBe(null);
    expect(firstFailure(dateValidators, { ...control, required: true })).toMatchObject({
      key: 'required',
      flag: 'valueMissing',
    });
  });

  it('declaration: not confirmed fails while required, with its own default text', () => {
    expect(firstFailure(declarationValidators, { required: true, checked: false })).toMatchObject({
      key: 'required',
      flag: 'valueMissing',
      messageKey: 'declarationRequired',
    });
    expect(firstFailure(declarationValidators, { required: true, checked: true })).toBe(null);
    expect(firstFailure(declarationValidators, { required: false, checked: false })).toBe(null);
  });

  it('address: a half-filled manual part is an error even when the field is optional', () => {
    const control = {
      required: false,
      municipalityNames: '',
      entryCheck: { ok: false, code: 'format', part: 'door' } as const,
    };
    expect(firstFailure(addressValidators, control)).toMatchObject({
      key: 'addressDoorFormat',
      flag: 'patternMismatch',
    });
    const empty = {
      required: false,
      municipalityNames: '',
      entryCheck: { ok: false, code: 'required', part: 'search' } as const,
    };
    expect(firstFailure(addressValidators, empty)).toBe(null);
    const byHand = { ...empty, entryCheck: { ok: false, code: 'required', part: 'street' } as const };
    expect(firstFailure(addressValidators, byHand), 'optional: no error').toBe(null);
    expect(firstFailure(addressValidators, { ...byHand, required: true })).toMatchObject({
      key: 'addressStreetMissing',
      flag: 'valueMissing',
    });
    expect(firstFailure(addressValidators, { ...empty, required: true })).toMatchObject({
      key: 'addressRequired',
    });
  });

  it('address: an unknown postcode, and an address outside the municipality named in the message', () => {
    const unknown = {
      required: false,
      municipalityNames: '',
      entryCheck: { ok: false, code: 'unknown', part: 'postcode' } as const,
    };
    expect(firstFailure(addressValidators, unknown)).toMatchObject({ key: 'addressPostcodeUnknown' });
    const outside = {
      required: false,
      municipalityNames: 'Aarhus Kommune',
      entryCheck: { ok: false, code: 'municipality', part: 'search' } as const,
    };
    expect(firstFailure(addressValidators, outside)).toMatchObject({
      key: 'addressOutsideMunicipality',
      params: { municipality: 'Aarhus Kommune' },
    });
  });

  it('file: required asks for one file, chosen or held by the server (anything with a length, as in Node)', () => {
    expect(firstFailure(fileValidators, { required: true, files: [] })).toMatchObject({
      key: 'fileRequired',
    });
    expect(firstFailure(fileValidators, { required: true, files: ['kontrakt.pdf'] })).toBe(null);
    expect(firstFailure(fileValidators, { required: true, files: [], storedFiles: ['held'] })).toBe(null);
  });

  it('postcode: the domain codes, then the municipality rule naming the municipalities', () => {
    const control = (input: string, municipalityCodes: string[] = [], required = false) => ({
      required,
      postcodeResult: parsePostcode(input),
      municipalityCodes,
      municipalityNames: 'Aarhus Kommune',
    });
    expect(firstFailure(postcodeValidators, control(''))).toBe(null);
    expect(firstFailure(postcodeValidators, control('', [], true))).toMatchObject({
      key: 'postcodeRequired',
      flag: 'valueMissing',
    });
    expect(firstFailure(postcodeValidators, control('800'))).toMatchObject({ key: 'postcodeFormat' });
    expect(firstFailure(postcodeValidators, control('3900'))).toMatchObject({
      key: 'postcodeUnknown',
      flag: 'badInput',
    });
    expect(firstFailure(postcodeValidators, control('8000', ['751']))).toBe(null);
    expect(firstFailure(postcodeValidators, control('5000', ['0751']))).toEqual({
      key: 'postcodeMunicipality',
      flag: 'customError',
      params: { municipality: 'Aarhus Kommune' },
      message: undefined,
      messageKey: undefined,
    });
    expect(firstFailure(postcodeValidators, control('5000', ['0751', '461']))).toBe(null); // Odense
    expect(firstFailure(postcodeValidators, control('', ['0751']))).toBe(null);
  });

  it('bank account: the rules of the format asked for; none while the field is the NemKonto notice', () => {
    const account = { required: true, format: 'account' as const };
    expect(
      firstFailure(bankAccountValidators, {
        ...account,
        bankAccountResult: parseDanishAccount({ reg: '', account: '' }),
      }),
    ).toMatchObject({ key: 'bankAccountRequired', flag: 'valueMissing' });
    expect(
      firstFailure(bankAccountValidators, {
        ...account,
        required: false,
        bankAccountResult: parseDanishAccount({ reg: '', account: '' }),
      }),
    ).toBe(null);
    expect(
      firstFailure(bankAccountValidators, {
        ...account,
        bankAccountResult: parseDanishAccount({ reg: '004', account: '1' }),
      }),
    ).toMatchObject({ key: 'bankAccountRegFormat', flag: 'patternMismatch' });
    expect(
      firstFailure(bankAccountValidators, {
        ...account,
        bankAccountResult: parseDanishAccount({ reg: '0040', account: '' }),
      }),
    ).toMatchObject({ key: 'bankAccountNumberFormat' });
    const iban = { required: true, format: 'iban' as const };
    expect(firstFailure(bankAccountValidators, { ...iban, bankAccountResult: parseIban('') })).toMatchObject({
      key: 'ibanRequired',
    });
    expect(
      firstFailure(bankAccountValidators, { ...iban, bankAccountResult: parseIban('DK500040') }),
    ).toMatchObject({
      key: 'ibanFormat',
      flag: 'patternMismatch',
    });
    expect(
      firstFailure(bankAccountValidators, { ...iban, bankAccountResult: parseIban('DK5000400440116244') }),
    ).toMatchObject({ key: 'ibanChecksum', flag: 'badInput' });
    expect(firstFailure(bankAccountValidators, { ...iban, bankAccountResult: null })).toBe(null);
  });

  it('textarea: required, then the lengths; no e-mail or pattern rules', () => {
    expect(textareaValidators.map((rule) => rule.key)).toEqual(['required', 'minlength', 'maxlength']);
    expect(firstFailure(textareaValidators, { value: 'x', required: true, type: 'email' })).toBe(null);
  });

  it('prefilled: only required', () => {
    expect(firstFailure(prefilledValidators, { value: ' ', required: true })).toMatchObject({
      key: 'required',
    });
    expect(firstFailure(prefilledValidators, { value: 'x', required: true, pattern: '\\d' })).toBe(null);
  });
});

describe('validator keys are typed', () => {
  const check = (): null => null;

  it('a built-in rule with a misspelt catalogue key does not compile', () => {
    // @ts-expect-error -- 'requird' is not a catalogue key
    const typo: BuiltInValidator = { key: 'requird', flag: 'valueMissing', check };
    expect(typo.key).toBe('requird');
  });

  it("a host's rule with a key of its own needs its own message (or a catalogue entry in messageKey)", () => {
    const own: Validator<{ value: string }> = {
      key: 'notTaken',
      flag: 'customError',
      message: 'Brugernavnet er optaget. Vælg et andet',
      check: (control) => (control.value === 'ada' ? {} : null),
    };
    expect(firstFailure([own], { value: 'ada' })).toMatchObject({
      key: 'notTaken',
      message: 'Brugernavnet er optaget. Vælg et andet',
    });
    const borrowed: Validator = { key: 'notTaken', flag: 'customError', messageKey: 'invalid', check };
    const catalogued: Validator = { key: 'pattern', flag: 'patternMismatch', check };
    // @ts-expect-error -- neither a catalogue key nor a message: the citizen would read the key
    const textless: Validator = { key: 'notTaken', flag: 'customError', check };
    expect([borrowed, catalogued, textless].map((rule) => rule.key)).toEqual([
      'notTaken',
      'pattern',
      'notTaken',
    ]);
  });
});
