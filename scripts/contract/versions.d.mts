// Types of versions.mjs for the TypeScript tests.
/** A Changesets bump. */
export type Bump = 'major' | 'minor' | 'patch';

export function parseVersion(version: string): [number, number, number];
export function isBreakingRelease(from: string, to: string): boolean;
export function bumpVersion(version: string, bump: Bump | undefined): string;
