import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-textarea`: the character count (DKFDS *karakterbegrænsning*, GOV.UK character count).
 * Danish "tegn" is the same in singular and plural, so the Danish texts need no plural forms.
 */
export const textareaDa = {
  /** Shown before the citizen types, and part of the field's description (`{max}`). */
  characterLimit: 'Du kan indtaste op til {max} tegn',
  /** Characters left while typing (`{count}`). */
  charactersRemaining: 'Du har {count} tegn tilbage',
  /** Characters over the limit while typing (`{count}`); the text is kept, never cut off. */
  charactersTooMany: 'Du har {count} tegn for meget',
} as const satisfies Texts;

export const textareaEn: Translation<typeof textareaDa> = {
  characterLimit: {
    plural: 'max',
    one: 'You can enter up to {max} character',
    other: 'You can enter up to {max} characters',
  },
  charactersRemaining: {
    plural: 'count',
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  },
  charactersTooMany: {
    plural: 'count',
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },
};

/** Both languages of this area, for `registerMessages`. */
export const textareaMessages: MessageArea<typeof textareaDa> = { da: textareaDa, en: textareaEn };
