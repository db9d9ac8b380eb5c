import type { Message, MessageArea } from '../types.js';

/** Texts of `bf-textarea`: the character count (DKFDS *karakterbegrænsning*, GOV.UK character count). */
export interface TextareaMessages {
  /** Shown before the citizen types, and part of the field's description (`{max}`). */
  readonly characterLimit: Message;
  /** Characters left while typing (`{count}`). */
  readonly charactersRemaining: Message;
  /** Characters over the limit while typing (`{count}`); the text is kept, never cut off. */
  readonly charactersTooMany: Message;
}

/** Danish "tegn" is the same in singular and plural, so the Danish texts need no plural forms. */
export const textareaDa: TextareaMessages = {
  characterLimit: 'Du kan indtaste op til {max} tegn',
  charactersRemaining: 'Du har {count} tegn tilbage',
  charactersTooMany: 'Du har {count} tegn for meget',
};

export const textareaEn: TextareaMessages = {
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
export const textareaMessages: MessageArea<TextareaMessages> = { da: textareaDa, en: textareaEn };
