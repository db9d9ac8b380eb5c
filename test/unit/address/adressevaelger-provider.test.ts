// AdressevaelgerProvider against a real HTTP server on 127.0.0.1 (test/fixtures/adressevaelger-server.mjs),
// serving made-up addresses in the shapes the Adressevælger's documentation, official client and
// recorded answers show (the sources are named in test/fixtures/adressevaelger-fixtures.mjs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressProviderError } from '../../../src/address/address-provider.js';
import { AdressevaelgerProvider } from '../../../src/address/adressevaelger-provider.js';
import type { FetchFunction } from '../../../src/address/http-json.js';
import { ID } from '../../fixtures/adressevaelger-fixtures.mjs';
import {
  startAdressevaelgerServer,
  type AdressevaelgerServer,
} from '../../fixtures/adressevaelger-server.mjs';

let server: AdressevaelgerServer;

beforeAll(async () => {
  server = await startAdressevaelgerServer();
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

/** Everything an error could tell a log. */
function told(error: unknown): string {
  const e = error as Error;
  return `${e.message} ${e.stack ?? ''} ${JSON.stringify(e)} ${JSON.stringify(e.cause ?? '')}`;
}

/** The requests the server saw while `run` ran, as URLs. */
async function requestsDuring(run: () => Promise<unknown>): Promise<URL[]> {
  const before = server.requests.length;
  await run();
  return server.requests.slice(before).map((request) => new URL(request.url, server.url));
}

describe('AdressevaelgerProvider on loopback: search', () => {
  it('turns vejnavn hits into suggestions that continue the search (they carry no id)', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    expect(await provider.suggest('Rådh', signal())).toEqual([
      { id: '', text: 'Rådhuspladsen', continues: true },
      { id: '', text: 'Rådhusstræde', continues: true },
    ]);
  });

  it('turns navngivenvejpostnummer hits (a street in one postcode) into continuing suggestions with their id', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    expect(await provider.suggest('Rådhuspladsen', signal())).toEqual([
      { id: ID.street1550, text: 'Rådhuspladsen 1550 København V', continues: true },
      { id: ID.street8000, text: 'Rådhuspladsen 8000 Aarhus C', continues: true },
    ]);
  });

  it('turns husnummer hits into continuing suggestions when searching addresses (floor and door still to come)', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    expect(await provider.suggest('Rådhuspladsen 1550 København V', signal())).toEqual([
      { id: ID.house1, text: 'Rådhuspladsen 1, 1550 København V', continues: true },
      { id: ID.house2, text: 'Rådhuspladsen 2, 1550 København V', continues: true },
    ]);
  });

  it('turns a vejnavnhusnummer hit (type and titel only) into a continuing suggestion', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    expect(await provider.suggest('Vestergade 12', signal())).toEqual([
      { id: '', text: 'Vestergade 12', continues: true },
    ]);
  });

  it('turns adresse hits into suggestions to choose ({ id, text }, no continues), provisional ones left out by default', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    const found = await provider.suggest('Rådhuspladsen 1, 1550 København V', signal());
    expect(found).toEqual([
      { id: ID.address1, text: 'Rådhuspladsen 1, 1550 København V' },
      { id: ID.address1th, text: 'Rådhuspladsen 1, 1. th, 1550 København V' },
    ]);
    expect(found.every((suggestion) => !('continues' in suggestion))).toBe(true);
    expect(await provider.suggest('Ingen sådan vej', signal())).toEqual([]);
  });

  it('reaches an address by searching again with each continuing suggestion’s text, as the field does', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    const walked: string[] = [];
    let text = 'Rådh';
    for (let step = 0; step < 5; step++) {
      const [first] = await provider.suggest(text, signal());
      if (!first) throw new Error(`nothing found for ${text}`);
      walked.push(first.text);
      if (!first.continues) break;
      text = first.text;
    }
    expect(walked).toEqual([
      'Rådhuspladsen',
      'Rådhuspladsen 1550 København V',
      'Rådhuspladsen 1, 1550 København V',
      'Rådhuspladsen 1, 1550 København V',
    ]);
  });

  it('leaves out a hit of a type no source names (choosing it could lead nowhere)', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: `${server.url}/unknown-type` });
    expect(await provider.suggest('Rådh', signal())).toEqual([
      { id: '', text: 'Rådhuspladsen', continues: true },
      { id: '', text: 'Rådhusstræde', continues: true },
    ]);
  });

  it('searches house numbers with houseNumbersOnly: /husnumre/soeg, and a husnummer hit is then the choice', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url, houseNumbersOnly: true });
    const [url] = await requestsDuring(async () => {
      expect(await provider.suggest('Rådhuspladsen 1', signal())).toEqual([
        { id: ID.house1, text: 'Rådhuspladsen 1, 1550 København V' },
        { id: ID.house1Aarhus, text: 'Rådhuspladsen 1, 8000 Aarhus C' },
      ]);
    });
    expect(url?.pathname).toBe('/husnumre/soeg');
  });
});

