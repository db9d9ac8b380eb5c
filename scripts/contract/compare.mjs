// Judges a change of the public contract: names lost (removed or renamed) break hosts and forks, so
// they pass only in a release that may break (see versions.mjs); added names always pass.
import { contractEntries } from './extract.mjs';
import { bumpVersion, isBreakingRelease } from './versions.mjs';

/**
 * @param {import('./extract.mjs').PublicContract} baseline the committed contract
 * @param {import('./extract.mjs').PublicContract} current the contract the sources give now
 * @returns {{ lost: string[], added: string[] }}
 */
export function compareContracts(baseline, current) {
  const before = new Set(contractEntries(baseline));
  const now = new Set(contractEntries(current));
  return {
    lost: [...before].filter((entry) => !now.has(entry)),
    added: [...now].filter((entry) => !before.has(entry)),
  };
}

/**
 * The verdict: `ok` unless names are lost and the next release (package.json's version, bumped by the
 * pending changesets) is not a breaking release over the baseline's version.
 * @param {{ baseline: import('./extract.mjs').PublicContract, current: import('./extract.mjs').PublicContract, packageVersion: string, pendingBump?: import('./versions.mjs').Bump }} input
 * @returns {import('./compare.mjs').Verdict}
 */
export function judgeContract({ baseline, current, packageVersion, pendingBump }) {
  const { lost, added } = compareContracts(baseline, current);
  const releaseVersion = bumpVersion(packageVersion, pendingBump);
  const breaking = isBreakingRelease(baseline.version, releaseVersion);
  return { ok: lost.length === 0 || breaking, lost, added, releaseVersion, breaking };
}
