// DawaAddressProvider against a real HTTP server on 127.0.0.1 (test/fixtures/address-server.mjs),
// serving made-up sample addresses in DAWA's response shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressProviderError } from '../../../src/address/address-provider.js';
import { DawaAddressProvider, HttpAddressProvider } from '../../../src/address/dawa-address-provider.js';
import type { FetchFunction } from '../../../src/address/http-json.js';
import { startAddressServer, type AddressServer } from '../../fixtures/address-server.mjs';

let server: AddressServer;

beforeAll(async () => {
  server = await startAddressServer();
});

afterAll(async () => {
  await server.close();
});

const signal = () => new AbortController().signal;

/** The rejection of a promise that must reject. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('DawaAddressProvider on loopback', () => {
  it("suggests addresses for a text, as { id, text }, in the service's order", async () => {
    const provider = new DawaAddressProvider({ baseUrl: server.url });
    const found = await provider.suggest('Rådhuspl', signal());
    expect(found).toEqual([
      { id: '00000000-0000-4000-8000-000000000101', text: 'Rådhuspladsen 1, 1550 København V' },
      { id: '00000000-0000-4000-8000-000000000102', text: 'Rådhuspladsen 1, 1. th., 1550 København V' },
      { id: '00000000-0000-4000-8000-000000000103', text: 'Rådhuspladsen 2, 8000 Aarhus C' },
    ]);
    expect(await provider.suggest('Ingen sådan vej', signal())).toEqual([]);
  });

  it("asks /adresser/autocomplete with q and per_side, encoded, and sends the host's headers", async () => {
    const provider = new DawaAddressProvider({
      baseUrl: `${server.url}/`,
      perPage: 2,
      headers: { 'x-kommune': '0751' },
    });
    const before = server.requests.length;
    await provider.suggest('Rådhuspladsen 1 & 2', signal());
    await provider.suggest('rådhuspladsen', signal());
    const [first, second] = server.requests.slice(before);
    const url = new URL(first.url, server.url);
    expect(url.pathname).toBe('/adresser/autocomplete');
    expect(url.searchParams.get('q')).toBe('Rådhuspladsen 1 & 2');
    expect(url.searchParams.get('per_side')).toBe('2');
    expect(first.headers['x-kommune']).toBe('0751');
    expect(first.headers.accept).toBe('application/json');
    expect(new URL(second.url, server.url).searchParams.get('per_side')).toBe('2');
    expect(await provider.suggest('rådhuspladsen', signal())).toHaveLength(2);
  });

  it('resolves an id to the whole address (struktur=mini), floor and door included', async () => {
    const provider = new DawaAddressProvider({ baseUrl: server.url });
    expect(await provider.resolve('00000000-0000-4000-8000-000000000102')).toEqual({
      id: '00000000-0000-4000-8000-000000000102',
      street: 'Rådhuspladsen',
      houseNumber: '1',
      floor: '1',
      door: 'th',
      postcode: '1550',
      city: 'København V',
      municipalityCode: '0101',
      text: 'Rådhuspladsen 1, 1. th., 1550 København V',
    });
    expect(await provider.resolve('00000000-0000-4000-8000-000000000103')).toEqual({
      id: '00000000-0000-4000-8000-000000000103',
      street: 'Rådhuspladsen',
      houseNumber: '2',
      floor: undefined,
      door: undefined,
      postcode: '8000',
      city: 'Aarhus C',
      municipalityCode: '0751',
      text: 'Rådhuspladsen 2, 8000 Aarhus C',
    });
  });

  it("reads DAWA's full address shape too (a proxy that ignores struktur=mini)", async () => {
    const ignoringMini: FetchFunction = (input, init) => fetch(input.replace('?struktur=mini', ''), init);
    const provider = new DawaAddressProvider({ baseUrl: server.url, fetch: ignoringMini });
    expect(await provider.resolve('00000000-0000-4000-8000-000000000104')).toEqual({
      id: '00000000-0000-4000-8000-000000000104',
      street: 'Vestergade',
      houseNumber: '12B',
      floor: '2',
      door: 'tv',
      postcode: '8000',
      city: 'Aarhus C',
      municipalityCode: '0751',
      text: 'Vestergade 12B, 2. tv., 8000 Aarhus C',
    });
  });

  it('rejects an unknown id with code not-found', async () => {
    const provider = new DawaAddressProvider({ baseUrl: server.url });
    const error = await rejectionOf(provider.resolve('00000000-0000-4000-8000-999999999999'));
    expect(error).toBeInstanceOf(AddressProviderError);
    expect((error as AddressProviderError).code).toBe('not-found');
  });

  it('gives the town of a postcode, and undefined for a postcode that does not exist or is not 4 digits', async () => {
    const provider = new DawaAddressProvider({ baseUrl: server.url });
    expect(await provider.postcode('8000')).toBe('Aarhus C');
    expect(await provider.postcode('5000')).toBe('Odense C');
    expect(await provider.postcode('0999')).toBeUndefined();
    const before = server.requests.length;
    expect(await provider.postcode('80')).toBeUndefined();
    expect(server.requests.length, 'no request for a code that cannot exist').toBe(before);
  });

  it("rejects a 500 with AddressProviderError code http and status 500, without the citizen's text", async () => {
    const provider = new DawaAddressProvider({ baseUrl: `${server.url}/broken` });
    const error = await rejectionOf(provider.suggest('Hemmeligvej 99', signal()));
    expect(error).toBeInstanceOf(AddressProviderError);
    expect(error).toMatchObject({ name: 'AddressProviderError', code: 'http', status: 500 });
    const told = `${(error as Error).message} ${(error as Error).stack ?? ''} ${JSON.stringify(error)} ${JSON.stringify((error as Error).cause ?? '')}`;
    expect(told).not.toMatch(/Hemmeligvej/u);
    expect(told).not.toContain('127.0.0.1');
    for (const call of [provider.resolve('x'), provider.postcode('8000')]) {
      expect(await rejectionOf(call)).toMatchObject({ code: 'http', status: 500 });
    }
  });

  it('rejects a body that is not JSON, and JSON of the wrong shape, with code malformed (no text leaked)', async () => {
    const garbled = new DawaAddressProvider({ baseUrl: `${server.url}/garbled` });
    const error = await rejectionOf(garbled.suggest('Hemmeligvej 99', signal()));
    expect(error).toMatchObject({ code: 'malformed' });
    expect(`${(error as Error).message} ${JSON.stringify((error as Error).cause ?? '')}`).not.toMatch(
      /Hemmeligvej/u,
    );
    const shape = new DawaAddressProvider({ baseUrl: `${server.url}/shape` });
    expect(await rejectionOf(shape.suggest('Rådhuspl', signal()))).toMatchObject({ code: 'malformed' });
    expect(await rejectionOf(shape.resolve('00000000-0000-4000-8000-000000000101'))).toMatchObject({
      code: 'malformed',
    });
    expect(await rejectionOf(shape.postcode('8000'))).toMatchObject({ code: 'malformed' });
  });

  it('rejects with code network when nothing answers', async () => {
    const closed = await startAddressServer();
    const url = closed.url;
    await closed.close();
    const provider = new DawaAddressProvider({ baseUrl: url });
    const error = await rejectionOf(provider.suggest('Hemmeligvej 99', signal()));
    expect(error).toMatchObject({ code: 'network' });
    expect(`${(error as Error).message}`).not.toMatch(/Hemmeligvej|127\.0\.0\.1/u);
  });

  it('aborts a slow request through the signal: the promise rejects with AbortError and the connection closes', async () => {
    const provider = new DawaAddressProvider({ baseUrl: `${server.url}/slow` });
    const controller = new AbortController();
    const pending = provider.suggest('Rådhuspl', controller.signal);
    const settled = rejectionOf(pending);
    // Wait until the server holds the request, then abort.
    for (let i = 0; i < 200 && server.slowClosed.length === 0; i++)
      await new Promise((r) => setTimeout(r, 5));
    expect(server.slowClosed.length).toBe(1);
    controller.abort();
    const error = await settled;
    expect(error).not.toBeInstanceOf(AddressProviderError);
    expect((error as Error).name).toBe('AbortError');
    await server.slowClosed[0]; // the server saw the client go away
  });

  it('passes the signal to resolve and postcode too', async () => {
    const provider = new DawaAddressProvider({ baseUrl: `${server.url}/slow` });
    const controller = new AbortController();
    controller.abort();
    expect(((await rejectionOf(provider.resolve('x', controller.signal))) as Error).name).toBe('AbortError');
    expect(((await rejectionOf(provider.postcode('8000', controller.signal))) as Error).name).toBe(
      'AbortError',
    );
  });

  it("uses an injected fetch, and the page's fetch by default", async () => {
    const seen: string[] = [];
    const spy: FetchFunction = (input, init) => {
      seen.push(input);
      return fetch(input, init);
    };
    const provider = new DawaAddressProvider({ baseUrl: `${server.url}/`, fetch: spy });
    await provider.postcode('9000');
    expect(seen).toEqual([`${server.url}/postnumre/9000`]);
  });

  it('keeps the former name HttpAddressProvider as an alias of the same class (deprecated)', async () => {
    const provider = new HttpAddressProvider({ baseUrl: server.url });
    expect(HttpAddressProvider).toBe(DawaAddressProvider);
    expect(provider).toBeInstanceOf(DawaAddressProvider);
    expect(await provider.postcode('8000')).toBe('Aarhus C');
  });
});
