import type { MessageArea } from '../types.js';
/**
 * Texts of `bf-date-input` (DKFDS *datofelter*, REQUIREMENTS §5.5). An empty required date uses the
 * shared `required` message ("Indtast {label}"). `{min}` and `{max}` are dates written dd-mm-åååå.
 */
export interface DateInputMessages {
  /** Label of the day input. */
  readonly dateDay: string;
  /** Label of the month input. */
  readonly dateMonth: string;
  /** Label of the year input. */
  readonly dateYear: string;
  /** The format hint shown when the field has no `hint` of its own (REQUIREMENTS 1.3). */
  readonly dateHint: string;
  /** Month and year are filled in, the day is not. */
  readonly dateMissingDay: string;
  /** Day and year are filled in, the month is not. */
  readonly dateMissingMonth: string;
  /** Day and month are filled in, the year is not. */
  readonly dateMissingYear: string;
  /** The year does not have 4 digits (two-digit years are ambiguous). */
  readonly dateYearDigits: string;
  /** The date does not exist (31-02, month 13, letters). */
  readonly dateNotReal: string;
  /** Before `min` (`{min}` = the earliest date allowed, dd-mm-åååå). */
  readonly dateMin: string;
  /** After `max` (`{max}` = the latest date allowed, dd-mm-åååå). */
  readonly dateMax: string;
  /** After today while `past` is set (a birth date). */
  readonly dateFuture: string;
  /** Before today while `future` is set (a moving date). */
  readonly datePast: string;
}

export const dateInputDa: DateInputMessages = {
  dateDay: 'Dag',
  dateMonth: 'Måned',
  dateYear: 'År',
  dateHint: 'For eksempel: 5 12 1985',
  dateMissingDay: '{Label} skal have en dag',
  dateMissingMonth: '{Label} skal have en måned',
  dateMissingYear: '{Label} skal have et år',
  dateYearDigits: 'Året skal have 4 cifre',
  dateNotReal: '{Label} skal være en rigtig dato',
  dateMin: '{Label} skal være den {min} eller senere',
  dateMax: '{Label} skal være den {max} eller tidligere',
  dateFuture: '{Label} kan ikke være i fremtiden',
  datePast: '{Label} skal være i dag eller senere',
};

export const dateInputEn: DateInputMessages = {
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
export const dateInputMessages: MessageArea<DateInputMessages> = { da: dateInputDa, en: dateInputEn };