describe('AdressevaelgerProvider on loopback: the request as sent', () => {
  it('asks /adresser/soeg with tekst (encoded) and maksimum 10, and no token, kommuneKode or medtagForeloebige by default', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: `${server.url}/` });
    const [url] = await requestsDuring(() => provider.suggest('Rådhuspladsen 1 & 2', signal()));
    expect(url?.pathname).toBe('/adresser/soeg');
    expect([...(url?.searchParams ?? [])]).toEqual([
      ['tekst', 'Rådhuspladsen 1 & 2'],
      ['maksimum', '10'],
    ]);
    expect(server.requests.at(-1)?.headers.accept).toBe('application/json');
  });

  it('sends kommuneKode, medtagForeloebige=true, maksimum and the host’s headers as configured', async () => {
    const provider = new AdressevaelgerProvider({
      baseUrl: server.url,
      municipalityCode: '0101',
      includeProvisional: true,
      limit: 25,
      headers: { 'x-proxy-key': 'kommune' },
    });
    let found: readonly unknown[] = [];
    const [url] = await requestsDuring(async () => {
      found = await provider.suggest('Rådhuspladsen 1, 1550 København V', signal());
    });
    expect([...(url?.searchParams ?? [])]).toEqual([
      ['tekst', 'Rådhuspladsen 1, 1550 København V'],
      ['maksimum', '25'],
      ['kommuneKode', '0101'],
      ['medtagForeloebige', 'true'],
    ]);
    expect(server.requests.at(-1)?.headers['x-proxy-key']).toBe('kommune');
    expect(found).toHaveLength(3); // the provisional address too
  });

  it('restricts the search to one municipality through kommuneKode', async () => {
    const aarhus = new AdressevaelgerProvider({ baseUrl: server.url, municipalityCode: '0751' });
    expect(await aarhus.suggest('Rådhuspladsen', signal())).toEqual([
      { id: ID.street8000, text: 'Rådhuspladsen 8000 Aarhus C', continues: true },
    ]);
  });

  it('refuses a municipality code that is not 4 digits when constructed, and takes an odd limit as 10', async () => {
    for (const municipalityCode of ['751', '07510', 'Aarh', ' 0751'])
      expect(() => new AdressevaelgerProvider({ baseUrl: server.url, municipalityCode })).toThrow(RangeError);
    for (const limit of [0, -1, 2.5, 201, Number.NaN]) {
      const provider = new AdressevaelgerProvider({ baseUrl: server.url, limit });
      const [url] = await requestsDuring(() => provider.suggest('Rådh', signal()));
      expect(url?.searchParams.get('maksimum')).toBe('10');
    }
    const two = new AdressevaelgerProvider({ baseUrl: server.url, limit: 1 });
    expect(await two.suggest('Rådh', signal())).toHaveLength(1);
  });

  it('sends the development-only token as the token parameter, on searches and lookups alike', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url, token: 'udvikler-token' });
    const urls = await requestsDuring(async () => {
      await provider.suggest('Rådh', signal());
      await provider.resolve(ID.address1);
    });
    expect(urls.map((url) => url.searchParams.get('token'))).toEqual(['udvikler-token', 'udvikler-token']);
    const plain = await requestsDuring(() =>
      new AdressevaelgerProvider({ baseUrl: server.url }).resolve(ID.address1),
    );
    expect(plain[0]?.search, 'no token and no query on a lookup by default').toBe('');
  });

  it('trims the text and cuts it to 73 characters; an empty text asks nothing', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    const long = `  ${'Æblehavevej '.repeat(10)}`;
    const [url] = await requestsDuring(() => provider.suggest(long, signal()));
    const tekst = url?.searchParams.get('tekst') ?? '';
    expect(tekst.length).toBeLessThanOrEqual(73);
    expect(tekst).toBe(long.trim().slice(0, 73).trim());
    expect(await requestsDuring(() => provider.suggest('   ', signal()))).toEqual([]);
    expect(await provider.suggest('   ', signal())).toEqual([]);
  });
});

