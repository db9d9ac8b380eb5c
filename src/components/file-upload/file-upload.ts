import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { BfFormControl, CONTROL_ID } from '../../base/form-control.js';
import { errorIcon } from '../../base/icons.js';
import { warnOnce } from '../../base/warn.js';
import {
  describeAccept,
  fileSizeParts,
  formatList,
  parseFileSize,
  selectFiles,
  type FileRejectionCode,
  type FileSizeUnit,
} from '../../domain/files.js';
import type { Validator } from '../../validation/validator.js';
import { fileUploadStyles } from './file-upload.styles.js';
import { fileUploadMessages } from '../../i18n/messages/file-upload.js';
import { registerMessages } from '../../i18n/registry.js';

registerMessages(fileUploadMessages);

const SIZE_KEYS = {
  B: 'fileSizeBytes',
  kB: 'fileSizeKilo',
  MB: 'fileSizeMega',
  GB: 'fileSizeGiga',
  TB: 'fileSizeTera',
} as const satisfies Record<FileSizeUnit, string>;

/** One line of rejection: a reason and the file (or, for `tooMany`, files) it concerns. */
interface Rejection {
  readonly code: FileRejectionCode;
  readonly names: readonly string[];
}

/** What the built-in rule reads from the control. */
interface FileConstraints {
  readonly required: boolean;
  readonly files: readonly File[];
}

/** `required`: at least one file. DKFDS: "Vælg {dokumenttype}". */
export const fileRequiredValidator: Validator<FileConstraints> = {
  key: 'fileRequired',
  flag: 'valueMissing',
  check: (c) => (c.required && c.files.length === 0 ? {} : null),
};

/**
 * A file upload field (DKFDS *filupload*): label, hint, error message, the native file picker inside
 * a drop zone, and the list of chosen files with a "Fjern" button each, in one shadow root. The
 * chosen files are submitted with the surrounding `<form>` as `File` entries under `name`, one per
 * file (a plain POST needs `enctype="multipart/form-data"`, as with a native file input).
 *
 * The native `<input type="file">` is the real control: it is labelled by the field label, takes
 * focus and opens the picker with Enter or Space, and on phones offers the camera through `accept`
 * and `capture`. It covers the drop zone invisibly, and the zone draws it as a DKFDS button
 * ("Vælg fil"). Dragging files onto the zone is an extra that goes through the same checks.
 *
 * Every chosen file is checked: type by name AND MIME type (`accept`), not empty, size at most
 * `max-size`, count at most `max-files`. A rejected file is not added; the error area says why, in
 * DKFDS wording with the file's name, and a polite live region announces it, followed by how many
 * files are chosen ("2 filer valgt"). Rejections do not block the form (the file was never added,
 * as a rejected upload is never stored); they stay until the next pick, removal or reset.
 *
 * The files live in the element (`files`), and the element's form value is built from them. A
 * `FileList` cannot be edited, so after every pick, drop and removal the native input's files are
 * rebuilt from the list through a `DataTransfer`; what the native control tells assistive
 * technology ("2 files") stays true, and a removed file can be picked again. With `multiple` each
 * pick adds to the list; without it a new pick replaces the chosen file (a rejected pick keeps it).
 * `value` holds the chosen files' names, comma-separated, for summaries and drafts; it is not
 * submitted, and setting it chooses nothing.
 *
 * The native input is not marked `required`: an empty required file input is exposed as invalid
 * before the citizen has done anything. The required rule runs in the element (`valueMissing`).
 *
 * @tagname bf-file-upload
 * @summary File picker with drop zone, type/size/count checks, a list of chosen files and live status.
 * @slot hint - Rich hint content (a link, a list). Plain text goes in the `hint` attribute.
 * @csspart drop-zone - The area around the picker that also takes dropped files.
 * @csspart input - The native `<input type="file">` (invisible, covering the drop zone).
 * @csspart choose - The button-like "Vælg fil" text drawn for the native input.
 * @csspart drop-text - The "eller træk filen hertil" text.
 * @csspart file-list - The list of chosen files.
 * @csspart file - One chosen file: name, size and remove button.
 * @csspart file-name - A chosen file's name.
 * @csspart file-size - A chosen file's size ("2,5 MB").
 * @csspart remove - A chosen file's "Fjern" button.
 * @cssprop --bf-input-border-color - Border colour of the drop zone.
 * @cssprop --bf-input-background - Background of the drop zone.
 * @cssprop --bf-button-background - Colour of the "Vælg fil" and "Fjern" buttons.
 * @fires input - The list of chosen files changed (a pick, a drop or a removal).
 * @fires change - The list of chosen files changed (a pick, a drop or a removal).
 */
