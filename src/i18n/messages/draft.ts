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
  /** Saving failed (the browser does not allow it, e.g. a private window; or a failure of unknown kind): filling in goes on. */
  draftSaveFailed:
    'Vi kunne ikke gemme din kladde. Du kan blive ved med at udfylde, men dine svar er ikke gemt.',
  /** Saving failed: no room left on the device. */
  draftSaveFailedQuota:
    'Din kladde blev ikke gemt, fordi der ikke er mere plads på din enhed. Du kan stadig udfylde og sende.',
  /** Saving failed: no connection (tried again at the next change, and when the connection is back). */
  draftSaveFailedOffline:
    'Din kladde blev ikke gemt, fordi du ikke har forbindelse til internettet. Dine svar er her stadig. Vi prøver igen, når du har forbindelse igen.',
  /** Saving failed: the host's server answered with an error (tried again at the next change). */
  draftSaveFailedServer:
    'Din kladde blev ikke gemt på grund af en fejl hos os. Dine svar er her stadig, og vi prøver igen, når du skriver videre.',
  /** Saving failed: the store did not answer in time (tried again at the next change). */
  draftSaveFailedTimeout:
    'Det tog for lang tid at gemme din kladde. Dine svar er her stadig, og vi prøver igen, når du skriver videre.',
  /** Another window saved the same draft (`{time}`): the later save wins. */
  draftElsewhere: 'Kladden blev gemt i et andet vindue kl. {time}. Gemmer du her, erstatter det den.',
  /** Reading the draft failed. */
  draftLoadFailed: 'Vi kunne ikke hente din kladde. Du kan udfylde formularen forfra.',
  /** Reading the draft failed: no connection. */
  draftLoadFailedOffline:
    'Vi kunne ikke hente din kladde, fordi du ikke har forbindelse til internettet. Genindlæs siden, når du har forbindelse igen, eller udfyld formularen forfra.',
} as const satisfies Texts;

export const draftEn: Translation<typeof draftDa> = {
  draftSaved: 'Saved at {time}',
  draftSave: 'Save draft',
  draftFound: 'You have a draft from {date} at {time}.',
  draftContinue: 'Continue with the draft',
  draftStartOver: 'Start again',
  draftSaveFailed: 'We could not save your draft. You can go on filling in, but your answers are not saved.',
  draftSaveFailedQuota:
    'Your draft was not saved because there is no more room on your device. You can still fill in and send.',
  draftSaveFailedOffline:
    'Your draft was not saved because you are not connected to the internet. Your answers are still here. We will try again when you are connected.',
  draftSaveFailedServer:
    'Your draft was not saved because of an error on our side. Your answers are still here, and we will try again when you go on typing.',
  draftSaveFailedTimeout:
    'Saving your draft took too long. Your answers are still here, and we will try again when you go on typing.',
  draftElsewhere: 'The draft was saved in another window at {time}. If you save here, this replaces it.',
  draftLoadFailed: 'We could not get your draft. You can fill in the form again.',
  draftLoadFailedOffline:
    'We could not get your draft because you are not connected to the internet. Reload the page when you are connected again, or fill in the form again.',
};

/** Both languages of this area, for `registerMessages`. */
export const draftMessages: MessageArea<typeof draftDa> = { da: draftDa, en: draftEn };
