/**
 * The demo server's own check of "Anmeld flytning" (`demo/validate-moving.mjs`): every field of the
 * page goes through its element's rule set from the library (`dist/validation/`), with the rules'
 * attributes and the message overrides read from the page, so the server says what the field says.
 * Needs `npm run build` first (the module imports dist/).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type ValidateMovingForm = (formData: FormData, page: string, today: string) => Record<string, string>;
// A plain JavaScript module without type declarations: imported by URL and typed here.
const { validateMovingForm } = (await import(
  new URL('../../demo/validate-moving.mjs', import.meta.url).href
)) as {
  validateMovingForm: ValidateMovingForm;
};

const movingPage = readFileSync(new URL('../../demo/pages/flytning.html', import.meta.url), 'utf8');
const TODAY = '2026-12-05';

const COMPLETE = {
  cpr: '0101901234',
  email: 'ada@eksempel.dk',
  adresse: 'Rådhuspladsen 2, 1550 København V',
  flyttedato: '2027-03-01',
  boligtype: 'leje',
  'flytter-med': 'nej',
  bekraeft: 'on',
};

function check(entries: Record<string, string>, page = movingPage): Record<string, string> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(entries)) formData.append(name, value);
  return validateMovingForm(formData, page, TODAY);
}

describe("the demo server checks each field with the field's own rules", () => {
  it('accepts a complete form', () => {
    expect(check(COMPLETE)).toEqual({});
  });

  it.each([
    ['2024-02-31', 'Flyttedato skal være en rigtig dato'],
    ['27-03-01', 'Året skal have 4 cifre'],
    ['i morgen', 'Flyttedato skal være en rigtig dato'],
    ['2019-12-31', 'Flyttedato skal være den 01-01-2020 eller senere'],
  ])('a posted date %j gets the date field\'s message "%s"', (flyttedato, message) => {
    expect(check({ ...COMPLETE, flyttedato })).toEqual({ flyttedato: message });
  });

  it("checks the fields the page checks, the textarea's maxlength too", () => {
    expect(check({ ...COMPLETE, bemaerkning: 'x'.repeat(501) })).toEqual({
      bemaerkning: 'Bemærkninger må højst være 500 tegn',
    });
    expect(check({ ...COMPLETE, bemaerkning: 'x'.repeat(500) })).toEqual({});
  });

  it('checks a field revealed by a choice only while that choice is made', () => {
    expect(check({ ...COMPLETE, 'antal-med': 'to' })).toEqual({});
    expect(check({ ...COMPLETE, 'flytter-med': 'ja', 'antal-med': 'to' })).toEqual({
      'antal-med': 'Skriv antallet med tal, for eksempel 2',
    });
    expect(check({ ...COMPLETE, 'flytter-med': 'ja' })).toEqual({
      'antal-med': 'Skriv, hvor mange der flytter med dig',
    });
  });

  it("reads each rule's attributes and overrides from the page, as the element does, and skips disabled fields", () => {
    const page = `<form>
      <bf-date-input name="d" label="Dato" max="2026-12-31" message-date-max="Vælg en dato i år"></bf-date-input>
      <bf-date-input name="born" label="Fødselsdato" past></bf-date-input>
      <bf-cpr-input name="c" label="CPR-nummer" required message-required="Skriv dit CPR-nummer"></bf-cpr-input>
      <bf-checkbox-group name="g" label="Hvem" required></bf-checkbox-group>
      <bf-text-field name="off" label="Slukket" required disabled></bf-text-field>
    </form>`;
    expect(check({ d: '2027-01-01', born: '2027-01-01' }, page)).toEqual({
      d: 'Vælg en dato i år',
      born: 'Fødselsdato kan ikke være i fremtiden',
      c: 'Skriv dit CPR-nummer',
      g: 'Vælg mindst én mulighed under hvem',
    });
  });

  describe('the address: the postcode table and the municipality rule, as the field checks them', () => {
    const page = `<form><bf-address-input name="a" label="Adresse" required municipality="0751"></bf-address-input></form>`;
    const manual = (postcode: string, city = 'By') => ({
      a: `Testvej 1, ${postcode} ${city}`,
      'a-street': 'Testvej',
      'a-house-number': '1',
      'a-floor': '',
      'a-door': '',
      'a-postcode': postcode,
      'a-city': city,
    });

    it('a hand-written address whose postcode reaches the municipality passes; one that does not gets the message', () => {
      expect(check(manual('8000', 'Aarhus C'), page)).toEqual({});
      expect(check(manual('1550', 'København V'), page)).toEqual({
        a: 'Adressen ligger ikke i Aarhus Kommune. Løsningen er kun for borgere i Aarhus Kommune',
      });
    });

    it('a postcode that does not exist is rejected with the table', () => {
      expect(check(manual('0998'), page)).toEqual({
        a: 'Postnummeret findes ikke. Tjek, at du har skrevet det rigtigt',
      });
    });

    it('a register address is judged by its municipality code', () => {
      const chosen = {
        ...manual('1550', 'København V'),
        'a-id': '0a3f50a0-0000-0000-0000-000000000001',
        'a-municipality-code': '0101',
      };
      expect(check(chosen, page)).toEqual({
        a: 'Adressen ligger ikke i Aarhus Kommune. Løsningen er kun for borgere i Aarhus Kommune',
      });
      expect(check({ ...chosen, 'a-municipality-code': '0751' }, page)).toEqual({});
    });

    it('only the text (no parts): present passes, missing is required', () => {
      expect(check({ a: 'Rådhuspladsen 2, 8000 Aarhus C' }, page)).toEqual({});
      expect(check({}, page)).toEqual({ a: 'Vælg en adresse fra listen, eller skriv den selv' });
    });

    it('a field typed by hand only (`manual`, no provider on a page without script) asks for the street, never for a list', () => {
      const byHand = page.replace('required', 'required manual');
      expect(check({}, byHand)).toEqual({ a: 'Indtast vejnavn' });
      expect(check({ ...manual('8000', 'Aarhus C'), 'a-street': '' }, byHand)).toEqual({
        a: 'Indtast vejnavn',
      });
      expect(check(manual('8000', 'Aarhus C'), byHand)).toEqual({});
    });
  });
});
