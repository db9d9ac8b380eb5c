// The React wrappers (src/react/, written by scripts/generate-react.mjs in `npm run build`): one for every
// registered element, each mapping the events its JSDoc documents; `borgerform/react` resolves to the
// built wrappers; React stays an optional peer that no core entry and not the CDN file loads.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const read = (file: string) => readFileSync(path.join(repoDir, file), 'utf8');
const built = (file: string) => `${file}: run \`npm run build\``;

/** Tag → module name, from the registration modules in src/define/. */
function registeredTags(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const file of readdirSync(path.join(repoDir, 'src/define')).filter((f) => f !== 'all.ts')) {
    const tag = /defineElement\('([a-z0-9-]+)'/u.exec(read(`src/define/${file}`))?.[1];
    if (tag) tags.set(tag, file.replace(/\.ts$/u, ''));
  }
  return tags;
}

/** Tag → the event names in `@fires` lines of the class that declares `@tagname`. */
function documentedEvents(): Map<string, string[]> {
  const events = new Map<string, string[]>();
  const dir = path.join(repoDir, 'src/components');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  )) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    const tag = /@tagname (\S+)/u.exec(source)?.[1];
    if (tag)
      events.set(
        tag,
        [...source.matchAll(/@fires (\S+)/gu)].map((m) => m[1]),
      );
  }
  return events;
}

/** The `tagName` and the `events` mapping (prop → event) written in a generated wrapper module. */
function wrapper(module: string): { tag?: string; events: Record<string, string> } {
  const source = read(`src/react/${module}.ts`);
  const pairs = [...source.matchAll(/^\s+(on[A-Za-z]+): '([a-z0-9-]+)' as EventName/gmu)];
  return {
    tag: /tagName: '([a-z0-9-]+)'/u.exec(source)?.[1],
    events: Object.fromEntries(pairs.map((m) => [m[1], m[2]])),
  };
}

describe('React wrappers', () => {
  const tags = registeredTags();

  it('finds the registered elements', () => {
    expect(tags.size).toBeGreaterThan(30);
    expect(tags.get('bf-text-field')).toBe('text-field');
  });

  it('has a wrapper for every registered element, exported from the entry, and none besides', () => {
    expect(existsSync(path.join(repoDir, 'src/react/index.ts')), built('src/react/index.ts')).toBe(true);
    const index = read('src/react/index.ts');
    const exported = [...index.matchAll(/from '\.\/([a-z0-9-]+)\.js'/gu)]
      .map((m) => m[1])
      .filter((m) => m !== 'event-of');
    expect(exported.sort()).toEqual([...tags.values()].sort());
    for (const [tag, module] of tags) expect(wrapper(module).tag, `src/react/${module}.ts`).toBe(tag);
  });

  it("maps every event in an element's @fires to an on… prop", () => {
    const documented = documentedEvents();
    expect(documented.get('bf-form')).toEqual(['bf-submit', 'bf-submitted']);
    for (const [tag, module] of tags) {
      const mapped = Object.values(wrapper(module).events);
      expect(mapped, `<${tag}>`).toEqual(expect.arrayContaining(documented.get(tag) ?? []));
    }
    expect(wrapper('form').events).toEqual({ onBfSubmit: 'bf-submit', onBfSubmitted: 'bf-submitted' });
    expect(wrapper('text-field').events).toEqual({
      onInput: 'input',
      onChange: 'change',
      onInvalid: 'invalid',
    });
    expect(wrapper('step-indicator').events).toEqual({});
  });

  it('is the package entry borgerform/react, with types, built into dist/react/', () => {
    const file = require.resolve('borgerform/react');
    expect(file).toBe(path.join(repoDir, 'dist/react/index.js'));
    expect(existsSync(file), built(file)).toBe(true);
    expect(existsSync(path.join(repoDir, 'dist/react/index.d.ts'))).toBe(true);
  });

  it('keeps react and @lit/react optional peers', () => {
    const pkg = JSON.parse(read('package.json')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    for (const name of ['react', '@lit/react']) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.peerDependencies[name], name).toBeDefined();
      expect(pkg.peerDependenciesMeta[name]?.optional, name).toBe(true);
    }
  });

  it('is never loaded by the core entries or the CDN file', () => {
    /** Every package a built module reaches through its relative imports. */
    const packagesReached = (entry: string, seen = new Set<string>(), found = new Set<string>()) => {
      if (seen.has(entry)) return found;
      seen.add(entry);
      expect(existsSync(entry), built(entry)).toBe(true);
      const source = readFileSync(entry, 'utf8');
      for (const [, specifier] of source.matchAll(/(?:\bfrom|\bimport)\s*['"]([^'"]+)['"]/gu)) {
        if (specifier.startsWith('.'))
          packagesReached(path.resolve(path.dirname(entry), specifier), seen, found);
        else found.add(specifier);
      }
      return found;
    };
    for (const entry of ['dist/index.js', 'dist/define/all.js', 'dist/cdn.js']) {
      const reached = [...packagesReached(path.join(repoDir, entry))];
      expect(reached, entry).toContain('lit');
      expect(
        reached.filter((name) => /react/u.test(name)),
        entry,
      ).toEqual([]);
    }
    expect([...packagesReached(path.join(repoDir, 'dist/react/index.js'))]).toEqual(
      expect.arrayContaining(['react', '@lit/react', 'lit']),
    );
    const cdn = readFileSync(require.resolve('borgerform/cdn/borgerform.js'), 'utf8');
    expect(cdn.includes('bf-text-field')).toBe(true);
    const reactInside = /useLayoutEffect|forwardRef|__CLIENT_INTERNALS_DO_NOT_USE/u.test(cdn); // React's own names
    expect(reactInside, 'React bundled into the CDN file').toBe(false);
  });

  it('lets a bundler leave out the wrappers, and the elements, that an app does not import', async () => {
    const app = "import { BfTextField } from 'borgerform/react'; export default BfTextField;";
    const warnings: Array<string | undefined> = [];
    const bundle = await rollup({
      input: 'app',
      external: (id) => /^(react|@lit\/react|lit|@lit\/|lit-html|idb-keyval)($|\/)/u.test(id),
      plugins: [
        {
          name: 'app',
          resolveId: (id) => (id === 'app' ? id : null),
          load: (id) => (id === 'app' ? app : null),
        },
        nodeResolve({ rootDir: repoDir }),
      ],
      onwarn: (warning) => warnings.push(warning.code),
    });
    const [{ code }] = (await bundle.generate({ format: 'es' })).output;
    await bundle.close();
    expect(code).toContain("'bf-text-field'");
    for (const tag of ['bf-alert', 'bf-wizard', 'bf-address-input', 'bf-form'])
      expect(code).not.toContain(`'${tag}'`);
  });
});
