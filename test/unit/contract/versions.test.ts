// Semantic versions for the contract check: breaking releases and Changesets' bumps.
import { describe, expect, it } from 'vitest';
import { bumpVersion, isBreakingRelease, parseVersion } from '../../../scripts/contract/versions.mjs';

describe('versions', () => {
  it('parses major, minor and patch, ignoring a pre-release suffix, and refuses anything else', () => {
    expect(parseVersion('1.2.3')).toEqual([1, 2, 3]);
    expect(parseVersion('2.0.0-next.1')).toEqual([2, 0, 0]);
    expect(() => parseVersion('latest')).toThrow(/Not a semantic version/u);
  });

  it('calls a higher major breaking, and a higher minor only while the major is 0', () => {
    expect(isBreakingRelease('1.4.2', '2.0.0')).toBe(true);
    expect(isBreakingRelease('1.4.2', '1.5.0')).toBe(false);
    expect(isBreakingRelease('0.1.0', '0.2.0')).toBe(true);
    expect(isBreakingRelease('0.1.0', '0.1.1')).toBe(false);
    expect(isBreakingRelease('0.9.0', '1.0.0')).toBe(true);
    expect(isBreakingRelease('2.0.0', '1.9.0')).toBe(false);
  });

  it('bumps as Changesets does', () => {
    expect(bumpVersion('0.1.0', 'major')).toBe('1.0.0');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(bumpVersion('1.2.3', undefined)).toBe('1.2.3');
  });
});
