import type { Message, MessageArea } from '../types.js';

/**
 * Texts of `bf-file-upload`. Rejections name the file (`{name}`) and then say what the file must be,
 * in DKFDS's upload wording ("Den valgte fil skal være af typen …", "Filens størrelse skal være under …",
 * "Den valgte fil er tom", "Du kan højst vælge … filer").
 */
export interface FileUploadMessages {
  /** A required upload has no file. DKFDS: "Vælg {dokumenttype}"; `{label}` is the field label. */
  readonly fileRequired: string;
  /** The button-like text of the drop zone, single file. */
  readonly fileChooseOne: string;
  /** The button-like text of the drop zone, several files (`multiple`). */
  readonly fileChooseMany: string;
  /** The text after the button for those who drag, single file. */
  readonly fileDropOne: string;
  /** The text after the button for those who drag, several files. */
  readonly fileDropMany: string;
  /** The accessible name of the list of chosen files. */
  readonly fileListLabel: string;
  /** The visible text of a file's remove button. */
  readonly fileRemove: string;
  /** The accessible name of a file's remove button (`{name}`: the file name); starts with the visible text. */
  readonly fileRemoveLabel: string;
  /** Announced when a file was removed (`{name}`). */
  readonly fileRemoved: string;
  /** Announced after each change (`{count}` ≥ 1). */
  readonly fileCount: Message;
  /** Announced when no file is chosen any longer. */
  readonly fileNone: string;
  /** A file of a type not in `accept` (`{name}`, `{types}`: "PDF, JPG eller PNG"). */
  readonly fileType: string;
  /** A file larger than `max-size` (`{name}`, `{max}`: "10 MB"). */
  readonly fileTooLarge: string;
  /** A file of 0 bytes (`{name}`). */
  readonly fileEmpty: string;
  /** Files beyond `max-files` (`{names}`: "a.pdf og b.pdf", `{max}`). */
  readonly fileTooMany: Message;
  /** A file that would take the files together over `max-total-size` (`{name}`, `{max}`: "20 MB"). */
  readonly fileTotalTooLarge: string;
  /** The same file chosen twice (`{name}`). */
  readonly fileDuplicate: string;
  /** A size in bytes (`{size}`: a number); the units are decimal: 1 kB = 1000 bytes. */
  readonly fileSizeBytes: string;
  /** A size in kilobytes (`{size}`: a number with at most one decimal). */
  readonly fileSizeKilo: string;
  /** A size in megabytes ("2,5 MB"). */
  readonly fileSizeMega: string;
  /** A size in gigabytes. */
  readonly fileSizeGiga: string;
  /** A size in terabytes. */
  readonly fileSizeTera: string;
  /** `image/*` in the list of accepted types. */
  readonly fileKindImage: string;
  /** `audio/*` in the list of accepted types. */
  readonly fileKindAudio: string;
  /** `video/*` in the list of accepted types. */
  readonly fileKindVideo: string;
}

export const fileUploadDa: FileUploadMessages = {
  fileRequired: 'Vælg {label}',
  fileChooseOne: 'Vælg fil',
  fileChooseMany: 'Vælg filer',
  fileDropOne: 'eller træk filen hertil',
  fileDropMany: 'eller træk filerne hertil',
  fileListLabel: 'Valgte filer',
  fileRemove: 'Fjern',
  fileRemoveLabel: 'Fjern {name}',
  fileRemoved: '{name} er fjernet',
  fileCount: { plural: 'count', one: '{count} fil valgt', other: '{count} filer valgt' },
  fileNone: 'Ingen filer valgt',
  fileType: '{name} er ikke en tilladt filtype. Den valgte fil skal være af typen {types}',
  fileTooLarge: '{name} er for stor. Filens størrelse skal være under {max}',
  fileEmpty: '{name} kan ikke bruges. Den valgte fil er tom',
  fileTooMany: {
    plural: 'max',
    one: '{names} er ikke tilføjet. Du kan højst vælge {max} fil',
    other: '{names} er ikke tilføjet. Du kan højst vælge {max} filer',
  },
  fileTotalTooLarge: '{name} er ikke tilføjet. Filerne må tilsammen højst fylde {max}',
  fileDuplicate: 'Du har allerede valgt {name}',
  fileSizeBytes: '{size} B',
  fileSizeKilo: '{size} kB',
  fileSizeMega: '{size} MB',
  fileSizeGiga: '{size} GB',
  fileSizeTera: '{size} TB',
  fileKindImage: 'billede',
  fileKindAudio: 'lydfil',
  fileKindVideo: 'video',
};

export const fileUploadEn: FileUploadMessages = {
  fileRequired: 'Select {label}',
  fileChooseOne: 'Choose file',
  fileChooseMany: 'Choose files',
  fileDropOne: 'or drop file',
  fileDropMany: 'or drop files',
  fileListLabel: 'Chosen files',
  fileRemove: 'Remove',
  fileRemoveLabel: 'Remove {name}',
  fileRemoved: '{name} removed',
  fileCount: { plural: 'count', one: '{count} file chosen', other: '{count} files chosen' },
  fileNone: 'No files chosen',
  fileType: '{name} is not an allowed file type. The selected file must be a {types}',
  fileTooLarge: '{name} is too big. The selected file must be smaller than {max}',
  fileEmpty: '{name} cannot be used. The selected file is empty',
  fileTooMany: {
    plural: 'max',
    one: 'Not added: {names}. You can choose {max} file at most',
    other: 'Not added: {names}. You can choose {max} files at most',
  },
  fileTotalTooLarge: 'Not added: {name}. The files together must be {max} at most',
  fileDuplicate: 'You have already chosen {name}',
  fileSizeBytes: '{size} B',
  fileSizeKilo: '{size} kB',
  fileSizeMega: '{size} MB',
  fileSizeGiga: '{size} GB',
  fileSizeTera: '{size} TB',
  fileKindImage: 'image',
  fileKindAudio: 'audio file',
  fileKindVideo: 'video',
};

/** Both languages of this area, for `registerMessages`. */
export const fileUploadMessages: MessageArea<FileUploadMessages> = { da: fileUploadDa, en: fileUploadEn };
