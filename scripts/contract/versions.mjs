// Semantic versions for the contract check: which release may break the public contract, and the
// version pending changesets will release (what `changeset version` writes into package.json).

/** @param {string} version "1.2.3" (a pre-release or build suffix is ignored) @returns {[number, number, number]} */
export function parseVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)/u.exec(version);
  if (!match) throw new Error(`Not a semantic version: "${version}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Whether a release from `from` to `to` may remove or rename public names: a higher major version,
 * or, while the major version is 0, a higher minor version (as npm's `^0.1.0` ranges treat it).
 * @param {string} from @param {string} to @returns {boolean}
 */
export function isBreakingRelease(from, to) {
  const [fromMajor, fromMinor] = parseVersion(from);
  const [toMajor, toMinor] = parseVersion(to);
  if (toMajor !== fromMajor) return toMajor > fromMajor;
  return toMajor === 0 && toMinor > fromMinor;
}

/**
 * The version after a bump, as Changesets computes it (a major bump of 0.x gives 1.0.0).
 * @param {string} version @param {import('./versions.mjs').Bump | undefined} bump @returns {string}
 */
export function bumpVersion(version, bump) {
  const [major, minor, patch] = parseVersion(version);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor}.${patch}`;
}
