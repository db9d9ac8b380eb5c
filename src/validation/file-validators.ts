import type { BuiltInValidator } from './validator.js';

/** What the built-in file rule reads from a control: the files chosen (in Node, anything with a length). */
export interface FileConstraints {
  readonly required: boolean;
  readonly files: { readonly length: number };
  /** Files the server holds that the citizen kept (absent: none). */
  readonly storedFiles?: { readonly length: number };
}

/** `required`: at least one file, chosen now or held by the server. DKFDS: "Vælg {dokumenttype}". */
export const fileRequiredValidator: BuiltInValidator<FileConstraints> = {
  key: 'fileRequired',
  flag: 'valueMissing',
  check: (c) => (c.required && c.files.length === 0 && (c.storedFiles?.length ?? 0) === 0 ? {} : null),
};

/** The built-in rules of `bf-file-upload`. Rejected files never reach the field, so only `required` is left. */
export const fileValidators: readonly BuiltInValidator<FileConstraints>[] = [fileRequiredValidator];
