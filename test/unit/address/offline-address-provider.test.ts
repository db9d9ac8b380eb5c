import { describe, expect, it } from 'vitest';
import { AddressProviderError } from '../../../src/address/address-provider.js';
import { OfflineAddressProvider } from '../../../src/address/offline-address-provider.js';
import { sampleAddresses } from '../../../src/address/sample-addresses.js';
import { checkAddressParts, formatAddress } from '../../../src/domain/address.js';

const signal = () => new AbortController().signal;

describe('OfflineAddressProvider over the sample addresses', () => {
  const provider = new OfflineAddressProvider(sampleAddresses);

  it('matches every typed word as the start of a word, in any order, ignoring case and punctuation', async () => {
    const texts = (await provider.suggest('rådhuspl', signal())).map((s) => s.text);
    expect(texts).toEqual([
      'Rådhuspladsen 1, 1550 København V',
      'Rådhuspladsen 1, 1. th., 1550 København V',
      'Rådhuspladsen 2, 8000 Aarhus C',
      'Rådhuspladsen 11, 4200 Slagelse',
      'Rådhuspladsen 4, st. tv., 9000 Aalborg',
    ]);
    expect((await provider.suggest('aarhus RÅDHUSPL.', signal())).map((s) => s.text)).toEqual([
      'Rådhuspladsen 2, 8000 Aarhus C',
    ]);
    expect(await provider.suggest('Rådhuspladsen 99', signal())).toEqual([]);
    expect(await provider.suggest('  ', signal())).toEqual([]);
  });

  it('gives at most `limit` suggestions', async () => {
    const limited = new OfflineAddressProvider(sampleAddresses, { limit: 2 });
    expect(await limited.suggest('r', signal())).toHaveLength(2);
  });

  it("resolves a suggestion's id to its address, and rejects an unknown id with not-found", async () => {
    const [first] = await provider.suggest('Vestergade 12B 2', signal());
    const address = await provider.resolve(first.id);
    expect(address).toMatchObject({
      street: 'Vestergade',
      houseNumber: '12B',
      floor: '2',
      door: 'tv',
      postcode: '8000',
      city: 'Aarhus C',
    });
    await expect(provider.resolve('no-such-id')).rejects.toBeInstanceOf(AddressProviderError);
    await expect(provider.resolve('no-such-id')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('gives the town of a postcode it knows, undefined otherwise', async () => {
    expect(await provider.postcode('8000')).toBe('Aarhus C');
    expect(await provider.postcode('1550')).toBe('København V');
    expect(await provider.postcode('0999')).toBeUndefined();
  });

  it('rejects with AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(provider.suggest('Rådhuspl', controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    await expect(provider.resolve(sampleAddresses[0].id, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('the sample addresses', () => {
  it('are a few dozen, with unique made-up ids, and each is a valid address whose text is its display form', () => {
    expect(sampleAddresses.length).toBeGreaterThanOrEqual(24);
    expect(new Set(sampleAddresses.map((a) => a.id)).size).toBe(sampleAddresses.length);
    for (const address of sampleAddresses) {
      expect(address.id).toMatch(/^00000000-0000-4000-8000-\d{12}$/u);
      const result = checkAddressParts({ ...address, floor: address.floor ?? '', door: address.door ?? '' });
      expect(result.ok, address.text).toBe(true);
      expect(address.text).toBe(formatAddress({ ...address }));
      expect(address.municipalityCode).toMatch(/^\d{4}$/u);
    }
  });
});
