// Guidance for bf-file-upload on its Docs page (see types.ts for the marks).
import type { Guidance } from './types.js';

export const fileUpload: Guidance = {
  use: [
    'A document the case needs and the authority cannot fetch itself: a lease, a doctor’s statement, a photo of a damage.',
    'Set `accept`, `max-size`, `max-files` and `max-total-size` to what the back end takes, so the citizen hears about a wrong file at once.',
    'A form sent back by the server lists the files it already holds as `<bf-stored-file>` children.',
  ],
  avoid: [
    'Documents the authority can get from a register or another authority: fetch them instead (genbrug data).',
    'Text the citizen could type: ask with `bf-textarea`.',
  ],
  content: [
    'Name the document in the label: «Lejekontrakt», «Lægeerklæring»; the required message is «Vælg {label}».',
    'Say in the hint which files are taken and how large, in words: «Pdf eller billede, højst 10 MB».',
    'The messages about type, size, count and empty files come from the catalogue and name the file; there is nothing to write for them.',
  ],
  examples: [
    {
      good: 'Pdf eller billede, højst 10 MB',
      bad: 'Tilladte MIME-typer: application/pdf, image/*',
      why: 'Say the file types as the citizen knows them.',
    },
  ],
  parts: ['bf-stored-file'],
};
