import type { MessageArea, Texts, Translation } from '../message.js';

/** Texts of `bf-header`, `bf-footer` and `bf-intro` (REQUIREMENTS §2.2, §2.7, §3.2, §3.4). */
export const pageDa = {
  /** The skip link, the first thing on the page a keyboard reaches. */
  headerSkipLink: 'Gå til sidens indhold',
  /** The logged-in citizen (`{name}`; never a CPR number). */
  headerUser: 'Logget ind som {name}',
  /** Ends the session (`bf-logout`). */
  headerLogout: 'Log af',
  /** Acting for someone else with a digital power of attorney (`{name}`). */
  headerOnBehalf: 'Du handler på vegne af {name}',
  /** Support phone number (`{phone}`). */
  headerSupportPhone: 'Telefon: {phone}',
  /** The contact link. */
  headerContact: 'Kontakt',
  /** The footer's link to the accessibility statement (required by law). */
  footerAccessibility: 'Tilgængelighedserklæring',
  /** The footer's link to the privacy policy. */
  footerPrivacy: 'Privatlivspolitik',
  /** The footer's contact link. */
  footerContact: 'Kontakt',
  /** How long the task takes (`{count}` minutes). */
  introDuration: {
    plural: 'count',
    one: 'Det tager ca. {count} minut',
    other: 'Det tager ca. {count} minutter',
  },
  /** How many steps (`{noun}`: "Ansøgningen", or the host's own; `{count}`). */
  introSteps: '{noun} har {count} trin',
  /** The default noun of `introSteps`. */
  introNoun: 'Ansøgningen',
  /** The heading of what the citizen needs at hand. */
  introNeeds: 'Du skal bruge:',
  /** With `can-save`: the answers can be saved and finished later. */
  introCanSave: 'Du kan gemme dine svar undervejs og fortsætte senere.',
  /** Without `can-save`. */
  introCannotSave: 'Du kan ikke gemme undervejs, så sæt tid af til at gøre det færdigt.',
  /** The start button. */
  introStart: 'Gå i gang',
} as const satisfies Texts;

export const pageEn: Translation<typeof pageDa> = {
  headerSkipLink: 'Skip to main content',
  headerUser: 'Signed in as {name}',
  headerLogout: 'Sign out',
  headerOnBehalf: 'You are acting on behalf of {name}',
  headerSupportPhone: 'Phone: {phone}',
  headerContact: 'Contact',
  footerAccessibility: 'Accessibility statement',
  footerPrivacy: 'Privacy policy',
  footerContact: 'Contact',
  introDuration: {
    plural: 'count',
    one: 'It takes about {count} minute',
    other: 'It takes about {count} minutes',
  },
  introSteps: '{noun} has {count} steps',
  introNoun: 'The application',
  introNeeds: 'You will need:',
  introCanSave: 'You can save your answers and finish later.',
  introCannotSave: 'You cannot save on the way, so set aside time to finish.',
  introStart: 'Start now',
};

/** Both languages of this area, for `registerMessages`. */
export const pageMessages: MessageArea<typeof pageDa> = { da: pageDa, en: pageEn };
