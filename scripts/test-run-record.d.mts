// Types of scripts/test-run-record.mjs for the TypeScript that imports it (vitest.config.ts).
export interface RecordedTest {
  runner: string;
  file: string;
  title: string;
  state: 'passed' | 'failed' | 'skipped';
}
export const RUN_DIR: string;
export function writeRunRecord(name: string, tests: RecordedTest[]): void;
export function readRunRecords(): RecordedTest[];
export function projectPath(file: string): string;