export class BfFileUpload extends BfFormControl {
  static override styles = [...BfFormControl.styles, fileUploadStyles];

  // ── Public API ────────────────────────────────────────────────────────────────────────────────

  /**
   * The accepted types, as HTML's `accept`: extensions and MIME types, wildcards allowed
   * (`.pdf,.jpg,.png`, `image/*`). Also filters the native picker. Empty: every type.
   */
  @property({ initial: '' }) accept!: string;

  /** The largest size of one file: bytes (`5000000`) or with a unit (`500kB`, `10MB`; 1 kB = 1000 bytes). */
  @property({ attribute: 'max-size' }) maxSize?: string | number;

  /** The most files in total (with `multiple`). */
  @property({ type: Number, attribute: 'max-files' }) maxFiles?: number;

  /** More than one file may be chosen; each pick adds to the list. */
  @property({ type: Boolean, reflect: true, initial: false }) multiple!: boolean;

  /**
   * Passed to the native input: on phones, open the camera directly (`environment`: the rear
   * camera, `user`: the front camera). Use with `accept="image/*"`.
   */
  @property() capture?: string;

  /** The chosen files, in the order chosen. Read-only: the citizen picks, drops and removes them. */
  get files(): readonly File[] {
    return this.chosen;
  }

  // ── Subclass API ──────────────────────────────────────────────────────────────────────────────

  /** The native file input. */
  @query(`#${CONTROL_ID}`) protected readonly inputNode!: HTMLInputElement | null;

  protected override get builtInValidators(): readonly Validator<this>[] {
    return [fileRequiredValidator];
  }

  /** One `File` entry per chosen file under `name`; nothing when none is chosen. */
  protected override get formValue(): FormData | null {
    if (this.chosen.length === 0 || !this.name) return null;
    const data = new FormData();
    for (const file of this.chosen) data.append(this.name, file);
    return data;
  }

  /** The field's error and the rejections of the last pick, each its own line. */
  protected get errorMessages(): string[] {
    const failure = super.errorText;
    const rejections =
      this.isDisabled || this.readonly ? [] : this.rejections.map((r) => this.rejectionText(r));
    return failure ? [failure, ...rejections] : rejections;
  }

  protected override get errorText(): string {
    return this.errorMessages.join(' ');
  }

