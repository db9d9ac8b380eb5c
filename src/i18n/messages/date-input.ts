import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-date-input` (DKFDS *datofelter*, REQUIREMENTS §5.5). An empty required date uses the
 * shared `required` message ("Indtast {label}"). `{min}` and `{max}` are dates written dd-mm-åååå.
 */
export const dateInputDa = {
  /** Label of the day input. */
  dateDay: 'Dag',
  /** Label of the month input. */
  dateMonth: 'Måned',
  /** Label of the year input. */
  dateYear: 'År',
  /** The format hint shown when the field has no `hint` of its own (REQUIREMENTS 1.3). */
  dateHint: 'For eksempel: 5 12 1985',
  /** Month and year are filled in, the day is not. */
  dateMissingDay: '{Label} skal have en dag',
  /** Day and year are filled in, the month is not. */
  dateMissingMonth: '{Label} skal have en måned',
  /** Day and month are filled in, the year is not. */
  dateMissingYear: '{Label} skal have et år',
  /** The year does not have 4 digits (two-digit years are ambiguous). */
  dateYearDigits: 'Året skal have 4 cifre',
  /** The date does not exist (31-02, month 13, letters). */
  dateNotReal: '{Label} skal være en rigtig dato',
  /** Before `min` (`{min}` = the earliest date allowed, dd-mm-åååå). */
  dateMin: '{Label} skal være den {min} eller senere',
  /** After `max` (`{max}` = the latest date allowed, dd-mm-åååå). */
  dateMax: '{Label} skal være den {max} eller tidligere',
  /** After today while `past` is set (a birth date). */
  dateFuture: '{Label} kan ikke være i fremtiden',
  /** Before today while `future` is set (a moving date). */
  datePast: '{Label} skal være i dag eller senere',
} as const satisfies Texts;

export const dateInputEn: Translation<typeof dateInputDa> = {
  dateDay: 'Day',
  dateMonth: 'Month',
  dateYear: 'Year',
  dateHint: 'For example: 5 12 1985',
  dateMissingDay: '{Label} must include a day',
  dateMissingMonth: '{Label} must include a month',
  dateMissingYear: '{Label} must include a year',
  dateYearDigits: 'Year must include 4 numbers',
  dateNotReal: '{Label} must be a real date',
  dateMin: '{Label} must be the same as or after {min}',
  dateMax: '{Label} must be the same as or before {max}',
  dateFuture: '{Label} must be today or in the past',
  datePast: '{Label} must be today or in the future',
};

/** Both languages of this area, for `registerMessages`. */
export const dateInputMessages: MessageArea<typeof dateInputDa> = { da: dateInputDa, en: dateInputEn };
