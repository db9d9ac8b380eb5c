// custom-elements.json is generated from the JSDoc in src/ (`cem analyze`, part of `npm run build`):
// this checks that the contract a host, a fork and Storybook read is really in it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Named {
  name: string;
  default?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  events?: Named[];
  slots?: Named[];
  summary?: string;
}

const path = new URL('../../custom-elements.json', import.meta.url);

function element(tag: string): Declaration {
  expect(existsSync(path), 'custom-elements.json: run `npm run analyze`').toBe(true);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  expect(found, `${tag} in custom-elements.json`).toBeDefined();
  return found!;
}

const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name);

describe('custom-elements.json', () => {
  it('lists bf-text-field with its attributes (own and inherited), parts, CSS properties, events and slot', () => {
    const field = element('bf-text-field');
    expect(field.summary).toMatch(/text input/u);
    expect(names(field.attributes)).toEqual(
      expect.arrayContaining([
        'name',
        'label',
        'hint',
        'value',
        'required',
        'disabled',
        'readonly',
        'error',
        'type',
        'autocomplete',
        'inputmode',
        'minlength',
        'maxlength',
        'pattern',
        'width',
        'prefix',
        'suffix',
      ]),
    );
    expect(names(field.cssParts)).toEqual(
      expect.arrayContaining(['label', 'hint', 'error', 'control', 'input', 'toggle']),
    );
    expect(names(field.cssProperties)).toEqual(
      expect.arrayContaining(['--bf-input-border-color', '--bf-error-color']),
    );
    expect(names(field.events)).toEqual(expect.arrayContaining(['input', 'change', 'invalid']));
    expect(names(field.slots)).toContain('hint');
  });

  it('gives attributes their defaults, declared as `initial` rather than as initialisers', () => {
    const defaults = Object.fromEntries(
      (element('bf-text-field').attributes ?? []).map((a) => [a.name, a.default]),
    );
    expect(defaults).toMatchObject({ type: "'text'", label: "''", required: 'false', prefix: "''" });
  });
});
