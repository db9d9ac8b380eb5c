// CVR fixtures are the examples of REQUIREMENTS §5.2 or generated from random digits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCvr } from '../../../src/domain/cvr.js';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];
const weightedSum = (digits: string) => WEIGHTS.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);

/** Seven random digits whose weighted sum leaves a remainder other than 1, plus their check digit. */
const validCvr = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 })
  .map((digits) => digits.join(''))
  .filter((first7) => weightedSum(`${first7}0`) % 11 !== 1)
  .map((first7) => `${first7}${(11 - (weightedSum(`${first7}0`) % 11)) % 11}`);

describe('parseCvr: §5.2 cases (T-5.2)', () => {
  it.each([
    ['13748136', '13748136'],
    ['13 74 81 36', '13748136'],
    ['DK13748136', '13748136'],
    ['24256790', '24256790'],
    ['dk13748136', '13748136'],
    [' DK 1374-8136 ', '13748136'],
    ['1374-8136', '13748136'],
    ['DK-13748136', '13748136'],
  ])('%j is accepted as %s', (input, value) => {
    expect(parseCvr(input)).toEqual({ ok: true, value });
  });

  it.each(['13748137', '24256791', 'DK13748137', '13748163'])('%j gives checksum', (input) => {
    expect(parseCvr(input)).toEqual({ ok: false, code: 'checksum' });
  });

  it.each([
    '1374813',
    '137481361',
    'DK',
    'DK1374813',
    'SE13748136',
    '1374813a',
    '13748136DK',
    'DKDK13748136',
    '13.74.81.36',
    '13_748_136',
    '\uFF11\uFF13\uFF17\uFF14\uFF18\uFF11\uFF13\uFF16', // full-width digits
  ])('%j gives format', (input) => {
    expect(parseCvr(input)).toEqual({ ok: false, code: 'format' });
  });

  it.each(['', '   ', '\t'])('%j gives required', (input) => {
    expect(parseCvr(input)).toEqual({ ok: false, code: 'required' });
  });
});

describe('properties', () => {
  it('generated numbers with the right check digit are accepted', () => {
    fc.assert(
      fc.property(validCvr, (cvr) => {
        expect(parseCvr(cvr)).toEqual({ ok: true, value: cvr });
      }),
    );
  });

  it('a single changed digit of a valid number is always rejected', () => {
    fc.assert(
      fc.property(
        validCvr,
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        (cvr, position, delta) => {
          const digit = (Number(cvr[position]) + delta) % 10;
          const changed = `${cvr.slice(0, position)}${digit}${cvr.slice(position + 1)}`;
          expect(changed).not.toBe(cvr);
          expect(parseCvr(changed)).toEqual({ ok: false, code: 'checksum' });
        },
      ),
    );
  });

  it('no check digit can complete seven digits that leave remainder 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }).map((d) => d.join('')),
        (first7) => {
          fc.pre(weightedSum(`${first7}0`) % 11 === 1);
          for (let check = 0; check <= 9; check++) {
            expect(parseCvr(`${first7}${check}`)).toEqual({ ok: false, code: 'checksum' });
          }
        },
      ),
    );
  });

  it('spaces, hyphens and a DK prefix normalise to the same value', () => {
    fc.assert(
      fc.property(
        validCvr,
        fc.constantFrom('', 'DK', 'dk', 'DK '),
        fc.array(fc.constantFrom('', ' ', '-'), { minLength: 9, maxLength: 9 }),
        (cvr, prefix, gaps) => {
          const input = prefix + [...cvr].map((digit, i) => gaps[i] + digit).join('') + gaps[8];
          expect(parseCvr(input)).toEqual({ ok: true, value: cvr });
        },
      ),
    );
  });

  it('random strings never throw and failures carry only a code', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom(...'0123456789 -DKx') }),
        (a, b) => {
          for (const input of [a, b]) {
            const result = parseCvr(input);
            if (result.ok) {
              expect(result.value).toMatch(/^\d{8}$/);
              expect(weightedSum(result.value) % 11).toBe(0);
            } else {
              expect(Object.keys(result).sort()).toEqual(['code', 'ok']);
              expect(['required', 'format', 'checksum']).toContain(result.code);
            }
          }
        },
      ),
    );
  });
});