describe('AdressevaelgerProvider on loopback: lookup by id', () => {
  it('resolves an address id through /adresser/{id}: parts, the register’s text and the municipality code', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    expect(await provider.resolve(ID.address1)).toEqual({
      id: ID.address1,
      street: 'Rådhuspladsen',
      houseNumber: '1',
      floor: undefined,
      door: undefined,
      postcode: '1550',
      city: 'København V',
      municipalityCode: '0101',
      text: 'Rådhuspladsen 1, 1550 København V',
    });
    expect(await provider.resolve(ID.address1th)).toMatchObject({
      floor: '1',
      door: 'th',
      text: 'Rådhuspladsen 1, 1. th, 1550 København V',
    });
  });

  it('keeps a supplementary town name in the text, and a ground floor without a door', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    expect(await provider.resolve(ID.addressSupplementary)).toEqual({
      id: ID.addressSupplementary,
      street: 'Skolevej',
      houseNumber: '7A',
      floor: 'st',
      door: undefined,
      postcode: '8000',
      city: 'Aarhus C',
      municipalityCode: '0751',
      text: 'Skolevej 7A, st., Lille Eksempel, 8000 Aarhus C',
    });
  });

  it('resolves a house number through /husnumre/{id} with houseNumbersOnly (no floor or door)', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url, houseNumbersOnly: true });
    const urls = await requestsDuring(async () => {
      expect(await provider.resolve(ID.house1Aarhus)).toEqual({
        id: ID.house1Aarhus,
        street: 'Rådhuspladsen',
        houseNumber: '1',
        floor: undefined,
        door: undefined,
        postcode: '8000',
        city: 'Aarhus C',
        municipalityCode: '0751',
        text: 'Rådhuspladsen 1, 8000 Aarhus C',
      });
    });
    expect(urls[0]?.pathname).toBe(`/husnumre/${ID.house1Aarhus}`);
  });

  it('rejects an unknown id (404) with not-found, and an id that cannot be a DAR id without asking', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: server.url });
    const error = await rejectionOf(provider.resolve('00000000-0000-4000-8000-999999999999'));
    expect(error).toBeInstanceOf(AddressProviderError);
    expect(error).toMatchObject({ code: 'not-found', status: 404 });
    const urls = await requestsDuring(async () => {
      for (const id of ['', 'x', '../postnumre/8000', `${ID.address1}/..`])
        expect(await rejectionOf(provider.resolve(id))).toMatchObject({ code: 'not-found' });
    });
    expect(urls).toEqual([]);
  });

  it('has no postcode lookup (the Adressevælger offers none)', () => {
    expect('postcode' in new AdressevaelgerProvider({ baseUrl: server.url })).toBe(false);
  });
});

