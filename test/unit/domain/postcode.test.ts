import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allPostcodes,
  cityForPostcode,
  municipalitiesForPostcode,
  municipalityName,
  municipalityNamesText,
  normaliseMunicipalityCode,
  parsePostcode,
  postcodeReaches,
  POSTCODE_TABLE_SOURCE,
  splitMunicipalityCodes,
} from '../../../src/domain/postcode.js';

// REQUIREMENTS §5.3, issue 15 item 2: the table generated from data/postnumre.csv.

/** The source file read directly, to check the generated table against it. */
const rows = readFileSync(new URL('../../../data/postnumre.csv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split(';'));
const listed = new Set(rows.map((row) => row[4]));

describe('parsePostcode (T-5.3)', () => {
  it.each([
    ['8000', 'Aarhus C'],
    ['5000', 'Odense C'],
    ['2100', 'København Ø'],
    ['3700', 'Rønne'],
    ['9990', 'Skagen'],
    ['0800', 'Høje Taastrup'],
    [' 8 000 ', 'Aarhus C'],
  ])('%j → %s', (input, city) => {
    expect(parsePostcode(input)).toEqual({ ok: true, value: input.replace(/\s/gu, ''), city });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['800', 'format'],
    ['80000', 'format'],
    ['80a0', 'format'],
    ['８０００', 'format'],
    ['0554', 'unknown'],
    ['9991', 'unknown'],
    ['3900', 'unknown'], // Nuuk: Greenland is not in the table
    ['0000', 'unknown'],
  ])('%j is rejected as %s', (input, code) => {
    expect(parsePostcode(input)).toEqual({ ok: false, code });
  });

  it('rejects a code in the range that the table lacks (the first gap in the table)', () => {
    const codes = allPostcodes().map(Number);
    const gap = codes.find((code, index) => index > 0 && code - codes[index - 1] > 1)! - 1;
    expect(parsePostcode(String(gap).padStart(4, '0'))).toEqual({ ok: false, code: 'unknown' });
  });

  it('every postcode in the source file parses, with its town', () => {
    for (const row of rows) expect(parsePostcode(row[4])).toEqual({ ok: true, value: row[4], city: row[5] });
  });

  it('property: every four-digit string not in the source file is rejected as unknown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (number) => {
        const code = String(number).padStart(4, '0');
        const result = parsePostcode(code);
        return listed.has(code) ? result.ok : !result.ok && result.code === 'unknown';
      }),
      { numRuns: 2000 },
    );
  });

  it('the table: every code is 4 digits within 0555–9990, none twice, all of the source file', () => {
    const codes = allPostcodes();
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^\d{4}$/u.test(code) && Number(code) >= 555 && Number(code) <= 9990)).toBe(
      true,
    );
    expect(new Set(codes)).toEqual(listed);
    expect(POSTCODE_TABLE_SOURCE.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });
});

describe('municipalities', () => {
  it('a postcode can reach more than one municipality (6100 Haderslev)', () => {
    expect(cityForPostcode('6100')).toBe('Haderslev');
    expect(municipalitiesForPostcode('6100')).toEqual([
      { code: '0510', name: 'Haderslev Kommune' },
      { code: '0621', name: 'Kolding Kommune' },
    ]);
    expect(postcodeReaches('6100', '621')).toBe(true);
    expect(postcodeReaches('6100', '0751')).toBe(false);
    expect(postcodeReaches('9999', '0751')).toBe(false);
  });

  it('every row of the source file: the postcode reaches that municipality, named as the file names it', () => {
    for (const row of rows) {
      expect(postcodeReaches(row[4], row[2])).toBe(true);
      expect(municipalityName(row[2])).toBe(row[3]);
    }
  });

  it('municipality codes as DAR writes them', () => {
    expect(normaliseMunicipalityCode('751')).toBe('0751');
    expect(normaliseMunicipalityCode(' 0101 ')).toBe('0101');
    expect(normaliseMunicipalityCode('12345')).toBe('');
    expect(normaliseMunicipalityCode('x')).toBe('');
    expect(municipalityName('0751')).toBe('Aarhus Kommune');
    expect(cityForPostcode('1234x')).toBe(undefined);
    expect(municipalitiesForPostcode('3900')).toEqual([]);
  });
});

describe('municipality attributes', () => {
  it('reads the codes as written, whatever separates them, and names them as a message lists them', () => {
    expect(splitMunicipalityCodes(' 0751, 621;0510  ')).toEqual(['0751', '621', '0510']);
    expect(splitMunicipalityCodes('')).toEqual([]);
    expect(municipalityNamesText(['0751', '621'], 'da')).toBe('Aarhus Kommune eller Kolding Kommune');
    expect(municipalityNamesText(['9999'], 'da'), 'a code that names none, as written').toBe('9999');
    expect(municipalityNamesText([], 'da')).toBe('');
  });
});
