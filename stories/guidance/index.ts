// Every element's guidance for its Docs page, keyed by tag (one file per element in this folder).
// Not a story file.
import { textField } from './text-field.js';
import type { Guidance } from './types.js';

export type { Guidance, GuidanceExample } from './types.js';

/** The guidance of every element that has a stories file, by tag. */
export const guidance: Readonly<Record<string, Guidance>> = {
  'bf-text-field': textField,
};
