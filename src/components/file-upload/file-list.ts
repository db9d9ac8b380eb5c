import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** One line of the file list: a chosen `File` or a file the server holds, as the list shows it. */
export interface ListedFile {
  /** What identifies the line across renders (the `File`, or the stored file's record). */
  readonly key: object;
  readonly name: string;
  readonly size: number;
}

/** What `renderFileList` needs from the field. */
export interface FileListSpec {
  readonly files: readonly ListedFile[];
  /** Whether "Fjern" buttons are shown (not when disabled or read-only). */
  readonly canChange: boolean;
  /** The list's accessible name ("Valgte filer"). */
  readonly label: string;
  /** The visible text of a remove button ("Fjern"). */
  readonly removeText: string;
  /** The accessible name of a file's remove button ("Fjern lejekontrakt.pdf"). */
  removeLabel(name: string): string;
  /** A size for people ("2,5 MB"). */
  formatSize(bytes: number): string;
  onRemove(file: ListedFile): void;
}

/**
 * The list of files: name (as text), size and a "Fjern" button named after the file. Files the
 * server holds and files chosen now look and behave the same. Nothing when the list is empty.
 */
export function renderFileList(spec: FileListSpec): TemplateResult | typeof nothing {
  if (spec.files.length === 0) return nothing;
  return html`<ul part="file-list" class="files" aria-label=${spec.label}>${repeat(
    spec.files,
    (file) => file.key,
    (file) => html`<li part="file" class="file">
        <span part="file-name" class="file-name">${file.name}</span>
        <span part="file-size" class="file-size">${spec.formatSize(file.size)}</span>
        ${
          spec.canChange
            ? html`<button part="remove" class="button remove" type="button"
          aria-label=${spec.removeLabel(file.name)}
          @click=${() => spec.onRemove(file)}>${spec.removeText}</button>`
            : nothing
        }
      </li>`,
  )}</ul>`;
}
