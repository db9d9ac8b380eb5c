import { describe, expect, it } from 'vitest';
import { sentTime } from '../../../src/components/receipt/sent-time.js';

describe('the time a receipt shows (Danish time, dd-mm-åååå and tt.mm)', () => {
  it('in winter (UTC+1) and summer (UTC+2)', () => {
    expect(sentTime(new Date('2026-12-05T13:07:00Z'))).toEqual({ date: '05-12-2026', time: '14.07' });
    expect(sentTime(new Date('2026-07-01T22:30:00Z'))).toEqual({ date: '02-07-2026', time: '00.30' });
  });

  it('no time for an invalid moment', () => {
    expect(sentTime(new Date('i går'))).toBe(null);
  });
});