describe('AdressevaelgerProvider on loopback: failures', () => {
  it('rejects status "fejl" with code refused, keeping neither the service’s description nor the citizen’s text', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: `${server.url}/fejl` });
    const error = await rejectionOf(provider.suggest('Hemmeligvej 99', signal()));
    expect(error).toBeInstanceOf(AddressProviderError);
    expect(error).toMatchObject({ name: 'AddressProviderError', code: 'refused', status: undefined });
    expect(told(error)).not.toMatch(/Hemmeligvej|Ugyldig|127\.0\.0\.1/u);
    expect(await rejectionOf(provider.resolve(ID.address1))).toMatchObject({ code: 'refused' });
  });

  it('rejects HTTP 5xx with code http and the status, without the citizen’s text or the URL', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: `${server.url}/broken` });
    const error = await rejectionOf(provider.suggest('Hemmeligvej 99', signal()));
    expect(error).toMatchObject({ name: 'AddressProviderError', code: 'http', status: 500 });
    expect(told(error)).not.toMatch(/Hemmeligvej|127\.0\.0\.1/u);
    expect(await rejectionOf(provider.resolve(ID.address1))).toMatchObject({ code: 'http', status: 500 });
  });

  it('rejects HTTP 4xx with code http: a search the service refuses (400), a path the proxy does not forward (404)', async () => {
    const tooMany: FetchFunction = (input, init) => fetch(input.replace('maksimum=10', 'maksimum=500'), init);
    const badRequest = new AdressevaelgerProvider({ baseUrl: server.url, fetch: tooMany });
    expect(await rejectionOf(badRequest.suggest('Rådh', signal()))).toMatchObject({
      code: 'http',
      status: 400,
    });
    const unforwarded = new AdressevaelgerProvider({ baseUrl: `${server.url}/api/nowhere` });
    expect(await rejectionOf(unforwarded.suggest('Rådh', signal()))).toMatchObject({
      code: 'http',
      status: 404,
    });
  });

  it('rejects a body that is not JSON, JSON of another shape, and hits or records that lack what is needed with code malformed', async () => {
    const garbled = new AdressevaelgerProvider({ baseUrl: `${server.url}/garbled` });
    const error = await rejectionOf(garbled.suggest('Hemmeligvej 99', signal()));
    expect(error).toMatchObject({ code: 'malformed' });
    expect(told(error)).not.toMatch(/Hemmeligvej/u);
    const shape = new AdressevaelgerProvider({ baseUrl: `${server.url}/shape` });
    expect(await rejectionOf(shape.suggest('Rådh', signal()))).toMatchObject({ code: 'malformed' });
    expect(await rejectionOf(shape.resolve(ID.address1))).toMatchObject({ code: 'malformed' });
    for (const houseNumbersOnly of [false, true]) {
      const junk = new AdressevaelgerProvider({ baseUrl: `${server.url}/junk`, houseNumbersOnly });
      expect(await rejectionOf(junk.suggest('Rådhuspladsen 1', signal()))).toMatchObject({
        code: 'malformed',
      });
      expect(await rejectionOf(junk.resolve(ID.address1))).toMatchObject({ code: 'malformed' });
    }
  });

  it('reads hits and records that are wrong in other ways as malformed, never as an address (injected answers)', async () => {
    const answering =
      (body: unknown): FetchFunction =>
      () =>
        Promise.resolve(Response.json(body));
    const cases: unknown[] = [
      null,
      [],
      { status: 'ok', fund: {} },
      { status: 'ok', fund: ['Rådhuspladsen'] },
      { status: 'ok', fund: [{ type: 'adresse', titel: '', id: ID.address1 }] },
      { status: 'ok', fund: [{ type: 'adresse', titel: 'Rådhuspladsen 1', id: 'ikke-et-id' }] },
      { status: 'ok', fund: [{ titel: 'Rådhuspladsen 1', id: ID.address1 }] },
    ];
    for (const body of cases) {
      const provider = new AdressevaelgerProvider({ baseUrl: server.url, fetch: answering(body) });
      expect(await rejectionOf(provider.suggest('Rådh', signal())), JSON.stringify(body)).toMatchObject({
        code: 'malformed',
      });
    }
    const record = (husnummer: unknown) => ({
      status: 'ok',
      adresse: { id_lokalid: ID.address1, husnummer },
    });
    const records: unknown[] = [
      { status: 'ok' },
      { status: 'ok', adresse: 'Rådhuspladsen 1' },
      record(undefined),
      record({ vejnavn: 'Rådhuspladsen', postnummer: { postnr: '1550', navn: 'København V' } }),
      record({
        vejnavn: 'Rådhuspladsen',
        husnummertekst: '1',
        postnummer: { postnr: '155', navn: 'København V' },
      }),
      record({ vejnavn: 'Rådhuspladsen', husnummertekst: '1', postnummer: { postnr: '1550', navn: null } }),
    ];
    for (const body of records) {
      const provider = new AdressevaelgerProvider({ baseUrl: server.url, fetch: answering(body) });
      expect(await rejectionOf(provider.resolve(ID.address1)), JSON.stringify(body)).toMatchObject({
        code: 'malformed',
      });
    }
  });

  it('leaves a municipality code that is not 4 digits out, and takes the asked id when the record gives none', async () => {
    const body = {
      status: 'ok',
      adresse: {
        adressebetegnelse: 'Rådhuspladsen 1, 1550 København V',
        dørbetegnelse: 'tv',
        husnummer: {
          vejnavn: 'Rådhuspladsen',
          husnummertekst: '1',
          postnummer: { postnr: '1550', navn: 'København V' },
          navngivenvejkommunedel: { kommune: 'København' },
        },
      },
    };
    const provider = new AdressevaelgerProvider({
      baseUrl: server.url,
      fetch: () => Promise.resolve(Response.json(body)),
    });
    expect(await provider.resolve(ID.address1)).toMatchObject({
      id: ID.address1,
      door: 'tv',
      municipalityCode: undefined,
      text: 'Rådhuspladsen 1, 1550 København V',
    });
  });

  it('rejects with code network when nothing answers', async () => {
    const closed = await startAdressevaelgerServer();
    const url = closed.url;
    await closed.close();
    const provider = new AdressevaelgerProvider({ baseUrl: url });
    const error = await rejectionOf(provider.suggest('Hemmeligvej 99', signal()));
    expect(error).toMatchObject({ code: 'network' });
    expect(told(error)).not.toMatch(/Hemmeligvej|127\.0\.0\.1/u);
  });

  it('aborts a slow request through the signal: AbortError, and the connection closes', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: `${server.url}/slow` });
    const controller = new AbortController();
    const before = server.slowClosed.length;
    const settled = rejectionOf(provider.suggest('Rådh', controller.signal));
    for (let i = 0; i < 200 && server.slowClosed.length === before; i++)
      await new Promise((r) => setTimeout(r, 5));
    expect(server.slowClosed.length).toBe(before + 1);
    controller.abort();
    const error = await settled;
    expect(error).not.toBeInstanceOf(AddressProviderError);
    expect((error as Error).name).toBe('AbortError');
    await server.slowClosed[before];
    const aborted = new AbortController();
    aborted.abort();
    expect(((await rejectionOf(provider.resolve(ID.address1, aborted.signal))) as Error).name).toBe(
      'AbortError',
    );
  });

  it('gives up on a request that outlives a timeout signal, with the signal’s reason, and the connection closes', async () => {
    const provider = new AdressevaelgerProvider({ baseUrl: `${server.url}/slow` });
    const before = server.slowClosed.length;
    const error = await rejectionOf(provider.suggest('Rådh', AbortSignal.timeout(50)));
    expect(error).not.toBeInstanceOf(AddressProviderError);
    expect((error as Error).name).toBe('TimeoutError');
    await server.slowClosed[before];
  });
});
