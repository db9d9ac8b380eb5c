// Writes dist/tokens.css (the default theme as custom properties) from the compiled token module.
import { writeFileSync } from 'node:fs';
import { themeStylesheet } from '../dist/tokens/stylesheet.js';

writeFileSync(new URL('../dist/tokens.css', import.meta.url), themeStylesheet());
