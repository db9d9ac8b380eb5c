// Types of changesets.mjs for the TypeScript tests.
import type { Bump } from './versions.mjs';

export function changesetBumps(text: string): Map<string, Bump>;
export function pendingBump(folder: string, packageName: string): Bump | undefined;
