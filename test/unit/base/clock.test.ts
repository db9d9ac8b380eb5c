import { describe, expect, it } from 'vitest';
import { localTodayIso, systemClock } from '../../../src/base/clock.js';

describe('localTodayIso', () => {
  it('reads the local calendar day, zero-padded, at either end of the day', () => {
    expect(localTodayIso(new Date(2024, 1, 29, 0, 0, 0))).toBe('2024-02-29');
    expect(localTodayIso(new Date(2024, 11, 5, 23, 59, 59))).toBe('2024-12-05');
  });

  it('pads a year below 1000 to four digits', () => {
    const early = new Date(2000, 0, 1);
    early.setFullYear(987);
    expect(localTodayIso(early)).toBe('0987-01-01');
  });

  it('defaults to now', () => {
    // Oracle: Swedish dates are written YYYY-MM-DD, in the device's time zone.
    const before = new Date().toLocaleDateString('sv-SE');
    const today = localTodayIso();
    const after = new Date().toLocaleDateString('sv-SE');
    expect([before, after]).toContain(today);
  });
});

describe('systemClock', () => {
  it('runs a callback after the delay, and not once cleared', async () => {
    const calls: string[] = [];
    const cleared = systemClock.setTimeout(() => calls.push('cleared'), 0);
    systemClock.clearTimeout(cleared);
    await new Promise<void>((resolve) =>
      systemClock.setTimeout(() => {
        calls.push('ran');
        resolve();
      }, 1),
    );
    expect(calls).toEqual(['ran']);
  });
});
