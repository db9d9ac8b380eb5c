import { formatList, type FileRejectionCode, type FileSizeUnit } from '../../domain/files.js';
import type { MessageKey, MessageParams } from '../../i18n/types.js';

/** The catalogue keys of the size units ("2,5 MB"). */
export const SIZE_KEYS = {
  B: 'fileSizeBytes',
  kB: 'fileSizeKilo',
  MB: 'fileSizeMega',
  GB: 'fileSizeGiga',
  TB: 'fileSizeTera',
} as const satisfies Record<FileSizeUnit, string>;

/** One line of rejection: a reason and the file (or, for `tooMany`, files) it concerns. */
export interface Rejection {
  readonly code: FileRejectionCode;
  readonly names: readonly string[];
}

/**
 * The lines to show for the files a pick turned away: one per file and reason, in order, except that
 * every file beyond `max-files` shares one line at the end ("a.pdf og b.pdf er ikke tilføjet …").
 */
export function groupRejections(
  rejected: readonly { file: { name: string }; code: FileRejectionCode }[],
): Rejection[] {
  const rejections: Rejection[] = [];
  const tooMany: string[] = [];
  for (const { file, code } of rejected) {
    if (code === 'tooMany') tooMany.push(file.name);
    else rejections.push({ code, names: [file.name] });
  }
  if (tooMany.length > 0) rejections.push({ code: 'tooMany', names: tooMany });
  return rejections;
}

/** What a rejection's text needs from the field; the limits are read only when a text names them. */
export interface RejectionContext {
  term(key: MessageKey, params: MessageParams): string;
  readonly locale: string;
  /** The accepted types for people: "PDF, JPG eller PNG". */
  acceptedTypes(): string;
  /** `max-size` for people: "10 MB". */
  maxSize(): string;
  /** `max-total-size` for people. */
  maxTotalSize(): string;
  readonly maxFiles: number;
}

/** The text of one rejection, in DKFDS's upload wording, naming the file. */
export function rejectionText({ code, names }: Rejection, context: RejectionContext): string {
  const name = names[0] ?? '';
  switch (code) {
    case 'type':
      return context.term('fileType', { name, types: context.acceptedTypes() });
    case 'tooLarge':
      return context.term('fileTooLarge', { name, max: context.maxSize() });
    case 'totalTooLarge':
      return context.term('fileTotalTooLarge', { name, max: context.maxTotalSize() });
    case 'empty':
      return context.term('fileEmpty', { name });
    case 'duplicate':
      return context.term('fileDuplicate', { name });
    case 'tooMany':
      return context.term('fileTooMany', {
        names: formatList(names, context.locale, 'conjunction'),
        max: context.maxFiles,
      });
  }
}
