import type { MessageArea, Texts, Translation } from '../message.js';

/**
 * Texts of `bf-file-upload`. Rejections name the file (`{name}`) and then say what the file must be,
 * in DKFDS's upload wording ("Den valgte fil skal være af typen …", "Filens størrelse skal være under …",
 * "Den valgte fil er tom", "Du kan højst vælge … filer").
 */
export const fileUploadDa = {
  /** A required upload has no file. DKFDS: "Vælg {dokumenttype}"; `{label}` is the field label. */
  fileRequired: 'Vælg {label}',
  /** The button-like text of the drop zone, single file. */
  fileChooseOne: 'Vælg fil',
  /** The button-like text of the drop zone, several files (`multiple`). */
  fileChooseMany: 'Vælg filer',
  /** The text after the button for those who drag, single file. */
  fileDropOne: 'eller træk filen hertil',
  /** The text after the button for those who drag, several files. */
  fileDropMany: 'eller træk filerne hertil',
  /** The accessible name of the list of chosen files. */
  fileListLabel: 'Valgte filer',
  /** The visible text of a file's remove button. */
  fileRemove: 'Fjern',
  /** The accessible name of a file's remove button (`{name}`: the file name); starts with the visible text. */
  fileRemoveLabel: 'Fjern {name}',
  /** Announced when a file was removed (`{name}`). */
  fileRemoved: '{name} er fjernet',
  /** Announced after each change (`{count}` ≥ 1). */
  fileCount: { plural: 'count', one: '{count} fil valgt', other: '{count} filer valgt' },
  /** Announced when no file is chosen any longer. */
  fileNone: 'Ingen filer valgt',
  /** A file of a type not in `accept` (`{name}`, `{types}`: "PDF, JPG eller PNG"). */
  fileType: '{name} er ikke en tilladt filtype. Den valgte fil skal være af typen {types}',
  /** A file larger than `max-size` (`{name}`, `{max}`: "10 MB"). */
  fileTooLarge: '{name} er for stor. Filens størrelse skal være under {max}',
  /** A file of 0 bytes (`{name}`). */
  fileEmpty: '{name} kan ikke bruges. Den valgte fil er tom',
  /**
   * A file whose content is not the type its name says (a server checks the bytes): `{name}`, `{type}`
   * ("PDF", from the name), `{types}` ("PDF, JPG eller PNG").
   */
  fileContent: '{name} er ikke en rigtig {type}-fil. Den valgte fil skal være af typen {types}',
  /** A file whose name cannot be shown as text (control characters, over 255 characters); no `{name}`. */
  fileNameUnusable: 'En fil har et navn, vi ikke kan bruge. Giv filen et andet navn, og vælg den igen',
  /** Files beyond `max-files` (`{names}`: "a.pdf og b.pdf", `{max}`). */
  fileTooMany: {
    plural: 'max',
    one: '{names} er ikke tilføjet. Du kan højst vælge {max} fil',
    other: '{names} er ikke tilføjet. Du kan højst vælge {max} filer',
  },
  /** A file that would take the files together over `max-total-size` (`{name}`, `{max}`: "20 MB"). */
  fileTotalTooLarge: '{name} er ikke tilføjet. Filerne må tilsammen højst fylde {max}',
  /** The same file chosen twice (`{name}`). */
  fileDuplicate: 'Du har allerede valgt {name}',
  /** A size in bytes (`{size}`: a number); the units are decimal: 1 kB = 1000 bytes. */
  fileSizeBytes: '{size} B',
  /** A size in kilobytes (`{size}`: a number with at most one decimal). */
  fileSizeKilo: '{size} kB',
  /** A size in megabytes ("2,5 MB"). */
  fileSizeMega: '{size} MB',
  /** A size in gigabytes. */
  fileSizeGiga: '{size} GB',
  /** A size in terabytes. */
  fileSizeTera: '{size} TB',
  /** `image/*` in the list of accepted types. */
  fileKindImage: 'billede',
  /** `audio/*` in the list of accepted types. */
  fileKindAudio: 'lydfil',
  /** `video/*` in the list of accepted types. */
  fileKindVideo: 'video',
} as const satisfies Texts;

export const fileUploadEn: Translation<typeof fileUploadDa> = {
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
  fileContent: '{name} is not really a {type} file. The selected file must be a {types}',
  fileNameUnusable: 'A file has a name we cannot use. Give the file another name and choose it again',
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
export const fileUploadMessages: MessageArea<typeof fileUploadDa> = { da: fileUploadDa, en: fileUploadEn };
