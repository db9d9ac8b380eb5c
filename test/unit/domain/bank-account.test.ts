// Account fixtures: the example of REQUIREMENTS §5.6 (Danske Bank's IBAN example, DK50 0040 0440 1162 43)
// or random digits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDanishAccount, splitDanishAccount } from '../../../src/domain/bank-account.js';

describe('parseDanishAccount: §5.6 cases (T-5.6)', () => {
  it('reg 0040 with account 440116243 gives 0040 / 0440116243', () => {
    expect(parseDanishAccount({ reg: '0040', account: '440116243' })).toEqual({
      ok: true,
      value: '0040-0440116243',
      reg: '0040',
      account: '0440116243',
    });
  });

  it.each([
    [' 00 40 ', '4401-16243'],
    ['0040', '0440 116 243'],
    ['0-0-4-0', '\u00a0440116243\t'],
    ['0040', '0440116243'],
  ])('spaces and hyphens are stripped: %j / %j', (reg, account) => {
    expect(parseDanishAccount({ reg, account })).toMatchObject({ ok: true, value: '0040-0440116243' });
  });

  it.each([
    ['1234', '1', '1234-0000000001'],
    ['9999', '9999999999', '9999-9999999999'],
    ['0000', '0', '0000-0000000000'],
  ])('%s / %s → %s (no bank check digits)', (reg, account, value) => {
    expect(parseDanishAccount({ reg, account })).toMatchObject({ ok: true, value });
  });

  it.each([
    ['004', '440116243'],
    ['00401', '440116243'],
    ['', '440116243'],
    ['00a0', '440116243'],
    ['٠٠٤٠', '440116243'], // Arabic-Indic digits
    ['0040.', '440116243'],
  ])('reg %j gives reg', (reg, account) => {
    expect(parseDanishAccount({ reg, account })).toEqual({ ok: false, code: 'reg' });
  });

  it.each(['', ' - ', '12345678901', '44011624x', '440.116.243', '440116243😀'])(
    'account %j gives account',
    (account) => {
      expect(parseDanishAccount({ reg: '0040', account })).toEqual({ ok: false, code: 'account' });
    },
  );

  it.each([
    ['', ''],
    [' ', '-'],
    ['\t', ' - '],
  ])('%j / %j gives required', (reg, account) => {
    expect(parseDanishAccount({ reg, account })).toEqual({ ok: false, code: 'required' });
  });
});

describe('splitDanishAccount', () => {
  it.each([
    ['0040-0440116243', '0040', '0440116243'],
    [' 0040 - 440116243 ', '0040', '440116243'],
    ['00400440116243', '0040', '0440116243'],
    ['004-12', '004', '12'],
    ['0040-12-34', '0040', '12-34'],
    ['konto', '', 'konto'],
    ['', '', ''],
  ])('%j → %j / %j', (value, reg, account) => {
    expect(splitDanishAccount(value)).toEqual({ reg, account });
  });
});

describe('properties', () => {
  const digits = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

  it('4 digits and 1–10 digits are accepted, the account padded to 10', () => {
    fc.assert(
      fc.property(digits(4, 4), digits(1, 10), (reg, account) => {
        const result = parseDanishAccount({ reg, account });
        expect(result).toEqual({
          ok: true,
          value: `${reg}-${account.padStart(10, '0')}`,
          reg,
          account: account.padStart(10, '0'),
        });
        if (result.ok) expect(splitDanishAccount(result.value)).toEqual({ reg, account: result.account });
      }),
    );
  });

  it('any other length of reg.nr is rejected with reg', () => {
    fc.assert(
      fc.property(digits(1, 12), digits(1, 10), (reg, account) => {
        fc.pre(reg.length !== 4);
        expect(parseDanishAccount({ reg, account })).toEqual({ ok: false, code: 'reg' });
      }),
    );
  });

  it('random strings never throw and failures carry only a code', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom(...'0123 -x') }),
        (a, b) => {
          for (const [reg, account] of [
            [a, b],
            [b, a],
          ]) {
            const result = parseDanishAccount({ reg, account });
            if (result.ok) expect(result.value).toMatch(/^\d{4}-\d{10}$/u);
            else {
              expect(Object.keys(result).sort()).toEqual(['code', 'ok']);
              expect(['required', 'reg', 'account']).toContain(result.code);
            }
          }
        },
      ),
    );
  });
});
