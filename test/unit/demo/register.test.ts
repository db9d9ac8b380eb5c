// The demo's fictional citizen register (demo/register.mjs): every person can log in, fill in the
// parking application and pass the library's own checks (their CPR number parses, their address is
// one of the sample addresses in the demo municipality, 8000 Aarhus C).
import { describe, expect, it } from 'vitest';
import { sampleAddresses } from '../../../src/address/sample-addresses.js';
import { parseCpr } from '../../../src/domain/cpr.js';

interface Citizen {
  id: string;
  name: string;
  cpr: string;
  address: string;
}
// A plain JavaScript module without type declarations: imported by URL and typed here.
const { CITIZENS, citizenById } = (await import(
  new URL('../../../demo/register.mjs', import.meta.url).href
)) as {
  CITIZENS: readonly Citizen[];
  citizenById: (id: unknown) => Citizen | null;
};

/** The old modulus-11 check: a number that fails it is unlikely to have been given to anyone born then. */
const mod11 = (cpr: string) =>
  [...cpr].reduce((sum, digit, i) => sum + Number(digit) * [4, 3, 2, 7, 6, 5, 4, 3, 2, 1][i], 0) % 11;

describe('the demo register', () => {
  it('has 3 or 4 invented people with distinct ids, names with Danish letters among them', () => {
    expect(CITIZENS.length).toBeGreaterThanOrEqual(3);
    expect(CITIZENS.length).toBeLessThanOrEqual(4);
    expect(new Set(CITIZENS.map((c) => c.id)).size).toBe(CITIZENS.length);
    expect(CITIZENS.some((c) => /[æøåÆØÅ]/u.test(c.name))).toBe(true);
  });

  it.each(CITIZENS.map((c) => [c.name, c] as const))(
    '%s: a CPR number parseCpr accepts, failing modulus 11',
    (_, citizen) => {
      expect(parseCpr(citizen.cpr, { today: '2026-12-05' })).toMatchObject({ ok: true, value: citizen.cpr });
      expect(mod11(citizen.cpr)).not.toBe(0);
      expect(citizen.id).not.toContain(citizen.cpr);
    },
  );

  it.each(CITIZENS.map((c) => [c.name, c] as const))(
    '%s: an address among the sample addresses in 8000 Aarhus C',
    (_, citizen) => {
      const address = sampleAddresses.find((a) => a.text === citizen.address);
      expect(address).toMatchObject({ postcode: '8000', city: 'Aarhus C', municipalityCode: '0751' });
    },
  );

  it('finds a person by id only', () => {
    expect(citizenById(CITIZENS[0].id)).toBe(CITIZENS[0]);
    expect(citizenById(CITIZENS[0].cpr)).toBeNull();
    expect(citizenById(undefined)).toBeNull();
  });
});
