// Types of subpaths.mjs for the TypeScript tests.
export function importTarget(value: unknown): string | undefined;
export function concreteSubpaths(exportsField: Record<string, unknown>, files: readonly string[]): string[];