  /** The text for one rejection. */
  protected rejectionText({ code, names }: Rejection): string {
    const locale = this.localize.locale;
    const name = names[0] ?? '';

    switch (code) {
      case 'type':
        return this.localize.term('fileType', { name, types: this.acceptedTypes });
      case 'tooLarge':
        return this.localize.term('fileTooLarge', { name, max: this.formatSize(this.#maxBytes ?? 0) });
      case 'empty':
        return this.localize.term('fileEmpty', { name });
      case 'duplicate':
        return this.localize.term('fileDuplicate', { name });
      case 'tooMany':
        return this.localize.term('fileTooMany', {
          names: formatList(names, locale, 'conjunction'),
          max: this.#maxCount ?? 0,
        });
    }
  }

  /** A size for people in the element's language: "2,5 MB" (units from the catalogue, decimal: 1 kB = 1000 bytes). */
  protected formatSize(bytes: number): string {
    const { value, unit } = fileSizeParts(bytes);
    return this.localize.term(SIZE_KEYS[unit], { size: value });
  }

  /** The accepted types for people: "PDF, JPG eller PNG". */
  protected get acceptedTypes(): string {
    return describeAccept(this.accept, this.localize.locale, {
      image: this.localize.term('fileKindImage'),
      audio: this.localize.term('fileKindAudio'),
      video: this.localize.term('fileKindVideo'),
    });
  }

  /** Whether the citizen can change the files now. */
  protected get canChange(): boolean {
    return !this.isDisabled && !this.readonly;
  }

  protected override renderError(): TemplateResult | typeof nothing {
    const messages = this.errorMessages;
    if (messages.length === 0) return nothing;
    const prefix = this.localize.term('errorPrefix');
    return html`<div part="error" class="error" id="error" lang=${this.localize.textLang ?? nothing}>${errorIcon}<div
      class="messages">${messages.map((message) => html`<p class="message"><span class="visually-hidden">${prefix} </span>${message}</p>`)}</div></div>`;
  }

  protected override renderControl(): TemplateResult {
    const invalid = this.errorText !== '';
    const many = this.multiple;
    return html`<div part="drop-zone" class="zone ${this.dragging ? 'dragging' : ''} ${invalid ? 'invalid' : ''}"
        @dragenter=${this.#onDragOver} @dragover=${this.#onDragOver} @dragleave=${this.#onDragLeave} @drop=${this.#onDrop}>
        <input part="input" class="file-input" id="control" type="file"
          accept=${this.accept || nothing}
          capture=${this.capture ?? nothing}
          ?multiple=${many}
          ?disabled=${!this.canChange}
          aria-describedby=${this.describedBy || nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          @input=${this.#stop}
          @change=${this.#onPick}
        />
        <span part="choose" class="button choose" aria-hidden="true">${this.localize.term(many ? 'fileChooseMany' : 'fileChooseOne')}</span>
        <span part="drop-text" class="drop-text" aria-hidden="true">${this.localize.term(many ? 'fileDropMany' : 'fileDropOne')}</span>
      </div>
      ${this.renderFileList()}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  /** The chosen files: name (as text), size and a "Fjern" button named after the file. */
  protected renderFileList(): TemplateResult | typeof nothing {
    if (this.chosen.length === 0) return nothing;
    return html`<ul part="file-list" class="files" aria-label=${this.localize.term('fileListLabel')}>${repeat(
      this.chosen,
      (file) => file,
      (file) => html`<li part="file" class="file">
        <span part="file-name" class="file-name">${file.name}</span>
        <span part="file-size" class="file-size">${this.formatSize(file.size)}</span>
        ${
          this.canChange
            ? html`<button part="remove" class="button remove" type="button"
          aria-label=${this.localize.term('fileRemoveLabel', { name: file.name })}
          @click=${() => this.#remove(file)}>${this.localize.term('fileRemove')}</button>`
            : nothing
        }
      </li>`,
    )}</ul>`;
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The chosen files. */
  @state() private chosen: readonly File[] = [];

  /** Why files of the last pick were not added. */
  @state() private rejections: readonly Rejection[] = [];

  /** The text of the polite live region. */
  @state({ initial: '' }) private announcement!: string;

  /** Files are being dragged over the drop zone. */
  @state({ initial: false }) private dragging!: boolean;

  /** `max-size` in bytes; `undefined` for no limit (or a limit that cannot be read, with a warning). */
  get #maxBytes(): number | undefined {
    if (this.maxSize === undefined || this.maxSize === null || this.maxSize === '') return undefined;
    const parsed = parseFileSize(this.maxSize);
    if (parsed.ok) return parsed.bytes;
    warnOnce(
      `<${this.localName}> has max-size="${String(this.maxSize)}", which is not a size. Write bytes or a size such as "500kB" or "10MB".`,
    );
    return undefined;
  }

  /** How many files may be chosen: 1 without `multiple`. */
  get #maxCount(): number | undefined {
    if (!this.multiple) return 1;
    const max = this.maxFiles;
    return max !== undefined && Number.isFinite(max) && max >= 1 ? Math.floor(max) : undefined;
  }

  /** Takes picked or dropped files through the checks, then updates list, value, status and events. */
  #take(incoming: readonly File[]): void {
    if (!this.canChange || incoming.length === 0) return;
    const many = this.multiple;
    const { accepted, rejected } = selectFiles(many ? this.chosen : [], incoming, {
      accept: this.accept,
      maxSize: this.#maxBytes,
      maxFiles: this.#maxCount,
    });
    const rejections: Rejection[] = [];
    const tooMany: string[] = [];
    for (const { file, code } of rejected) {
      if (code === 'tooMany') tooMany.push(file.name);
      else rejections.push({ code, names: [file.name] });
    }
    if (tooMany.length > 0) rejections.push({ code: 'tooMany', names: tooMany });
    this.rejections = rejections;
    if (accepted.length > 0) this.#setFiles(many ? [...this.chosen, ...accepted] : accepted);
    this.#announce(rejections.map((r) => this.rejectionText(r)));
    if (accepted.length > 0) this.#fireChange();
  }

  async #remove(file: File): Promise<void> {
    const index = this.chosen.indexOf(file);
    if (!this.canChange || index < 0) return;
    this.rejections = [];
    this.#setFiles(this.chosen.filter((chosen) => chosen !== file));
    this.#announce([this.localize.term('fileRemoved', { name: file.name })]);
    this.#fireChange();
    await this.updateComplete;
    // Focus goes to the remove button now in the same place (the next file's), else the previous
    // file's, else the picker.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.remove')];
    (buttons[Math.min(index, buttons.length - 1)] ?? this.inputNode)?.focus();
  }

  #setFiles(files: readonly File[]): void {
    this.chosen = files;
    // The value mirrors the names (for summaries); setting it also ends a server error.
    this.commitValue(files.map((file) => file.name).join(', '));
  }

  /** Announces the messages followed by the count, politely; a repeat is still announced. */
  #announce(messages: readonly string[]): void {
    const count = this.chosen.length;
    const status = count === 0 ? this.localize.term('fileNone') : this.localize.term('fileCount', { count });
    const text = [...messages, status].join('. ');
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  #fireChange(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.redispatchChange();
  }

