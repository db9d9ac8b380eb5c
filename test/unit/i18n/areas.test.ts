import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as areas from '../../../src/i18n/messages/index.js';
import type { Translation } from '../../../src/i18n/types.js';

const i18nDir = path.resolve(import.meta.dirname, '../../../src/i18n');

/** Every `.ts` module under a folder, by path. */
function modulesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));
}

/** The relative modules a file imports or re-exports (type-only imports too), as paths of `.ts` files. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gmsu)].map(
    ([, specifier]) => specifier,
  );
  return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier.replace(/\.js$/u, '.ts')));
}

/** The first circle of imports in a graph (module → the modules it imports), or null when there is none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    const open = path.indexOf(node);
    if (open >= 0) return [...path.slice(open), node];
    if (done.has(node)) return null;
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('message areas: one file each, listed once', () => {
  it('no module in src/i18n/ imports itself through others (type-only imports count too)', () => {
    const modules = modulesUnder(i18nDir);
    const graph = new Map(
      modules.map((file) => [file, importsOf(file).filter((dep) => dep.startsWith(i18nDir))]),
    );
    expect(graph.get(path.join(i18nDir, 'types.ts'))).toContain(path.join(i18nDir, 'messages/index.ts'));
    const cycle = findCycle(graph);
    expect(cycle?.map((file) => path.relative(i18nDir, file)) ?? null).toBe(null);
  });

  it('the cycle finder finds a circle, and only a circle', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toBe(null);
  });

  it('every area file in messages/ is listed in messages/index.ts', () => {
    const files = readdirSync(path.join(i18nDir, 'messages')).filter((file) => file !== 'index.ts');
    expect(Object.keys(areas)).toHaveLength(files.length);
    const listed = readFileSync(path.join(i18nDir, 'messages/index.ts'), 'utf8');
    for (const file of files) expect(listed).toContain(`'./${file.replace(/\.ts$/u, '.js')}'`);
  });

  it('no key is in two areas (a later area would silently replace the text of an earlier one)', () => {
    const owner = new Map<string, string>();
    for (const [area, { da, en }] of Object.entries(areas)) {
      expect(Object.keys(en).sort(), area).toEqual(Object.keys(da).sort());
      for (const key of Object.keys(da)) {
        expect(owner.get(key), `${key} in ${area}`).toBe(undefined);
        owner.set(key, area);
      }
    }
  });

  it('an English object without a text for a Danish key does not compile', () => {
    const _danish = { greeting: 'Hej', farewell: 'Farvel' } as const;
    // @ts-expect-error -- `farewell` has no English text
    const english: Translation<typeof _danish> = { greeting: 'Hello' };
    expect(Object.keys(english)).toEqual(['greeting']);
  });
});
