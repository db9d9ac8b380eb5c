import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of `bf-session-timeout` (DKFDS "session udløber"; REQUIREMENTS §3.2). */
export const sessionDa = {
  /** The dialog's heading. */
  sessionHeading: 'Du er ved at blive logget af',
  /** The dialog's text (`{time}`: the time left, e.g. "1 minut og 5 sekunder"). */
  sessionText: 'Din session udløber snart. Du logges automatisk af om {time}.',
  /** When the host keeps the answers (`saved`). */
  sessionSaved: 'Dine indtastede data er gemt.',
  /** When it does not. */
  sessionUnsaved: 'Ændringer, der ikke er gemt, vil gå tabt.',
  /** Keeps the session (`bf-session-extend`). */
  sessionExtend: 'Forbliv logget på',
  /** Ends it (`bf-logout`). */
  sessionLogout: 'Log af',
  /** Minutes in the time left. */
  sessionMinutes: { plural: 'count', one: '{count} minut', other: '{count} minutter' },
  /** Seconds in the time left. */
  sessionSeconds: { plural: 'count', one: '{count} sekund', other: '{count} sekunder' },
  /** Minutes and seconds together. */
  sessionMinutesAndSeconds: '{minutes} og {seconds}',
  /** What the live region says (at most once a minute, and at 20 seconds). */
  sessionAnnouncement: 'Du logges automatisk af om {time}.',
  /** The host's extend function failed. */
  sessionExtendFailed: 'Vi kunne ikke holde dig logget på. Prøv igen.',
  /** The time ran out. */
  sessionExpiredHeading: 'Du er blevet logget af',
  /** The time ran out, and the host kept the answers. */
  sessionExpiredSaved: 'Dine indtastede data er gemt, så du kan fortsætte, når du logger på igen.',
  /** The time ran out, and the host did not keep them. */
  sessionExpiredUnsaved: 'Ændringer, der ikke var gemt, er gået tabt.',
} as const satisfies Texts;

export const sessionEn: Translation<typeof sessionDa> = {
  sessionHeading: 'You are about to be signed out',
  sessionText: 'Your session ends soon. You will be signed out in {time}.',
  sessionSaved: 'What you have entered is saved.',
  sessionUnsaved: 'Changes that are not saved will be lost.',
  sessionExtend: 'Stay signed in',
  sessionLogout: 'Sign out',
  sessionMinutes: { plural: 'count', one: '{count} minute', other: '{count} minutes' },
  sessionSeconds: { plural: 'count', one: '{count} second', other: '{count} seconds' },
  sessionMinutesAndSeconds: '{minutes} and {seconds}',
  sessionAnnouncement: 'You will be signed out in {time}.',
  sessionExtendFailed: 'We could not keep you signed in. Please try again.',
  sessionExpiredHeading: 'You have been signed out',
  sessionExpiredSaved: 'What you entered is saved, so you can continue when you sign in again.',
  sessionExpiredUnsaved: 'Changes that were not saved are lost.',
};

/** Both languages of this area, for `registerMessages`. */
export const sessionMessages: MessageArea<typeof sessionDa> = { da: sessionDa, en: sessionEn };
