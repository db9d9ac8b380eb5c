import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// A plain JavaScript module of the demo, imported by URL.
const { HeldFiles, HOLD_FOR_MS, checkHeldReferences, withHeldFiles } = (await import(
  new URL('../../../demo/held-files.mjs', import.meta.url).href
)) as {
  HeldFiles: new (options: { dir: string; now: () => number }) => {
    keep(
      file: File,
    ): Promise<{ reference: string; name: string; size: number; type: string; expires: number }>;
    find(reference: unknown): Promise<{ reference: string; name: string; size: number } | null>;
    read(record: { reference: string }): Promise<Uint8Array>;
    remove(reference: unknown): Promise<void>;
  };
  HOLD_FOR_MS: number;
  checkHeldReferences: (
    formData: FormData,
    names: readonly string[],
    held: unknown,
  ) => Promise<Map<string, unknown[]>>;
  withHeldFiles: (formData: FormData, kept: Map<string, unknown[]>, held: unknown) => Promise<FormData>;
};

describe('the demo keeps attached files by opaque reference', () => {
  let dir = '';
  let now = 1_000_000;
  const held = () => new HeldFiles({ dir, now: () => now });

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'held-files-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps a file under a random reference, never its name, and finds it again', async () => {
    const store = held();
    const record = await store.keep(
      new File(['%PDF-1.7 lejekontrakt'], '../../etc/passwd <b>.pdf', { type: 'application/pdf' }),
    );
    expect(record.reference).toMatch(/^[A-Za-z0-9_-]{22}$/u);
    expect(record.name).toBe('../../etc/passwd <b>.pdf');
    expect(await readdir(dir)).toEqual([record.reference, `${record.reference}.json`].sort());
    const found = await store.find(record.reference);
    expect(found?.size).toBe(21);
    expect(new TextDecoder().decode(await store.read(record))).toBe('%PDF-1.7 lejekontrakt');
    const other = await store.keep(new File(['x'], 'a.pdf'));
    expect(other.reference).not.toBe(record.reference);
  });

  it('ignores a reference that is malformed, a path, unknown or expired (and deletes the expired file)', async () => {
    const store = held();
    const record = await store.keep(new File(['x'], 'a.pdf'));
    for (const bad of [
      '',
      '../a',
      `${record.reference}/..`,
      'a'.repeat(22),
      42,
      null,
      `${record.reference}.json`,
    ]) {
      expect(await store.find(bad)).toBeNull();
    }
    now += HOLD_FOR_MS + 1;
    expect(await store.find(record.reference)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes a file the citizen removed', async () => {
    const store = held();
    const record = await store.keep(new File(['x'], 'a.pdf'));
    await store.remove(record.reference);
    expect(await store.find(record.reference)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it("keeps every entry in the order sent: a kept file in its reference's place, unknown and removed references dropped", async () => {
    const store = held();
    const kept = await store.keep(new File(['kept'], 'kept.pdf', { type: 'application/pdf' }));
    const removed = await store.keep(new File(['gone'], 'gone.pdf'));
    const posted = new FormData();
    posted.append('navn', 'Ada');
    posted.append('bilag-kept', kept.reference);
    posted.append('bilag-kept', 'b'.repeat(22)); // not held
    posted.append('bilag-removed', removed.reference);
    posted.append('bilag', new File(['new'], 'new.pdf'));
    posted.append('bemaerkning', 'sidst');
    const references = await checkHeldReferences(posted, ['bilag'], store);
    expect([...posted].map(([name]) => name)).toEqual(['navn', 'bilag-kept', 'bilag', 'bemaerkning']);
    const complete = await withHeldFiles(posted, references, store);
    expect(
      [...complete].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]),
    ).toEqual([
      ['navn', 'Ada'],
      ['bilag', 'kept.pdf'],
      ['bilag', 'new.pdf'],
      ['bemaerkning', 'sidst'],
    ]);
    expect(await readdir(dir)).toEqual([]); // the kept copy went to the case, the removed one is gone
  });
});
