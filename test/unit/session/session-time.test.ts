import { describe, expect, it } from 'vitest';
import {
  minutesAndSeconds,
  parseExpiry,
  secondsLeft,
  shouldAnnounce,
  warnBeforeSeconds,
} from '../../../src/components/session-timeout/session-time.js';

describe('the session timeout’s arithmetic (REQUIREMENTS §3.2)', () => {
  it('warns 120 s before by default, never less than 20 s before', () => {
    expect(warnBeforeSeconds(undefined)).toBe(120);
    expect(warnBeforeSeconds(Number.NaN)).toBe(120);
    expect(warnBeforeSeconds(5)).toBe(20);
    expect(warnBeforeSeconds(300)).toBe(300);
  });

  it('reads an expiry as ISO 8601 or as milliseconds; nothing for nonsense', () => {
    expect(parseExpiry('2026-12-05T14:00:00Z')).toBe(Date.UTC(2026, 11, 5, 14));
    expect(parseExpiry('1764943200000')).toBe(1764943200000);
    expect(parseExpiry('i morgen')).toBe(null);
    expect(parseExpiry('')).toBe(null);
  });

  it('counts whole seconds left, never below 0', () => {
    expect(secondsLeft(10_000, 0)).toBe(10);
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
    expect(minutesAndSeconds(125)).toEqual({ minutes: 2, seconds: 5 });
  });

  it('announces on opening, at each whole minute at most once a minute, and at 20 s', () => {
    const announcements = (from: number) => {
      const announced: number[] = [];
      let last: number | null = null;
      for (let left = from; left >= 0; left--) {
        if (!shouldAnnounce(left, last)) continue;
        announced.push(left);
        last = left;
      }
      return announced;
    };
    expect(announcements(300)).toEqual([300, 240, 180, 120, 60, 20]);
    expect(announcements(150)).toEqual([150, 60, 20]); // 120 is only 30 s after opening
    expect(announcements(20)).toEqual([20]);
  });
});
