import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA, fittingValues, isExpired, readDraft } from '../../../src/drafts/draft.js';

describe('a draft is versioned data (issue 13)', () => {
  const draft = {
    schema: DRAFT_SCHEMA,
    savedAt: 1_764_930_000_000,
    step: 2,
    values: { navn: 'Ada', ydelser: { entries: [['ydelser', 'bolig']] }, gammel: 'x' },
  };

  it('reads back what it wrote', () => {
    expect(readDraft(structuredClone(draft))).toEqual(draft);
  });

  it('is none of ours: junk, another format, a newer schema', () => {
    expect(readDraft(null)).toBe(null);
    expect(readDraft('Ada')).toBe(null);
    expect(readDraft({ values: {} })).toBe(null);
    expect(readDraft({ ...draft, schema: DRAFT_SCHEMA + 1 })).toBe(null);
  });

  it('drops values that are not control states, and a step that is not one, without an error', () => {
    const read = readDraft({
      ...draft,
      step: -3,
      values: { navn: 'Ada', tal: 42, liste: [1, 2], tom: null },
    });
    expect(read).toEqual({ schema: DRAFT_SCHEMA, savedAt: draft.savedAt, step: 0, values: { navn: 'Ada' } });
  });

  it('a form that lost or renamed a field loads what still fits', () => {
    expect(fittingValues(readDraft(draft)!, new Set(['navn', 'ydelser', 'ny']))).toEqual({
      navn: 'Ada',
      ydelser: { entries: [['ydelser', 'bolig']] },
    });
  });

  it('expires after its lifetime', () => {
    expect(isExpired(0, 24 * 3600_000, 24 * 3600_000)).toBe(false);
    expect(isExpired(0, 24 * 3600_000 + 1, 24 * 3600_000)).toBe(true);
  });
});
