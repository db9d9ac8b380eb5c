// Writes docs/accessibility/ (scripts/accessibility/notes.mjs) from the project as it is. Run after
// changing a test id, the matrix or a manual check's status: `npm run accessibility-notes`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessibilityNotes } from './accessibility/notes.mjs';
import { readProject } from './accessibility/read-project.mjs';

const dir = fileURLToPath(new URL('../docs/accessibility/', import.meta.url));
mkdirSync(dir, { recursive: true });
const notes = accessibilityNotes(readProject());
for (const [file, markdown] of notes) writeFileSync(path.join(dir, file), markdown);
console.log(`docs/accessibility/: ${notes.size} files`);
