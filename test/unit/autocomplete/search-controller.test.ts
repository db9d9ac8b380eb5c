import { describe, expect, it } from 'vitest';
import type { ReactiveController } from 'lit';
import { SearchController, type SearchOptions } from '../../../src/autocomplete/search-controller.js';
import { FakeClock } from '../../../src/testing/fake-clock.js';

/** A host that keeps its controllers, so the test can disconnect it. */
function host() {
  const controllers: ReactiveController[] = [];
  return {
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}

/** A request the test answers by hand; it records the signal it was given. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const calls: AbortSignal[] = [];
  const request = (signal: AbortSignal) => {
    calls.push(signal);
    return new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return { request, calls, resolve: (v: T) => resolve(v), reject: (e: unknown) => reject(e) };
}

function setup(options: Omit<SearchOptions, 'clock'> = {}) {
  const clock = new FakeClock();
  const fails: number[] = [];
  const h = host();
  const search = new SearchController(h, {
    clock: () => clock,
    onFail: () => fails.push(clock.now),
    ...options,
  });
  return { clock, search, fails, host: h };
}

describe('SearchController', () => {
  it('runs the search after the pause in typing; typing again restarts the pause', () => {
    const { clock, search } = setup({ delay: 250 });
    const ran: string[] = [];
    search.schedule(() => ran.push('R'));
    clock.advance(200);
    search.schedule(() => ran.push('Rå'));
    clock.advance(200);
    expect(ran).toEqual([]);
    clock.advance(50);
    expect(ran).toEqual(['Rå']);
    expect(clock.pending).toBe(0);
  });

  it('a new request aborts the one before; only the latest answer counts', async () => {
    const { search } = setup();
    const first = pending<string>();
    const second = pending<string>();
    const one = search.run(first.request);
    const two = search.run(second.request);
    expect(first.calls[0].aborted).toBe(true);
    first.resolve('old');
    second.resolve('new');
    expect(await one).toEqual(undefined);
    expect(await two).toEqual('new');
  });

  it('a provider that rejects is a failure; one that rejects with AbortError is not', async () => {
    const { search, fails } = setup();
    const failing = pending<string>();
    const outcome = search.run(failing.request);
    failing.reject(new Error('503'));
    expect(await outcome).toEqual(undefined);
    expect(fails).toEqual([0]);
    const aborting = pending<string>();
    const aborted = search.run(aborting.request);
    aborting.reject(Object.assign(new Error('gone'), { name: 'AbortError' }));
    expect(await aborted).toEqual(undefined);
    expect(fails, 'no second failure').toEqual([0]);
  });

  it('a silent provider is aborted at the time limit and reported once; its late answer is dropped', async () => {
    const { clock, search, fails } = setup({ timeout: 5000 });
    const slow = pending<string>();
    const outcome = search.run(slow.request);
    clock.advance(4999);
    expect(fails).toEqual([]);
    clock.advance(1);
    expect(fails).toEqual([5000]);
    expect(slow.calls[0].aborted).toBe(true);
    slow.resolve('late');
    expect(await outcome).toEqual(undefined);
  });

  it('an answer in time clears the time limit', async () => {
    const { clock, search, fails } = setup({ timeout: 5000 });
    const quick = pending<string>();
    const outcome = search.run(quick.request);
    quick.resolve('ok');
    expect(await outcome).toEqual('ok');
    expect(clock.pending).toBe(0);
    clock.advance(10000);
    expect(fails).toEqual([]);
  });

  it('an answer the host no longer wants is dropped; cancel and disconnecting drop everything', async () => {
    const { clock, search, host, fails } = setup({ delay: 250, timeout: 5000 });
    const unwanted = pending<string>();
    const outcome = search.run(unwanted.request, () => false);
    unwanted.resolve('stale');
    expect(await outcome).toEqual(undefined);

    const inFlight = pending<string>();
    const cancelled = search.run(inFlight.request);
    search.cancel();
    expect(inFlight.calls[0].aborted).toBe(true);
    inFlight.resolve('x');
    expect(await cancelled).toEqual(undefined);

    let ran = false;
    search.schedule(() => (ran = true));
    host.disconnect();
    clock.advance(1000);
    expect(ran).toBe(false);
    expect(clock.pending).toBe(0);
    expect(fails, 'nothing dropped counts as a failure').toEqual([]);
  });
});
