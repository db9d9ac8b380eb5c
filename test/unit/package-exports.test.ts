// The package's public entry points (package.json "exports") resolve to built files, as a host's
// bundler or a fork would import them. Needs `npm run build` (part of npm test).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  license: string;
  sideEffects: string[];
  dependencies: Record<string, string>;
};

describe('package shape', () => {
  it.each([
    'borgerform',
    'borgerform/components/text-field.js',
    'borgerform/define/text-field.js',
    'borgerform/define/all.js',
    'borgerform/i18n',
    'borgerform/i18n/locales/da.js',
    'borgerform/tokens',
    'borgerform/tokens.css',
    'borgerform/domain/cpr.js',
    'borgerform/validation/index.js',
    'borgerform/testing',
    'borgerform/cdn/borgerform.js',
    'borgerform/custom-elements.json',
  ])('%s resolves to a built file', (specifier) => {
    const file = require.resolve(specifier);
    expect(file).toMatch(/\/(dist|custom-elements\.json)/u);
    expect(existsSync(file)).toBe(true);
  });

  it('is MPL-2.0, depends on lit, idb-keyval (browser drafts) and @lit-labs/ssr-client (hydration) alone, and marks only registration modules as side effects', () => {
    expect(pkg.name).toBe('borgerform');
    expect(pkg.license).toBe('MPL-2.0');
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@lit-labs/ssr-client', 'idb-keyval', 'lit']);
    // `hydrate.js` registers every element after loading Lit's hydration support.
    expect(pkg.sideEffects.every((glob) => /\/(define|cdn)\/|\/hydrate\.[jt]s$/u.test(glob))).toBe(true);
  });

  it('keeps Lit external in the per-file build and inside the CDN file', () => {
    const perFile = readFileSync(require.resolve('borgerform/components/text-field.js'), 'utf8');
    expect(perFile).toMatch(/from ['"]lit['"]/u);
    const cdn = readFileSync(require.resolve('borgerform/cdn/borgerform.js'), 'utf8');
    expect(cdn).not.toMatch(/from ['"]lit/u);
    expect(cdn).toContain('bf-text-field');
  });

  it("starts the CDN file with V8's compile hint, and its source map skips that line", () => {
    const file = require.resolve('borgerform/cdn/borgerform.js');
    const [first, second] = readFileSync(file, 'utf8').split('\n', 2);
    expect(first).toBe('//# allFunctionsCalledOnLoad');
    expect(second).not.toMatch(/^\/\//u); // no other comment survived minification
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { mappings: string };
    expect(map.mappings.startsWith(';')).toBe(true); // nothing maps to line 1; line 2 onwards as before
    expect(map.mappings.startsWith(';;')).toBe(false);
  });
});
