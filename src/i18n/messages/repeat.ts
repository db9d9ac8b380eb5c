import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of `bf-repeat` ("tilføj endnu en": answers that repeat; issue 14). */
export const repeatDa = {
  /** What one item is called when the host names none (`item`). */
  repeatItem: 'svar',
  /** The button that adds an item (`{item}`: e.g. "person"). */
  repeatAdd: 'Tilføj {item}',
  /** The button that removes item `{n}` (`{item}`: e.g. "person"); its name says which one. */
  repeatRemove: 'Fjern {item} {n}',
  /** The heading (legend) of item `{n}` (`{item}`: the noun with a capital, e.g. "Person"). */
  repeatHeading: '{item} {n}',
  /** Announced after a removal (`{heading}`: e.g. "Person 2"). */
  repeatRemoved: '{heading} er fjernet.',
  /** Instead of the add button when `max` items are there. */
  repeatMaxReached: 'Du kan ikke tilføje flere.',
} as const satisfies Texts;

export const repeatEn: Translation<typeof repeatDa> = {
  repeatItem: 'answer',
  repeatAdd: 'Add {item}',
  repeatRemove: 'Remove {item} {n}',
  repeatHeading: '{item} {n}',
  repeatRemoved: '{heading} has been removed.',
  repeatMaxReached: 'You cannot add any more.',
};

/** Both languages of this area, for `registerMessages`. */
export const repeatMessages: MessageArea<typeof repeatDa> = { da: repeatDa, en: repeatEn };
