// The public contract check's judgement (scripts/contract/): which changes of tags, attributes,
// events, parts, tokens and texts pass, on small contracts built the way the real one is.
import { describe, expect, it } from 'vitest';
import { compareContracts, judgeContract } from '../../../scripts/contract/compare.mjs';
import {
  buildContract,
  contractEntries,
  type ManifestDeclaration,
  type PublicContract,
} from '../../../scripts/contract/extract.mjs';

const textField: ManifestDeclaration = {
  tagName: 'bf-text-field',
  customElement: true,
  attributes: [{ name: 'label' }, { name: 'width' }],
  members: [
    { kind: 'field', name: 'label' },
    { kind: 'field', name: 'width' },
    { kind: 'field', name: 'styles', static: true },
    { kind: 'field', name: 'internals', privacy: 'protected' },
    { kind: 'method', name: 'focus' },
  ],
  events: [{ name: 'change', description: 'The citizen changed the value.' }, { name: 'reference' }],
  slots: [{ name: 'hint' }, { name: '' }],
  cssParts: [{ name: 'input' }],
  cssProperties: [{ name: '--bf-input-border-color' }],
  cssStates: [{ name: 'user-invalid' }],
};

/** A contract of one element, with `change` applied to its declaration. */
function contract(
  version: string,
  change: (declaration: ManifestDeclaration) => ManifestDeclaration = (d) => d,
) {
  return buildContract({
    manifest: {
      modules: [{ declarations: [change(structuredClone(textField)), { name: 'BfFormControl' }] }],
    },
    tokens: ['--bf-color-primary', '--bf-font-size-body'],
    texts: ['required', 'errorPrefix'],
    version,
  });
}

const withoutAttribute = (name: string) => (d: ManifestDeclaration) => ({
  ...d,
  attributes: d.attributes?.filter((a) => a.name !== name),
});

describe('the public contract', () => {
  it('holds tags, attributes, public instance properties, documented events, slots, parts, CSS properties, states, tokens and texts', () => {
    expect(contractEntries(contract('1.0.0'))).toEqual([
      'element bf-text-field',
      'bf-text-field attribute label',
      'bf-text-field attribute width',
      'bf-text-field property label',
      'bf-text-field property width',
      'bf-text-field event change',
      'bf-text-field slot (default)',
      'bf-text-field slot hint',
      'bf-text-field cssPart input',
      'bf-text-field cssProperty --bf-input-border-color',
      'bf-text-field cssState user-invalid',
      'token --bf-color-primary',
      'token --bf-font-size-body',
      'text errorPrefix',
      'text required',
    ]);
  });

  it('fails when an attribute is lost', () => {
    const verdict = judgeContract({
      baseline: contract('1.2.0'),
      current: contract('1.2.0', withoutAttribute('width')),
      packageVersion: '1.2.0',
    });
    expect(verdict).toMatchObject({ ok: false, lost: ['bf-text-field attribute width'], added: [] });
  });

  it('fails a renamed part (the old name lost, the new one added), a lost token and a lost text', () => {
    const current = buildContract({
      manifest: { modules: [{ declarations: [{ ...textField, cssParts: [{ name: 'field' }] }] }] },
      tokens: ['--bf-color-primary'],
      texts: ['required'],
      version: '1.2.0',
    });
    expect(compareContracts(contract('1.2.0'), current)).toEqual({
      lost: ['bf-text-field cssPart input', 'token --bf-font-size-body', 'text errorPrefix'],
      added: ['bf-text-field cssPart field'],
    });
    expect(judgeContract({ baseline: contract('1.2.0'), current, packageVersion: '1.3.0' }).ok).toBe(false);
  });

  it('fails a lost element, with every name it had', () => {
    const current: PublicContract = { ...contract('1.2.0'), elements: {} };
    const verdict = judgeContract({ baseline: contract('1.2.0'), current, packageVersion: '1.2.1' });
    expect(verdict.ok).toBe(false);
    expect(verdict.lost).toContain('element bf-text-field');
    expect(verdict.lost).toHaveLength(11);
  });

  it('passes an added attribute, event and text', () => {
    const current = buildContract({
      manifest: {
        modules: [
          {
            declarations: [
              {
                ...textField,
                attributes: [...(textField.attributes ?? []), { name: 'prefix' }],
                events: [...(textField.events ?? []), { name: 'bf-copied', description: 'Copied.' }],
              },
            ],
          },
        ],
      },
      tokens: ['--bf-color-primary', '--bf-font-size-body'],
      texts: ['required', 'errorPrefix', 'copied'],
      version: '1.2.0',
    });
    expect(judgeContract({ baseline: contract('1.2.0'), current, packageVersion: '1.2.0' })).toMatchObject({
      ok: true,
      lost: [],
      added: ['bf-text-field attribute prefix', 'bf-text-field event bf-copied', 'text copied'],
    });
  });

  it('passes a lost attribute when package.json has a higher major version than the baseline', () => {
    const verdict = judgeContract({
      baseline: contract('1.2.0'),
      current: contract('2.0.0', withoutAttribute('width')),
      packageVersion: '2.0.0',
    });
    expect(verdict).toMatchObject({ ok: true, breaking: true, lost: ['bf-text-field attribute width'] });
  });

  it('passes a lost attribute when a pending changeset makes the next release a major one', () => {
    const input = { baseline: contract('1.2.0'), current: contract('1.2.0', withoutAttribute('width')) };
    expect(judgeContract({ ...input, packageVersion: '1.2.0', pendingBump: 'major' })).toMatchObject({
      ok: true,
      releaseVersion: '2.0.0',
    });
    expect(judgeContract({ ...input, packageVersion: '1.2.0', pendingBump: 'minor' })).toMatchObject({
      ok: false,
      releaseVersion: '1.3.0',
    });
  });

  it('treats a minor release of 0.x as breaking, as npm ranges do, and a patch release not', () => {
    const input = { baseline: contract('0.1.0'), current: contract('0.1.0', withoutAttribute('width')) };
    expect(judgeContract({ ...input, packageVersion: '0.1.0', pendingBump: 'minor' }).ok).toBe(true);
    expect(judgeContract({ ...input, packageVersion: '0.1.0', pendingBump: 'patch' }).ok).toBe(false);
    expect(judgeContract({ ...input, packageVersion: '0.1.0' }).ok).toBe(false);
  });
});