  /** The native input's own `input` event would cross the shadow root before the checks ran. */
  #stop(event: Event): void {
    event.stopPropagation();
  }

  #onPick(event: Event): void {
    this.#take([...((event.target as HTMLInputElement).files ?? [])]);
    this.#syncNativeFiles(); // a pick replaces the input's files: put back the list (also after a cancel)
  }

  /**
   * Gives the native input the chosen files, so that what it exposes (its value, "2 files" or the
   * file name in the browser's words) is true. `FileList` has no constructor: a `DataTransfer` builds
   * one. A browser without the `DataTransfer` constructor gets an empty input; the list is the truth.
   */
  #syncNativeFiles(): void {
    const input = this.inputNode;
    if (!input) return;
    try {
      const transfer = new DataTransfer();
      for (const file of this.chosen) transfer.items.add(file);
      input.files = transfer.files;
    } catch {
      input.value = '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('chosen')) this.#syncNativeFiles();
  }

  #onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault(); // without this the browser would open the file instead
    event.dataTransfer.dropEffect = this.canChange ? 'copy' : 'none';
    this.dragging = this.canChange;
  }

  #onDragLeave(event: DragEvent): void {
    const zone = event.currentTarget as HTMLElement;
    if (!(event.relatedTarget instanceof Node && zone.contains(event.relatedTarget))) this.dragging = false;
  }

  #onDrop(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragging = false;
    this.#take([...event.dataTransfer.files]);
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.chosen = [];
    this.rejections = [];
    this.announcement = '';
    this.dragging = false;
    this.value = '';
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) {
      this.chosen = state.getAll(this.name).filter((entry): entry is File => entry instanceof File);
      this.value = this.chosen.map((file) => file.name).join(', ');
    }
  }
}
