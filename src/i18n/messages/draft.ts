import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of drafts in `bf-form` (`draft-key`; REQUIREMENTS §3.6). */
export const draftDa = {
  /** The quiet status after a save (`{time}`: tt.mm, Danish time). */
  draftSaved: 'Gemt kl. {time}',
  /** Saves now (a function link). */
  draftSave: 'Gem kladde',
  /** A draft was found on arrival (`{date}` dd-mm-åååå, `{time}` tt.mm). */
  draftFound: 'Du har en kladde fra {date} kl. {time}.',
  /** Continue with the draft's answers. */
  draftContinue: 'Fortsæt med kladden',
  /** Throw the draft away and start with an empty form. */
  draftStartOver: 'Start forfra',
  /** Saving failed: filling in goes on. */
  draftSaveFailed:
    'Vi kunne ikke gemme din kladde. Du kan blive ved med at udfylde, men dine svar er ikke gemt.',
  /** Another window saved the same draft (`{time}`): the later save wins. */
  draftElsewhere: 'Kladden blev gemt i et andet vindue kl. {time}. Gemmer du her, erstatter det den.',
  /** Reading the draft failed. */
  draftLoadFailed: 'Vi kunne ikke hente din kladde. Du kan udfylde formularen forfra.',
} as const satisfies Texts;

export const draftEn: Translation<typeof draftDa> = {
  draftSaved: 'Saved at {time}',
  draftSave: 'Save draft',
  draftFound: 'You have a draft from {date} at {time}.',
  draftContinue: 'Continue with the draft',
  draftStartOver: 'Start again',
  draftSaveFailed: 'We could not save your draft. You can go on filling in, but your answers are not saved.',
  draftElsewhere: 'The draft was saved in another window at {time}. If you save here, this replaces it.',
  draftLoadFailed: 'We could not get your draft. You can fill in the form again.',
};

/** Both languages of this area, for `registerMessages`. */
export const draftMessages: MessageArea<typeof draftDa> = { da: draftDa, en: draftEn };
