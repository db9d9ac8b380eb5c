// Types of compare.mjs for the TypeScript tests.
import type { PublicContract } from './extract.mjs';
import type { Bump } from './versions.mjs';

/** What the contract check decided. */
export interface Verdict {
  /** No name lost, or lost in a release that may break. */
  ok: boolean;
  /** Entries of the baseline the current contract lacks ("bf-text-field attribute label"). */
  lost: string[];
  /** Entries the current contract has beyond the baseline. */
  added: string[];
  /** package.json's version bumped by the pending changesets. */
  releaseVersion: string;
  /** Whether that release may remove or rename names. */
  breaking: boolean;
}

export function compareContracts(
  baseline: PublicContract,
  current: PublicContract,
): { lost: string[]; added: string[] };
export function judgeContract(input: {
  baseline: PublicContract;
  current: PublicContract;
  packageVersion: string;
  pendingBump?: Bump;
}): Verdict;
