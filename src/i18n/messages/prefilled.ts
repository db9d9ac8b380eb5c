import type { MessageArea } from '../types.js';
/**
 * Texts of `bf-prefilled` (DKFDS *inputfelter med hentet data*, REQUIREMENTS 3.1).
 * `{source}` is the register the value came from, as the host wrote it ("CPR-registret").
 */
export interface PrefilledMessages {
  /** The hint of a prefilled value while it is read-only. */
  readonly prefilledSource: string;
  /** Visible text of the button that makes the value editable. */
  readonly prefilledEdit: string;
  /** Accessible name of that button: starts with the visible text (WCAG 2.5.3) and names the field. */
  readonly prefilledEditLabel: string;
}

export const prefilledDa: PrefilledMessages = {
  prefilledSource: 'Data hentet fra {source}',
  prefilledEdit: 'Rediger',
  prefilledEditLabel: 'Rediger {label}',
};

export const prefilledEn: PrefilledMessages = {
  prefilledSource: 'Data retrieved from {source}',
  prefilledEdit: 'Edit',
  prefilledEditLabel: 'Edit {label}',
};

/** Both languages of this area, for `registerMessages`. */
export const prefilledMessages: MessageArea<PrefilledMessages> = { da: prefilledDa, en: prefilledEn };
