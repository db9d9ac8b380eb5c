// Writes docs/messages.md (every default text, Danish and English) from the built catalogues.
import { writeFileSync } from 'node:fs';
import { catalogueMarkdown } from '../dist/i18n/catalogue-doc.js';
import { da } from '../dist/i18n/locales/da.js';
import { en } from '../dist/i18n/locales/en.js';

writeFileSync(new URL('../docs/messages.md', import.meta.url), catalogueMarkdown(da, en));
